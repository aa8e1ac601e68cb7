pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One piece of feedback: who gave it, when, about what, the words, and the
// skills named as strengths and to work on. Click to edit.
AbstractButton {
    id: card

    required property var feedback // ApplicationController.feedback item

    readonly property var strengths: feedback.strengths ?? []
    readonly property var weaknesses: feedback.weaknesses ?? []

    implicitHeight: column.implicitHeight + Theme.spacingL * 2
    padding: 0
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Feedback from %1, %2. Edit").arg(feedback.sourceLabel).arg(Dates.longDate(feedback.receivedOn))

    background: Rectangle {
        radius: Theme.radiusM
        color: card.hovered ? Theme.surfaceRaised : Theme.surface
        border.width: card.visualFocus ? Theme.focusRing : Theme.hairline
        border.color: card.visualFocus ? Theme.accent : Theme.outline
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            JobsIcon {
                name: "feedback"
                size: Theme.iconSizeSmall
                color: Theme.textSecondary
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(card.feedback.sourceLabel).arg(Dates.daysAgo(card.feedback.receivedOn) <= 1 ? Dates.relativeDay(card.feedback.receivedOn) : Dates.atNoon(card.feedback.receivedOn).toLocaleDateString(Qt.locale(), Theme.shortDateFormat))
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
                color: Theme.textPrimary
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("About: %1").arg(card.feedback.about)
            elide: Text.ElideRight
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            visible: text.length > 0
            text: card.feedback.text
            wrapMode: Text.Wrap
            maximumLineCount: Theme.snippetLines + 1
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.textPrimary
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            visible: card.strengths.length + card.weaknesses.length > 0
            spacing: Theme.spacingXs

            Repeater {
                model: card.strengths

                SkillChip {
                    required property string modelData

                    text: modelData
                    strength: true
                }
            }

            Repeater {
                model: card.weaknesses

                SkillChip {
                    required property string modelData

                    text: modelData
                    strength: false
                }
            }
        }
    }
}
