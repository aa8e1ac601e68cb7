import QtQuick
import QtQuick.Controls
import Rebound.Ui

// A square tool button showing one Icon, with a tooltip that doubles as the
// accessible name.
ToolButton {
    id: control

    required property string iconName
    required property string label
    property color iconColor: Theme.textPrimary

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    display: AbstractButton.IconOnly
    text: label

    ToolTip.visible: hovered && label.length > 0
    ToolTip.text: label
    ToolTip.delay: Theme.durationMedium * 2

    Accessible.role: Accessible.Button
    Accessible.name: label

    contentItem: Item {
        Icon {
            anchors.centerIn: parent
            name: control.iconName
            color: control.enabled ? control.iconColor : Theme.outlineStrong
        }
    }
}
