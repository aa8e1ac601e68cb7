import QtQuick
import Rebound.Ui

// IconButton that can also show the job search's glyphs (JobsIcon).
IconButton {
    id: control

    contentItem: Item {
        JobsIcon {
            anchors.centerIn: parent
            name: control.iconName
            color: control.enabled ? control.iconColor : Theme.outlineStrong
        }
    }
}
