import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A vertically scrolling page whose content column is centred and capped at
// a readable width. Optionally centres short content vertically.
Flickable {
    id: root

    default property alias content: column.data
    property alias spacing: column.spacing
    property int maxContentWidth: Theme.maxContentWidth
    property int sideMargin: Theme.spacingL
    property int topMargin: Theme.spacingS
    property int bottomMargin: Theme.spacingXl
    property bool centerVertically: false

    contentWidth: width
    contentHeight: Math.max(centerVertically ? height : 0, column.implicitHeight + topMargin + bottomMargin)
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    ScrollBar.vertical: ScrollBar {
    }

    ColumnLayout {
        id: column

        x: Math.round((root.width - width) / 2)
        y: root.centerVertically ? Math.max(root.topMargin, Math.round((root.height - implicitHeight) / 2)) : root.topMargin
        width: Math.min(root.width - root.sideMargin * 2, root.maxContentWidth)
        spacing: Theme.spacingL
    }
}
