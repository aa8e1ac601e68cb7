import QtQuick
import QtQuick.Controls
import Rebound.Ui

// A pill naming a goal's status, tinted by it (the text carries the meaning).
Rectangle {
    id: chip

    required property string status
    required property string label
    property bool small: false

    implicitWidth: caption.implicitWidth + (small ? Theme.spacingS : Theme.spacingM) * 2
    implicitHeight: small ? Theme.badgeSize + Theme.spacingXs : Theme.chipHeight - Theme.spacingS
    radius: height / 2
    color: Theme.goalStatusSoftColor(status)
    border.width: Theme.hairline
    border.color: Theme.goalStatusColor(status)

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Status: %1").arg(label)

    Label {
        id: caption

        anchors.centerIn: parent
        text: chip.label
        font.pixelSize: chip.small ? Theme.fontCaption : Theme.fontSmall
        font.weight: Theme.weightBold
        color: Theme.textPrimary
    }
}
