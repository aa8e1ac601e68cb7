pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// "On this day": entries and wins from the same date in earlier months and
// years. Hidden when there is nothing. On a low-mood day the backend puts
// past wins first and the heading says why.
// memories: [{kind "entry"|"win", id, date, text, mood, age}].
Card {
    id: card

    property var memories: []
    property bool lowMoodDay: false

    signal openEntry(string id)

    visible: memories.length > 0
    padding: Theme.spacingXl
    spacing: Theme.spacingM

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Rectangle {
            implicitWidth: Theme.touchTarget - Theme.spacingS
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.accentSoft

            Icon {
                anchors.centerIn: parent
                name: card.lowMoodDay ? "shield" : "calendar"
                color: Theme.accent
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: card.lowMoodDay ? qsTr("Proof you've come through hard days before") : qsTr("On this day")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: card.lowMoodDay ? qsTr("Wins from this date in earlier months. You got through those days, too.") : qsTr("What you wrote and won on this date before.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
    }

    Repeater {
        model: card.memories

        ItemDelegate {
            id: memory

            required property var modelData
            readonly property bool isWin: modelData.kind === "win"

            Layout.fillWidth: true
            padding: Theme.spacingM
            enabled: !isWin
            hoverEnabled: !isWin
            focusPolicy: isWin ? Qt.NoFocus : Qt.StrongFocus

            Accessible.role: isWin ? Accessible.ListItem : Accessible.Button
            Accessible.name: (isWin ? qsTr("Win, %1: %2") : qsTr("Journal entry, %1: %2")).arg(modelData.age).arg(modelData.text)

            onClicked: card.openEntry(modelData.id)

            background: Rectangle {
                radius: Theme.radiusM
                color: memory.isWin ? Theme.winTone : memory.hovered ? Theme.surfaceRaised : Theme.background
                border.width: memory.visualFocus ? Theme.focusRing : 0
                border.color: Theme.accent
            }

            contentItem: ColumnLayout {
                spacing: Theme.spacingXs

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs

                    Icon {
                        name: memory.isWin ? "sparkle" : "journal"
                        color: memory.isWin ? Theme.winToneStrong : Theme.textSecondary
                        size: Theme.iconSizeSmall
                    }

                    Label {
                        Layout.fillWidth: true
                        text: (memory.isWin ? qsTr("Win") : qsTr("Entry")) + " · " + memory.modelData.age
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontCaption
                        font.weight: Theme.weightBold
                        font.capitalization: Font.AllUppercase
                        font.letterSpacing: Theme.letterSpacingCaps
                        color: memory.isWin ? Theme.winToneStrong : Theme.textSecondary
                    }

                    MoodChip {
                        visible: Moods.isValid(memory.modelData.mood)
                        mood: memory.modelData.mood
                    }
                }

                Label {
                    Layout.fillWidth: true
                    text: memory.modelData.text
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.memoryPreviewLines
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
            }
        }
    }
}
