import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One device in the sync: its name (this one marked) and when it was last heard from.
RowLayout {
    id: row

    required property string label
    required property string lastSeenText
    required property bool thisDevice

    spacing: Theme.spacingM
    Accessible.role: Accessible.ListItem
    Accessible.name: (thisDevice ? qsTr("%1 (this device)").arg(label) : label) + ", " + lastSeenText

    Icon {
        // a laptop: Icon has no device glyph
        pathData: "M5 6.5A1.5 1.5 0 0 1 6.5 5h11A1.5 1.5 0 0 1 19 6.5V15H5zM3 18.5h18"
        color: row.thisDevice ? Theme.accent : Theme.textSecondary
        size: Theme.iconSizeSmall
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXxs

        Label {
            Layout.fillWidth: true
            text: row.thisDevice ? qsTr("%1 (this device)").arg(row.label) : row.label
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            font.weight: row.thisDevice ? Theme.weightMedium : Theme.weightRegular
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            text: row.lastSeenText
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
}
