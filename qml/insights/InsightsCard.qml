import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One Insights chart on a card: a heading with an icon, an optional line
// under it, and the chart. `summary` is the chart's text alternative: read by
// screen readers and shown small under the chart.
Card {
    id: card

    required property string title
    property string iconName: "insights"
    property string subtitle
    property string summary
    property bool showSummary: true
    default property alias body: content.data

    padding: Theme.spacingL
    spacing: Theme.spacingM

    Accessible.role: Accessible.Grouping
    Accessible.name: title
    Accessible.description: summary

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            name: card.iconName
            color: Theme.accent
            size: Theme.iconSizeSmall
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: card.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: card.subtitle
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
    }

    ColumnLayout {
        id: content

        Layout.fillWidth: true
        spacing: Theme.spacingM
    }

    Label {
        Layout.fillWidth: true
        visible: card.showSummary && text.length > 0
        text: card.summary
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
        Accessible.ignored: true
    }
}
