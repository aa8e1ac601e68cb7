import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A skill named in feedback, tinted as a strength or a weakness (the icon
// and the accessible name say which, not only the colour).
Rectangle {
    id: chip

    required property string text
    property bool strength: true

    implicitWidth: row.implicitWidth + Theme.spacingM + Theme.spacingS
    implicitHeight: Theme.chipHeight - Theme.spacingM
    radius: height / 2
    color: strength ? Theme.goodTone : Theme.hardTone

    Accessible.role: Accessible.StaticText
    Accessible.name: strength ? qsTr("Strength: %1").arg(text) : qsTr("To work on: %1").arg(text)

    RowLayout {
        id: row

        anchors.verticalCenter: parent.verticalCenter
        x: Theme.spacingS
        spacing: Theme.spacingXs

        Icon {
            name: chip.strength ? "check" : "sparkle"
            size: Theme.fontCaption
            color: chip.strength ? Theme.goodToneStrong : Theme.hardToneStrong
        }

        Label {
            text: chip.text
            elide: Text.ElideRight
            Layout.maximumWidth: Theme.choiceWidth
            font.pixelSize: Theme.fontCaption
            font.weight: Theme.weightMedium
            color: Theme.textPrimary
        }
    }
}
