pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Dialogs
import Rebound.Backend
import Rebound.Ui

// The job search: the pipeline as a board (wide) or a list grouped by stage
// (narrow), with search and filters; an application's detail beside the board
// or over the list; editors for applications, interviews and feedback; and the
// skills plan as a second mode. A move to "rejected" offers the rejection flow.
Item {
    id: page

    required property AppContext app
    readonly property ApplicationListModel applications: app.applications
    readonly property ApplicationController controller: app.application

    readonly property bool boardLayout: width >= Theme.jobsBoardWidth
    readonly property bool twoPane: width >= Theme.jobsTwoPaneWidth
    property string mode: "pipeline" // pipeline | skills
    property string selectedId
    property string lastDeletedId
    readonly property bool reading: selectedId.length > 0
    readonly property bool paneOpen: twoPane && reading && mode === "pipeline"
    readonly property int masterWidth: paneOpen ? width - Theme.jobsDetailPaneWidth - Theme.hairline : width
    readonly property int contentWidth: boardLayout ? masterWidth - Theme.spacingL * 2 : Math.min(masterWidth - Theme.spacingL * 2, Theme.maxContentWidth)
    // The controller's maps and lists as plain JS values.
    readonly property var current: controller.application
    readonly property var stageChoices: controller.stageChoices
    readonly property var interviews: controller.interviews
    readonly property string subtitle: controller.loaded ? [current.company, current.role].filter(s => s.length > 0).join(qsTr(" · ")) : ""

    function setMode(next: string) {
        mode = next;
    }

    function openApplication(id: string) {
        selectedId = id;
        controller.load(id);
        detail.scrollToTop();
    }

    function closeApplication() {
        selectedId = "";
        controller.close();
    }

    function move(id: string, stage: string) {
        if (controller.moveApplication(id, stage, "", ""))
            toast.show(qsTr("Moved to %1").arg(stageLabel(stage)));
        else
            toast.show(controller.errorMessage);
    }

    function stageLabel(key: string): string {
        const match = stageChoices.find(s => s.key === key);
        return match ? match.label : key;
    }

    function deleteApplication(id: string) {
        if (!controller.remove(id)) {
            toast.show(controller.errorMessage);
            return;
        }
        lastDeletedId = id;
        if (selectedId === id)
            selectedId = "";
        applicationEditor.close();
        toast.show(qsTr("Application deleted"), qsTr("Undo"));
    }

    function deleteInterview(id: string) {
        if (controller.removeInterview(id)) {
            interviewEditor.close();
            toast.show(qsTr("Interview deleted"), qsTr("Undo"));
        } else {
            interviewEditor.errorText = controller.errorMessage;
        }
    }

    function deleteFeedback(id: string) {
        if (controller.removeFeedback(id)) {
            feedbackEditor.close();
            toast.show(qsTr("Feedback deleted"), qsTr("Undo"));
        } else {
            feedbackEditor.errorText = controller.errorMessage;
        }
    }

    function undoDelete() {
        const kind = controller.undoKind;
        if (!controller.undoRemove()) {
            toast.show(controller.errorMessage);
            return;
        }
        if (kind === "application" && twoPane)
            openApplication(lastDeletedId);
        toast.show(qsTr("Restored"));
    }

    function newApplication() {
        applicationEditor.sourceSuggestions = applications.sources;
        applicationEditor.openNew();
    }

    function editApplication() {
        applicationEditor.sourceSuggestions = applications.sources;
        applicationEditor.openWith(current);
    }

    function exportAs(format: string) {
        exportDialog.format = format;
        exportDialog.selectedFile = controller.suggestedExportFile(format);
        exportDialog.open();
    }

    // Screenshot mode and tests: opens the open application with the most to
    // show (interviews, feedback, people, history). False when there is none.
    function showRichestApplication(): bool {
        mode = "pipeline";
        let best = "";
        let bestScore = -1;
        for (let row = 0; row < applications.count; ++row) {
            const id = applications.get(row)["applicationId"];
            if (!controller.load(id))
                continue;
            const score = controller.interviews.length * 3 + controller.feedback.length * 3 + controller.people.length + controller.history.length;
            if (score > bestScore) {
                best = id;
                bestScore = score;
            }
        }
        if (best.length === 0)
            return false;
        openApplication(best);
        return true;
    }

    function showApplicationEditor(): bool {
        if (!showRichestApplication())
            return false;
        editApplication();
        return applicationEditor.visible;
    }

    // The interview with a reflection (else the first, else a new one).
    function showInterviewEditor(): bool {
        if (!showRichestApplication())
            return false;
        const reflected = page.interviews.find(i => i.hasReflection) ?? page.interviews[0];
        interviewEditor.subtitle = subtitle;
        if (reflected)
            interviewEditor.openWith(reflected);
        else
            interviewEditor.openNew();
        return interviewEditor.visible;
    }

    function showFeedbackEditor(): bool {
        if (!showRichestApplication())
            return false;
        openFeedbackEditor(controller.feedback.length > 0 ? controller.feedback[0] : null);
        return feedbackEditor.visible;
    }

    function openFeedbackEditor(item: var) {
        feedbackEditor.subtitle = subtitle;
        feedbackEditor.interviews = controller.interviews;
        feedbackEditor.skillSuggestions = controller.skillNames;
        if (item)
            feedbackEditor.openWith(item);
        else
            feedbackEditor.openNew({});
    }

    function closeOverlays() {
        applicationEditor.close();
        interviewEditor.close();
        feedbackEditor.close();
        moveDialog.close();
        personDialog.close();
        confirm.close();
        closeApplication();
        mode = "pipeline";
    }

    Connections {
        target: page.controller

        // The rejection flow: feelings first, then feedback and what to learn.
        function onRejected(applicationId: string) {
            rejectionSheet.openFor(applicationId);
        }
    }

    Item {
        id: master

        width: page.masterWidth
        height: page.height

        RowLayout {
            id: toolbar

            anchors.top: parent.top
            anchors.topMargin: Theme.spacingM
            anchors.horizontalCenter: parent.horizontalCenter
            width: page.contentWidth
            spacing: Theme.spacingS

            JobsModeBar {
                Layout.fillWidth: !page.boardLayout
                compact: page.contentWidth < Theme.formMaxWidth
                mode: page.mode
                onActivated: next => page.setMode(next)
            }

            Item {
                Layout.fillWidth: page.boardLayout
            }

            JobsIconButton {
                visible: page.mode === "pipeline" && page.applications.totalCount > 0
                iconName: "export"
                label: qsTr("Export applications")
                onClicked: exportMenu.popup()

                Menu {
                    id: exportMenu

                    MenuItem {
                        text: qsTr("Export as CSV (spreadsheets)…")
                        Accessible.name: text
                        onTriggered: page.exportAs("csv")
                    }

                    MenuItem {
                        text: qsTr("Export as JSON…")
                        Accessible.name: text
                        onTriggered: page.exportAs("json")
                    }

                    // Exports leave the vault: say so before the file is written.
                    MenuItem {
                        enabled: false
                        text: qsTr("The exported file is not encrypted")
                        Accessible.name: text
                    }
                }
            }

            RoundButton {
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                highlighted: true
                text: qsTr("New application")
                display: AbstractButton.IconOnly
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: text
                ToolTip.delay: Theme.durationMedium * 2
                onClicked: page.newApplication()

                contentItem: Item {
                    Icon {
                        anchors.centerIn: parent
                        name: "plus"
                        color: Theme.textOnAccent
                    }
                }
            }
        }

        JobsFilterBar {
            id: filters

            anchors.top: toolbar.bottom
            anchors.topMargin: Theme.spacingM
            anchors.horizontalCenter: parent.horizontalCenter
            width: page.contentWidth
            visible: page.mode === "pipeline" && page.applications.totalCount > 0
            applications: page.applications
            workModes: page.controller.workModeChoices
            wide: page.boardLayout && page.contentWidth >= Theme.searchFieldMaxWidth * 2
        }

        ErrorBanner {
            id: errorBanner

            anchors.top: filters.visible ? filters.bottom : toolbar.bottom
            anchors.topMargin: Theme.spacingS
            anchors.horizontalCenter: parent.horizontalCenter
            width: page.contentWidth
            z: 1
            text: page.applications.errorMessage
        }

        Item {
            id: content

            anchors.fill: parent
            anchors.topMargin: (filters.visible ? filters.y + filters.height : toolbar.y + toolbar.height) + Theme.spacingM + (errorBanner.visible ? errorBanner.height + Theme.spacingS : 0)
            visible: page.mode === "pipeline"

            ApplicationBoard {
                anchors.fill: parent
                app: page.app
                visible: page.boardLayout && page.applications.totalCount > 0 && (page.applications.count > 0 || !page.applications.filtering)
                applications: page.applications
                stages: page.controller.stageChoices
                selectedId: page.selectedId
                onOpenApplication: id => page.openApplication(id)
                onMoveRequested: (id, stage) => page.move(id, stage)
                onResumeRequested: id => rejectionSheet.openFor(id)
            }

            ApplicationList {
                id: list

                anchors.fill: parent
                visible: !page.boardLayout && page.applications.count > 0
                app: page.app
                applications: page.applications
                stages: page.controller.stageChoices
                selectedId: page.twoPane ? page.selectedId : ""
                onOpenApplication: id => page.openApplication(id)
                onMoveRequested: (id, stage) => page.move(id, stage)
                onResumeRequested: id => rejectionSheet.openFor(id)
            }

            ScrollPage {
                anchors.fill: parent
                visible: page.applications.count === 0 && (page.applications.totalCount === 0 || page.applications.filtering || !page.boardLayout)
                centerVertically: true
                maxContentWidth: Theme.formMaxWidth
                sideMargin: Theme.spacingXl
                topMargin: Theme.spacingXl
                bottomMargin: Theme.spacingXl

                EmptyState {
                    Layout.fillWidth: true
                    iconName: "jobs"
                    title: page.applications.totalCount === 0 ? qsTr("Your job search starts here") : page.applications.filtering ? qsTr("No applications match") : qsTr("Nothing open right now")
                    body: page.applications.totalCount === 0 ? qsTr("Add the jobs you apply for and move them along as you hear back. Interviews, feedback and the people you meet stay with each one.") : page.applications.filtering ? qsTr("Try other words, or clear the filters.") : qsTr("Your closed applications are under Closed. A quiet pipeline is a good moment to save a few new ones.")
                }

                Button {
                    Layout.alignment: Qt.AlignHCenter
                    highlighted: page.applications.totalCount === 0
                    text: page.applications.totalCount === 0 ? qsTr("Add an application") : page.applications.filtering ? qsTr("Clear filters") : qsTr("Show closed")
                    Accessible.name: text
                    onClicked: {
                        if (page.applications.totalCount === 0)
                            page.newApplication();
                        else if (page.applications.filtering)
                            page.applications.clearFilters();
                        else
                            page.applications.showClosed = true;
                    }
                }
            }
        }

        SkillsPlanView {
            anchors.fill: parent
            anchors.topMargin: toolbar.y + toolbar.height + Theme.spacingS
            visible: page.mode === "skills"
            app: page.app
        }
    }

    Rectangle {
        x: master.width
        width: Theme.hairline
        height: page.height
        visible: page.paneOpen
        color: Theme.outline
    }

    ApplicationView {
        id: detail

        x: page.paneOpen ? master.width + Theme.hairline : 0
        width: page.width - x
        height: page.height
        visible: page.paneOpen || (page.reading && !page.twoPane && page.mode === "pipeline")
        color: page.paneOpen ? Theme.surface : Theme.background
        controller: page.controller
        showBack: !page.twoPane
        onCloseRequested: page.closeApplication()
        onEditRequested: page.editApplication()
        onDeleteRequested: id => page.deleteApplication(id)
        onMoveRequested: {
            moveDialog.company = page.current.company;
            moveDialog.openFor(page.current.stage);
        }
        onAddInterviewRequested: {
            interviewEditor.subtitle = page.subtitle;
            interviewEditor.openNew();
        }
        onEditInterviewRequested: interview => {
            interviewEditor.subtitle = page.subtitle;
            interviewEditor.openWith(interview);
        }
        onAddFeedbackRequested: page.openFeedbackEditor(null)
        onEditFeedbackRequested: feedback => page.openFeedbackEditor(feedback)
        onAddPersonRequested: personDialog.openNew()
        onRemovePersonRequested: (id, name) => confirm.ask(qsTr("Remove %1?").arg(name), qsTr("They will no longer be listed on this application."), {
                    "kind": "person",
                    "id": id
                })
        onRemoveStageRequested: id => confirm.ask(qsTr("Remove this step?"), qsTr("The application goes back to the stage before it, if this was the latest."), {
                    "kind": "stage",
                    "id": id
                })
    }

    ApplicationEditor {
        id: applicationEditor

        stages: page.controller.stageChoices
        workModes: page.controller.workModeChoices
        onSubmitted: fields => {
            const isNew = applicationEditor.isNew;
            const id = isNew ? page.controller.create(fields) : page.controller.save(fields);
            if (id.length === 0) {
                applicationEditor.errorText = page.controller.errorMessage;
                return;
            }
            applicationEditor.close();
            if (isNew)
                page.openApplication(id);
            toast.show(isNew ? qsTr("Application added") : qsTr("Application saved"));
        }
        onDeleteRequested: id => page.deleteApplication(id)
    }

    InterviewEditor {
        id: interviewEditor

        kinds: page.controller.interviewKindChoices
        onSubmitted: fields => {
            const isNew = interviewEditor.isNew;
            const id = isNew ? page.controller.createInterview(fields) : page.controller.saveInterview(fields);
            if (id.length === 0) {
                interviewEditor.errorText = page.controller.errorMessage;
                return;
            }
            interviewEditor.close();
            toast.show(isNew ? qsTr("Interview added") : qsTr("Interview saved"));
        }
        onDeleteRequested: id => page.deleteInterview(id)
    }

    FeedbackEditor {
        id: feedbackEditor

        sources: page.controller.feedbackSourceChoices
        onSubmitted: fields => {
            const isNew = feedbackEditor.isNew;
            const id = isNew ? page.controller.createFeedback(fields) : page.controller.saveFeedback(fields);
            if (id.length === 0) {
                feedbackEditor.errorText = page.controller.errorMessage;
                return;
            }
            feedbackEditor.close();
            toast.show(isNew ? qsTr("Feedback added") : qsTr("Feedback saved"));
        }
        onDeleteRequested: id => page.deleteFeedback(id)
    }

    MoveStageDialog {
        id: moveDialog

        stages: page.controller.stageChoices
        onSubmitted: (stage, day, note) => {
            // Close first: a move to "rejected" opens the rejection flow.
            moveDialog.close();
            if (page.controller.moveTo(stage, day, note))
                toast.show(qsTr("Moved to %1").arg(page.stageLabel(stage)));
            else
                toast.show(page.controller.errorMessage);
        }
    }

    PersonDialog {
        id: personDialog

        roles: page.controller.personRoleChoices
        people: page.app.people
        onSubmitted: (name, email, role, contactId, saveAsContact) => {
            if (page.controller.addPerson(name, email, role, contactId, saveAsContact).length > 0)
                personDialog.close();
            else
                personDialog.errorText = page.controller.errorMessage;
        }
    }

    ConfirmDialog {
        id: confirm

        onConfirmed: payload => {
            const ok = payload.kind === "person" ? page.controller.removePerson(payload.id) : page.controller.removeStageEvent(payload.id);
            if (!ok)
                toast.show(page.controller.errorMessage);
        }
    }

    FileDialog {
        id: exportDialog

        property string format: "csv"

        title: qsTr("Export applications")
        fileMode: FileDialog.SaveFile
        defaultSuffix: format
        nameFilters: format === "csv" ? [qsTr("CSV files (*.csv)")] : [qsTr("JSON files (*.json)")]
        onAccepted: {
            if (page.controller.exportApplications(format, selectedFile))
                toast.show(page.applications.totalCount === 1 ? qsTr("Exported 1 application (not encrypted)") : qsTr("Exported %1 applications (not encrypted)").arg(page.applications.totalCount));
            else
                toast.show(page.controller.errorMessage);
        }
    }

    RejectionFlowSheet {
        id: rejectionSheet

        app: page.app
    }

    Toast {
        id: toast

        onActionTriggered: page.undoDelete()
    }
}
