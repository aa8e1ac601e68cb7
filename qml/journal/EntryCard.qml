pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One journal entry as a tappable card: mood chip, time, preview.
ItemDelegate {
    id: card

    property int mood: 0
    property string preview
    property string timeText // empty when the entry was written on another day
    property int previewLines: Theme.previewLines
    property var tags: []
    property bool selected: false

    padding: Theme.spacingL
    topInset: 0
    bottomInset: 0

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1, %2. %3").arg(Moods.accessibleName(mood)).arg(timeText).arg(preview)
    Accessible.description: qsTr("Opens the entry to read, edit or delete it")

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

            MoodChip {
                visible: card.mood > 0
                mood: card.mood
            }

            Item {
                Layout.fillWidth: true
            }

            Label {
                text: card.timeText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.preview
            wrapMode: Text.Wrap
            maximumLineCount: card.previewLines
            elide: Text.ElideRight
            lineHeight: 1.15
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            visible: card.preview.length === 0
            text: qsTr("Mood only, no words.")
            font.pixelSize: Theme.fontBody
            font.italic: true
            color: Theme.textSecondary
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

        Item {
            Layout.fillHeight: true
        }
    }
}
