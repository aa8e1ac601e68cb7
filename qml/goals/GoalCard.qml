pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One goal: title, status, what it counts or by when, notes, and its
// alternative paths (adjacent roles or industries worth trying) with a way to
// add one. `compact` shows a closed goal in a single short block.
Card {
    id: card

    required property var goal // GoalsController.goals item
    property bool compact: false
    readonly property var alternatives: goal.alternatives ?? []

    signal editRequested(var goal)
    signal statusRequested(string goalId, string status)
    signal removeRequested(string goalId)
    signal alternativeRequested(string parentId)

    // What it counts, by when and since when (the status itself is on the chip).
    function details(g: var, withStatusDate: bool): string {
        const parts = [];
        if (g.kind === "effort" && g.weeklyTarget > 0)
            parts.push(qsTr("%1 a week: %2").arg(g.weeklyTarget).arg(g.metricLabel));
        if (g.targetDateText.length > 0)
            parts.push(g.targetDateText);
        if (withStatusDate && (g.statusDateText ?? "").length > 0)
            parts.push(g.statusDateText);
        return parts.join(qsTr(" · "));
    }

    padding: compact ? Theme.spacingM : Theme.spacingL
    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1, %2").arg(goal.title).arg(goal.statusLabel)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: card.goal.title
                wrapMode: Text.Wrap
                font.pixelSize: card.compact ? Theme.fontBody : Theme.fontBodyLarge
                font.weight: Theme.weightBold
                font.strikeout: card.goal.status === "dropped"
                color: card.goal.open ? Theme.textPrimary : Theme.textSecondary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                GoalStatusChip {
                    status: card.goal.status
                    label: card.goal.statusLabel
                    small: true
                }

                Label {
                    text: card.details(card.goal, true)
                    width: Math.min(implicitWidth, parent.width)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
        }

        GoalsIconButton {
            Layout.alignment: Qt.AlignTop
            iconName: "more"
            label: qsTr("More for %1").arg(card.goal.title)
            iconColor: Theme.textSecondary
            onClicked: menu.popup()

            GoalMenu {
                id: menu

                goal: card.goal
                allowAlternative: card.goal.open === true
                onEditRequested: card.editRequested(card.goal)
                onStatusRequested: status => card.statusRequested(card.goal.id, status)
                onAlternativeRequested: card.alternativeRequested(card.goal.id)
                onRemoveRequested: card.removeRequested(card.goal.id)
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: !card.compact && text.length > 0
        text: card.goal.notes
        wrapMode: Text.Wrap
        maximumLineCount: Theme.previewLines
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    // Alternative paths.
    ColumnLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        // A closed goal still shows its open alternatives: they are where the search goes on.
        visible: card.compact ? card.alternatives.some(a => a.open) : (card.alternatives.length > 0 || card.goal.open)
        spacing: Theme.spacingXs

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: Theme.hairline
            color: Theme.outline
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            spacing: Theme.spacingXs
            visible: card.alternatives.length > 0

            GoalsIcon {
                name: "branch"
                size: Theme.iconSizeSmall
                color: Theme.textSecondary
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Alternative paths")
                font.pixelSize: Theme.fontCaption
                font.weight: Theme.weightBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.letterSpacingCaps
                color: Theme.textSecondary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }

        Repeater {
            model: card.alternatives

            RowLayout {
                id: alternative

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingS

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingL
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: alternative.modelData.title
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        font.strikeout: alternative.modelData.status === "dropped"
                        color: alternative.modelData.open ? Theme.textPrimary : Theme.textSecondary
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: card.details(alternative.modelData, alternative.modelData.status !== "active")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                    }
                }

                GoalStatusChip {
                    visible: alternative.modelData.status !== "active"
                    status: alternative.modelData.status
                    label: alternative.modelData.statusLabel
                    small: true
                }

                GoalsIconButton {
                    iconName: "more"
                    label: qsTr("More for %1").arg(alternative.modelData.title)
                    iconColor: Theme.textSecondary
                    onClicked: altMenu.popup()

                    GoalMenu {
                        id: altMenu

                        goal: alternative.modelData
                        allowAlternative: false
                        onEditRequested: card.editRequested(alternative.modelData)
                        onStatusRequested: status => card.statusRequested(alternative.modelData.id, status)
                        onRemoveRequested: card.removeRequested(alternative.modelData.id)
                    }
                }
            }
        }

        Button {
            id: addPath

            objectName: "addPath"
            visible: card.goal.open === true
            flat: true
            text: card.alternatives.length > 0 ? qsTr("Add another path") : qsTr("Add an alternative path")
            Accessible.name: qsTr("Add an alternative path to %1").arg(card.goal.title)
            onClicked: card.alternativeRequested(card.goal.id)

            contentItem: RowLayout {
                spacing: Theme.spacingXs

                GoalsIcon {
                    name: "plus"
                    size: Theme.iconSizeSmall
                    color: Theme.accent
                }

                Label {
                    text: addPath.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightBold
                    color: Theme.accent
                }
            }
        }
    }
}
