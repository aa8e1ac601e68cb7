import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A review to start or resume: a scheduled one that is due, an unfinished
// one, or the suggestion after several rejections close together.
// prompt: ChecklistController.todayPrompt {reason, checklistId, name, inProgressId, title, text}
Card {
    id: card

    property var prompt: ({})
    readonly property bool resume: (prompt.inProgressId ?? "").length > 0

    signal startRequested(string checklistId)

    padding: Theme.spacingXl
    spacing: Theme.spacingS
    color: Theme.surface

    Accessible.role: Accessible.Grouping
    Accessible.name: prompt.title ?? ""

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            radius: width / 2
            color: card.prompt.reason === "nudge" ? Theme.hardTone : Theme.accentSoft

            GoalsIcon {
                anchors.centerIn: parent
                name: "checklist"
                color: card.prompt.reason === "nudge" ? Theme.hardToneStrong : Theme.accent
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: card.prompt.title ?? ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: card.prompt.text ?? ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
    }

    Button {
        objectName: "reviewStartButton"
        Layout.alignment: Qt.AlignRight
        highlighted: true
        text: card.resume ? qsTr("Resume the review") : qsTr("Start the review")
        Accessible.name: card.resume ? qsTr("Resume the review of %1").arg(card.prompt.name ?? "") : qsTr("Start a review of %1").arg(card.prompt.name ?? "")
        onClicked: card.startRequested(card.prompt.checklistId)
    }
}
