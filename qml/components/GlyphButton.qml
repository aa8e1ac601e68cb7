import QtQuick
import Rebound.Ui

// IconButton that can also show GlyphIcon's extra glyphs.
IconButton {
    id: control

    contentItem: Item {
        GlyphIcon {
            anchors.centerIn: parent
            name: control.iconName
            color: control.enabled ? control.iconColor : Theme.outlineStrong
        }
    }
}
