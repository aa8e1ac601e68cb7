import QtQuick
import Rebound.Ui

// IconButton that can also show the goals' glyphs (GoalsIcon).
IconButton {
    id: control

    contentItem: Item {
        GoalsIcon {
            anchors.centerIn: parent
            name: control.iconName
            color: control.enabled ? control.iconColor : Theme.outlineStrong
        }
    }
}
