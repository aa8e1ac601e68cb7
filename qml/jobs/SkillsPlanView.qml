import QtQuick
import QtQuick.Layouts
import Rebound.Backend
import Rebound.Ui

// The skills plan: strengths and weaknesses across all feedback, ranked by how
// often and how recently they appear; a pitch per strength, improvement
// actions per weakness. Deleting an action can be undone.
ScrollPage {
    id: view

    required property AppContext app
    readonly property SkillsPlanController plan: app.skills

    maxContentWidth: Theme.todayMaxContentWidth

    // Feedback is written elsewhere (applications, interviews): read the plan afresh when shown.
    onVisibleChanged: {
        if (visible)
            plan.reload();
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: view.plan.errorMessage
        dismissible: true
        onDismissed: view.plan.clearError()
    }

    SkillsPlanContent {
        id: content

        Layout.fillWidth: true
        strengths: view.plan.strengths
        weaknesses: view.plan.weaknesses
        kinds: view.plan.actionKinds
        statuses: view.plan.actionStatuses
        feedbackCount: view.plan.feedbackCount
        openActionCount: view.plan.openActionCount
        overdueCount: view.plan.overdueCount
        halfLifeDays: view.plan.halfLifeDays

        onPitchSaved: (skillId, pitch) => {
            if (view.plan.setPitch(skillId, pitch))
                toast.show(qsTr("Pitch saved"));
        }
        onRenameRequested: (skillId, name) => view.plan.renameSkill(skillId, name)
        onActionSaved: (skillId, actionId, kind, title, dueOn) => {
            const ok = actionId.length > 0 ? view.plan.updateAction(actionId, kind, title, dueOn) : view.plan.addAction(skillId, kind, title, dueOn).length > 0;
            if (ok)
                content.editingSkillId = "";
        }
        onStatusChosen: (actionId, status) => view.plan.setActionStatus(actionId, status)
        onRemoveRequested: actionId => {
            if (view.plan.removeAction(actionId))
                toast.show(qsTr("Action deleted"), qsTr("Undo"));
        }
    }

    Toast {
        id: toast

        parent: view
        onActionTriggered: view.plan.undoRemove()
    }
}
