import QtQuick
import QtQuick.Controls
import Rebound.Ui

// A pill naming a stage, tinted with its colour (the text carries the meaning).
Rectangle {
    id: badge

    required property string stage
    required property string label
    property bool small: false

    implicitWidth: caption.implicitWidth + (small ? Theme.spacingS : Theme.spacingM) * 2
    implicitHeight: small ? Theme.badgeSize + Theme.spacingXs : Theme.chipHeight - Theme.spacingS
    radius: height / 2
    color: Theme.stageSoftColor(stage)
    border.width: Theme.hairline
    border.color: Theme.stageColor(stage)

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Stage: %1").arg(label)

    Label {
        id: caption

        anchors.centerIn: parent
        text: badge.label
        font.pixelSize: badge.small ? Theme.fontCaption : Theme.fontSmall
        font.weight: Theme.weightBold
        color: Theme.textPrimary
    }
}
