import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One way to reach a contact (e-mail, phone, profile) with its icon; tap to use it.
ItemDelegate {
    id: link

    required property string iconName
    required property string actionName

    signal activated

    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    topPadding: Theme.spacingXs
    bottomPadding: Theme.spacingXs
    Accessible.name: actionName
    onClicked: activated()

    contentItem: RowLayout {
        spacing: Theme.spacingS

        PeopleIcon {
            name: link.iconName
            size: Theme.iconSizeSmall
            color: Theme.accent
        }

        Label {
            Layout.fillWidth: true
            text: link.text
            elide: Text.ElideMiddle
            font.pixelSize: Theme.fontBody
            color: Theme.accent
        }
    }
}
