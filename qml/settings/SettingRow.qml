import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Title and explanation with one control beside them. With `stackable`, a
// wide control moves under the text when the row is narrow.
ColumnLayout {
    id: row

    required property string title
    property string description
    property bool stackable: false
    default property alias control: holder.data

    readonly property bool stacked: stackable && width < Theme.compactBreakpoint

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingL

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: row.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightMedium
                color: Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.description
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        Item {
            id: inlineSlot

            visible: !row.stacked
            implicitWidth: holder.implicitWidth
            implicitHeight: holder.implicitHeight
        }
    }

    Item {
        id: stackedSlot

        visible: row.stacked
        implicitWidth: holder.implicitWidth
        implicitHeight: holder.implicitHeight
    }

    Item {
        id: holder

        parent: row.stacked ? stackedSlot : inlineSlot
        implicitWidth: children.length > 0 ? children[0].implicitWidth : 0
        implicitHeight: children.length > 0 ? children[0].implicitHeight : 0
        width: implicitWidth
        height: implicitHeight
    }
}
