import QtQuick
import QtQuick.Controls
import Rebound.Ui

// The bell in the header: opens the reminders inbox; a badge counts what came
// due and has not been looked at yet.
IconButton {
    id: button

    property int unseenCount: 0

    iconName: "bell"
    label: unseenCount > 0 ? qsTr("Reminders, %n new", "", unseenCount) : qsTr("Reminders")

    Rectangle {
        visible: button.unseenCount > 0
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacingXs
        width: Math.max(Theme.badgeSize, countLabel.implicitWidth + Theme.spacingXs * 2)
        height: Theme.badgeSize
        radius: height / 2
        color: Theme.accent

        Label {
            id: countLabel

            anchors.centerIn: parent
            text: button.unseenCount > Theme.badgeMaxCount ? qsTr("%1+").arg(Theme.badgeMaxCount) : String(button.unseenCount)
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontCaption
            font.weight: Theme.weightBold
            Accessible.ignored: true
        }
    }
}
