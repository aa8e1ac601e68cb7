pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One search hit: date, mood, the snippet with matches in bold, tags.
ItemDelegate {
    id: card

    // Model roles of JournalSearchModel.
    required property string entryId
    required property string day       // "yyyy-MM-dd"
    required property int mood
    required property string snippet   // escaped HTML with <b> around matches
    required property var tags
    property bool selected: false

    readonly property string plainSnippet: snippet.replace(/<[^>]*>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&#39;/g, "'").replace(/&amp;/g, "&")

    padding: Theme.spacingL
    topInset: 0
    bottomInset: 0

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2. %3").arg(Dates.relativeDay(Dates.fromDayKey(day))).arg(Moods.accessibleName(mood)).arg(plainSnippet)
    Accessible.description: qsTr("Opens the entry")

    background: Rectangle {
        radius: Theme.radiusL
        color: card.down ? Theme.surfaceRaised : Theme.surface
        border.width: card.visualFocus || card.selected ? Theme.focusRing : Theme.hairline
        border.color: card.visualFocus || card.selected ? Theme.accent : card.hovered ? Theme.outlineStrong : Theme.outline
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: Dates.relativeDay(Dates.fromDayKey(card.day))
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightBold
                color: Theme.textSecondary
            }

            MoodChip {
                visible: card.mood > 0
                mood: card.mood
            }
        }

        Label {
            Layout.fillWidth: true
            visible: card.snippet.length > 0
            // Matches in bold and in the accent colour; Markdown markers
            // (headings, list dashes, emphasis stars) dropped for reading.
            text: card.snippet.replace(/(^|\s)#{1,6}\s+/g, "$1").replace(/(^|\s)[-+]\s+/g, "$1· ").replace(/\*+/g, "").replace(/<b>/g, "<b><font color=\"" + Theme.accent + "\">").replace(/<\/b>/g, "</font></b>")
            textFormat: Text.StyledText
            wrapMode: Text.Wrap
            maximumLineCount: Theme.snippetLines
            elide: Text.ElideRight
            lineHeight: 1.15
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }

        Flow {
            Layout.fillWidth: true
            visible: card.tags.length > 0
            spacing: Theme.spacingXs

            Repeater {
                model: card.tags

                TagChip {
                    required property string modelData

                    text: modelData
                    compact: true
                }
            }
        }
    }
}
