import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A titled group of settings on a card.
ColumnLayout {
    id: section

    required property string title
    required property string iconName
    default property alias rows: card.content

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Icon {
            name: section.iconName
            color: Theme.accent
            size: Theme.iconSizeSmall
        }

        Label {
            Layout.fillWidth: true
            text: section.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    Card {
        id: card

        Layout.fillWidth: true
        spacing: Theme.spacingL
    }
}
