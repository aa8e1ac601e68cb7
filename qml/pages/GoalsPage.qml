import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Goals and reviews: the north star, weekly effort and concrete goals with
// their alternative paths (Goals mode), and the re-evaluation checklists with
// the reviews walked through them (Reviews mode).
Item {
    id: page

    required property AppContext app
    property string mode: "goals" // goals | reviews
    readonly property int contentWidth: Math.min(width - Theme.spacingL * 2, width >= Theme.goalsTwoColumnWidth ? Theme.todayMaxContentWidth : Theme.maxContentWidth)

    function setMode(next: string) {
        mode = next;
    }

    // Screenshot mode and tests: the goal with the most to show, in its editor.
    function showGoalEditor(): bool {
        setMode("goals");
        return goalsView.showRichestGoal();
    }

    // Screenshot mode and tests: the first checklist (the default one) in its editor.
    function showChecklistEditor(): bool {
        setMode("reviews");
        const lists = app.checklists.checklists;
        return lists.length > 0 && checklistEditor.openFor(lists[0].id);
    }

    function closeOverlays() {
        goalsView.closeOverlays();
        checklistEditor.close();
        mode = "goals";
    }

    RowLayout {
        id: toolbar

        anchors.top: parent.top
        anchors.topMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
        width: page.contentWidth
        spacing: Theme.spacingS

        GoalsModeBar {
            Layout.fillWidth: page.contentWidth < Theme.formMaxWidth
            compact: page.contentWidth < Theme.formMaxWidth
            mode: page.mode
            onActivated: next => page.setMode(next)
        }

        Item {
            Layout.fillWidth: true
        }

        RoundButton {
            visible: page.mode === "goals"
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            highlighted: true
            text: qsTr("New goal")
            display: AbstractButton.IconOnly
            Accessible.name: text
            ToolTip.visible: hovered
            ToolTip.text: text
            ToolTip.delay: Theme.durationMedium * 2
            onClicked: goalsView.newGoal("role")

            contentItem: Item {
                Icon {
                    anchors.centerIn: parent
                    name: "plus"
                    color: Theme.textOnAccent
                }
            }
        }
    }

    GoalsView {
        id: goalsView

        anchors.fill: parent
        anchors.topMargin: toolbar.y + toolbar.height
        visible: page.mode === "goals"
        app: page.app
    }

    ReviewsView {
        anchors.fill: parent
        anchors.topMargin: toolbar.y + toolbar.height + Theme.spacingS
        visible: page.mode === "reviews"
        app: page.app
    }

    ChecklistEditor {
        id: checklistEditor

        app: page.app
    }
}
