import QtQuick
import QtQuick.Controls
import Rebound.Ui

// The small label a chart shows for the point, bar or pixel under the finger
// or the pointer: its date and value. Empty text hides it.
Rectangle {
    id: readout

    property string text

    visible: text.length > 0
    implicitWidth: label.implicitWidth + Theme.spacingM * 2
    implicitHeight: label.implicitHeight + Theme.spacingXs * 2
    radius: height / 2
    color: Theme.textPrimary

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label

        anchors.centerIn: parent
        text: readout.text
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightMedium
        color: Theme.background
    }
}
