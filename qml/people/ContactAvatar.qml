import QtQuick
import QtQuick.Controls
import Rebound.Ui

// A round badge with a contact's initials; tinted when they are due.
Rectangle {
    id: avatar

    property string initials
    property bool due: false
    property int size: Theme.avatarSize

    implicitWidth: size
    implicitHeight: size
    radius: size / 2
    color: due ? Theme.accentSoft : Theme.surfaceRaised
    border.width: Theme.hairline
    border.color: due ? Theme.accent : Theme.outline

    Accessible.ignored: true

    Label {
        anchors.centerIn: parent
        text: avatar.initials
        font.pixelSize: avatar.size >= Theme.avatarSizeLarge ? Theme.fontTitle : Theme.fontSmall
        font.weight: Theme.weightBold
        color: avatar.due ? Theme.accent : Theme.textSecondary
    }
}
