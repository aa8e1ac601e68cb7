import QtQuick
import QtQuick.Layouts
import Rebound.Ui

// A rounded surface that holds a column of content with even padding.
Rectangle {
    id: card

    default property alias content: column.data
    property int padding: Theme.spacingL
    property alias spacing: column.spacing

    implicitWidth: column.implicitWidth + padding * 2
    implicitHeight: column.implicitHeight + padding * 2
    radius: Theme.radiusL
    color: Theme.surface
    border.width: Theme.hairline
    border.color: Theme.outline

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: card.padding
        spacing: Theme.spacingM
    }
}
