import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// "3 of 7 answered" over a thin bar.
ColumnLayout {
    id: root

    property int answered: 0
    property int total: 0
    property string text: qsTr("%1 of %2 answered").arg(answered).arg(total)

    spacing: Theme.spacingXs

    Accessible.role: Accessible.ProgressBar
    Accessible.name: text

    Label {
        Layout.fillWidth: true
        text: root.text
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightMedium
        color: Theme.textSecondary
        Accessible.ignored: true
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.meterHeight
        radius: height / 2
        color: Theme.surfaceRaised
        Accessible.ignored: true

        Rectangle {
            width: root.total > 0 ? parent.width * Math.min(1, root.answered / root.total) : 0
            height: parent.height
            radius: height / 2
            color: Theme.accent

            Behavior on width  {
                NumberAnimation {
                    duration: Theme.durationMedium
                }
            }
        }
    }
}
