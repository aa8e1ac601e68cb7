pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The goals: the north star on top, this week's effort against the weekly
// targets, the open goals grouped by kind with their alternative paths, and
// the closed ones (achieved or dropped) folded away at the bottom. Two columns
// on a wide window (goals | effort), one on a phone.
ScrollPage {
    id: view

    required property AppContext app
    readonly property GoalsController goals: app.goals
    readonly property bool wide: width >= Theme.goalsTwoColumnWidth
    // The controller's lists as plain JS arrays.
    readonly property var allGoals: goals.goals
    readonly property var kinds: goals.goalKinds
    readonly property var openGoals: allGoals.filter(g => g.open)
    readonly property var closedGoals: allGoals.filter(g => !g.open)
    // Effort goals show as effort cards while active; paused ones are listed under them.
    readonly property var pausedEffort: openGoals.filter(g => g.kind === "effort" && g.status !== "active")
    readonly property var groups: kinds.filter(k => k.key !== "effort").map(k => ({
                "key": k.key,
                "title": groupTitle(k.key, k.label),
                "goals": openGoals.filter(g => g.kind === k.key)
            })).filter(group => group.goals.length > 0)
    property bool showClosed: false
    property string undoMessage

    function groupTitle(key: string, label: string): string {
        switch (key) {
        case "role":
            return qsTr("Target roles");
        case "industry":
            return qsTr("Industries");
        case "skill":
            return qsTr("Skills");
        case "certification":
            return qsTr("Certifications");
        case "other":
            return qsTr("Other goals");
        }
        return label;
    }

    // Goals a new goal may be an alternative path to (open top-level goals);
    // when editing, every top-level goal (to name the one it belongs to).
    function parentChoices(forNew: bool): var {
        // Effort goals are drawn without alternatives: they cannot be a parent.
        return allGoals.filter(g => g.parentId.length === 0 && g.kind !== "effort" && (g.open || !forNew)).map(g => ({
                    "id": g.id,
                    "title": g.title
                }));
    }

    function prepareEditor(forNew: bool) {
        goalEditor.kinds = goals.goalKinds;
        goalEditor.statuses = goals.statuses;
        goalEditor.metrics = goals.metrics;
        goalEditor.parents = parentChoices(forNew);
    }

    function newGoal(kind: string) {
        prepareEditor(true);
        goalEditor.openNew(kind, "");
    }

    function newAlternative(parentId: string) {
        const parentGoal = allGoals.find(g => g.id === parentId);
        prepareEditor(true);
        goalEditor.openNew(parentGoal && parentGoal.kind !== "effort" ? parentGoal.kind : "role", parentId);
    }

    function editGoal(goal: var) {
        prepareEditor(false);
        goalEditor.openWith(goal);
    }

    function editGoalById(id: string) {
        const goal = Object.assign({}, goals.goal(id));
        if (goal.id !== undefined)
            editGoal(goal);
    }

    function setStatus(id: string, status: string) {
        if (goals.setStatus(id, status))
            toast.show(status === "achieved" ? qsTr("Goal achieved. Well done.") : status === "dropped" ? qsTr("Goal dropped. Letting go is a choice too.") : status === "paused" ? qsTr("Goal paused") : qsTr("Goal reopened"));
        else
            toast.show(goals.errorMessage);
    }

    function removeGoal(id: string) {
        if (!goals.removeGoal(id)) {
            toast.show(goals.errorMessage);
            return;
        }
        goalEditor.close();
        undoingNorthStar = false;
        toast.show(qsTr("Goal deleted"), qsTr("Undo"));
    }

    function editNorthStar() {
        northStarEditor.openEditor();
    }

    // Screenshot mode and tests: the goal with the most to show (alternatives, notes, a date).
    function showRichestGoal(): bool {
        let best = null;
        let bestScore = -1;
        for (const g of openGoals) {
            const score = (g.alternatives ?? []).length * 3 + (g.notes.length > 0 ? 2 : 0) + (g.targetDate.length > 0 ? 1 : 0);
            if (score > bestScore) {
                best = g;
                bestScore = score;
            }
        }
        if (!best)
            return false;
        editGoal(best);
        return goalEditor.visible;
    }

    function closeOverlays() {
        goalEditor.close();
        northStarEditor.close();
    }

    maxContentWidth: wide ? Theme.todayMaxContentWidth : Theme.maxContentWidth
    topMargin: Theme.spacingM

    NorthStarCard {
        Layout.fillWidth: true
        northStar: view.goals.northStar
        padding: view.wide ? Theme.spacingXl : Theme.spacingL
        onEditRequested: view.editNorthStar()
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: view.goals.errorMessage
        dismissible: true
        onDismissed: view.goals.clearError()
    }

    // Goals left and effort right when wide, effort first when narrow.
    // Positioned by hand, as on Today (nested layouts in a GridLayout did not
    // re-run when wrapping rows changed height in Qt 6.4).
    Item {
        id: columns

        readonly property real columnWidth: view.wide ? (width - Theme.todayColumnSpacing) / 2 : width

        Layout.fillWidth: true
        implicitHeight: view.wide ? Math.max(goalsColumn.implicitHeight, effortColumn.implicitHeight) : effortColumn.implicitHeight + Theme.spacingXl + goalsColumn.implicitHeight

        ColumnLayout {
            id: effortColumn

            x: view.wide ? columns.columnWidth + Theme.todayColumnSpacing : 0
            width: columns.columnWidth
            spacing: Theme.spacingM

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                SectionTitle {
                    Layout.fillWidth: true
                    text: qsTr("This week")
                }

                GoalsIconButton {
                    iconName: "plus"
                    label: qsTr("Add a weekly target")
                    iconColor: Theme.textSecondary
                    onClicked: view.newGoal("effort")
                }
            }

            Repeater {
                model: view.goals.effort

                EffortCard {
                    required property var modelData

                    Layout.fillWidth: true
                    effort: modelData
                    onOpenRequested: id => view.editGoalById(id)
                }
            }

            Repeater {
                model: view.pausedEffort

                GoalCard {
                    required property var modelData

                    Layout.fillWidth: true
                    goal: modelData
                    compact: true
                    onEditRequested: g => view.editGoal(g)
                    onStatusRequested: (id, status) => view.setStatus(id, status)
                    onRemoveRequested: id => view.removeGoal(id)
                    onAlternativeRequested: id => view.newAlternative(id)
                }
            }

            // No weekly targets yet: what they are for.
            Rectangle {
                Layout.fillWidth: true
                visible: view.goals.effort.length === 0
                implicitHeight: effortPrompt.implicitHeight + Theme.spacingL * 2
                radius: Theme.radiusL
                color: Theme.surfaceRaised

                ColumnLayout {
                    id: effortPrompt

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Count what you control: applications sent, people reached out to, practice. A weekly target keeps the effort steady when replies are slow.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }

                    Button {
                        flat: true
                        text: qsTr("Add a weekly target")
                        Accessible.name: text
                        onClicked: view.newGoal("effort")
                    }
                }
            }
        }

        ColumnLayout {
            id: goalsColumn

            y: view.wide ? 0 : effortColumn.implicitHeight + Theme.spacingXl
            width: columns.columnWidth
            spacing: Theme.spacingM

            RowLayout {
                Layout.fillWidth: true
                visible: view.groups.length === 0
                spacing: Theme.spacingS

                SectionTitle {
                    Layout.fillWidth: true
                    text: qsTr("Goals")
                }

                GoalsIconButton {
                    iconName: "plus"
                    label: qsTr("Add a goal")
                    iconColor: Theme.textSecondary
                    onClicked: view.newGoal("role")
                }
            }

            Rectangle {
                Layout.fillWidth: true
                visible: view.groups.length === 0
                implicitHeight: goalsPrompt.implicitHeight + Theme.spacingL * 2
                radius: Theme.radiusL
                color: Theme.surfaceRaised

                ColumnLayout {
                    id: goalsPrompt

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacingL
                    spacing: Theme.spacingS

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Name a few concrete steps towards your north star: roles to target, an industry to explore, a skill or certification to gain.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }

                    Button {
                        flat: true
                        text: qsTr("Add a goal")
                        Accessible.name: text
                        onClicked: view.newGoal("role")
                    }
                }
            }

            Repeater {
                model: view.groups

                ColumnLayout {
                    id: group

                    required property var modelData

                    Layout.fillWidth: true
                    Layout.bottomMargin: Theme.spacingS
                    spacing: Theme.spacingM

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        SectionTitle {
                            Layout.fillWidth: true
                            text: group.modelData.title
                        }

                        GoalsIconButton {
                            iconName: "plus"
                            label: qsTr("Add to %1").arg(group.modelData.title)
                            iconColor: Theme.textSecondary
                            onClicked: view.newGoal(group.modelData.key)
                        }
                    }

                    Repeater {
                        model: group.modelData.goals

                        GoalCard {
                            required property var modelData

                            Layout.fillWidth: true
                            goal: modelData
                            onEditRequested: g => view.editGoal(g)
                            onStatusRequested: (id, status) => view.setStatus(id, status)
                            onRemoveRequested: id => view.removeGoal(id)
                            onAlternativeRequested: id => view.newAlternative(id)
                        }
                    }
                }
            }
        }
    }

    // Closed goals, folded.
    ColumnLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: view.closedGoals.length > 0
        spacing: Theme.spacingS

        Button {
            id: closedToggle

            flat: true
            text: view.showClosed ? qsTr("Hide closed goals (%1)").arg(view.closedGoals.length) : qsTr("Show closed goals (%1)").arg(view.closedGoals.length)
            Accessible.name: text
            onClicked: view.showClosed = !view.showClosed

            contentItem: RowLayout {
                spacing: Theme.spacingXs

                GoalsIcon {
                    name: view.showClosed ? "chevron-up" : "chevron-down"
                    size: Theme.iconSizeSmall
                    color: Theme.textSecondary
                }

                Label {
                    text: closedToggle.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightBold
                    color: Theme.textSecondary
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            visible: view.showClosed
            columns: view.wide ? 2 : 1
            columnSpacing: Theme.todayColumnSpacing
            rowSpacing: Theme.spacingS

            Repeater {
                model: view.showClosed ? view.closedGoals : []

                GoalCard {
                    required property var modelData

                    Layout.fillWidth: true
                    Layout.preferredWidth: view.wide ? columns.columnWidth : -1
                    goal: modelData
                    compact: true
                    onEditRequested: g => view.editGoal(g)
                    onStatusRequested: (id, status) => view.setStatus(id, status)
                    onRemoveRequested: id => view.removeGoal(id)
                    onAlternativeRequested: id => view.newAlternative(id)
                }
            }
        }
    }

    GoalEditor {
        id: goalEditor

        onSubmitted: fields => {
            const isNew = goalEditor.isNew;
            const ok = isNew ? view.goals.addGoal(fields).length > 0 : view.goals.updateGoal(fields.id, fields);
            if (!ok) {
                goalEditor.errorText = view.goals.errorMessage;
                return;
            }
            goalEditor.close();
            toast.show(isNew ? qsTr("Goal added") : qsTr("Goal saved"));
        }
        onDeleteRequested: id => view.removeGoal(id)
    }

    NorthStarEditor {
        id: northStarEditor

        goals: view.goals
        onSaved: cleared => {
            view.undoingNorthStar = cleared;
            if (cleared)
                toast.show(qsTr("North star cleared"), qsTr("Undo"));
            else
                toast.show(qsTr("North star saved"));
        }
    }

    property bool undoingNorthStar: false

    Toast {
        id: toast

        parent: view
        onActionTriggered: {
            const ok = view.undoingNorthStar ? northStarEditor.undoClear() : view.goals.undoRemove();
            view.undoingNorthStar = false;
            if (!ok)
                toast.show(view.goals.errorMessage);
        }
    }
}
