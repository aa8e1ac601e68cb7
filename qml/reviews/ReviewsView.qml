pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Dialogs
import Rebound.Backend
import Rebound.Ui

// Reviews: the checklists with when each is due (Start or Resume, Edit), the
// nudge after several rejections, and the history of reviews. An open review
// is the two-pane workspace on a desktop and a step-by-step walk on a phone;
// a finished one shows what changed and exports as Markdown.
Item {
    id: view

    required property AppContext app
    readonly property ReviewController reviews: app.reviews
    readonly property ChecklistController checklists: app.checklists
    readonly property bool wide: width >= Theme.reviewTwoPaneWidth
    readonly property bool reviewing: reviews.reviewId.length > 0
    readonly property var nudge: checklists.nudge
    readonly property var nextReview: checklists.nextReview
    readonly property var history: reviews.history // a JS array (find, filter)
    // Writes for the question components (see ReviewQuestion).
    readonly property var handler: ({
            "setAnswer": (id, answer, note) => view.reviews.setAnswer(id, answer, note),
            "setFollowUp": (id, kind, title, target, detail) => view.reviews.setFollowUp(id, kind, title, target, detail),
            "setSummary": text => view.reviews.setSummary(text),
            "error": () => view.reviews.errorMessage
        })
    readonly property var choices: ({
            "followUpKinds": reviews.followUpKinds,
            "goalChoices": reviews.goalChoices,
            "goalKinds": reviews.goalKinds,
            "goalStatuses": reviews.goalStatuses,
            "actionKinds": reviews.actionKinds,
            "skillNames": reviews.skillNames
        })

    function startReview(checklistId: string): bool {
        const id = reviews.start(checklistId);
        if (id.length === 0) {
            toast.show(reviews.errorMessage);
            return false;
        }
        stepper.resume();
        return true;
    }

    function openReview(id: string): bool {
        if (!reviews.open(id)) {
            toast.show(reviews.errorMessage);
            return false;
        }
        stepper.resume();
        return true;
    }

    function finishReview() {
        if (!reviews.finish())
            toast.show(reviews.errorMessage);
    }

    function removeReview(id: string) {
        if (reviews.remove(id))
            toast.show(qsTr("Review deleted"), qsTr("Undo"));
        else
            toast.show(reviews.errorMessage);
    }

    function exportReview() {
        exportDialog.selectedFile = reviews.suggestedExportFile();
        exportDialog.open();
    }

    // The checklist to start from the nudge: the soonest due, else the first.
    function suggestedChecklist(): string {
        const next = view.nextReview;
        if (next && next.checklistId)
            return next.checklistId;
        return checklists.checklists.length > 0 ? checklists.checklists[0].id : "";
    }

    // Screenshot mode and tests: the newest review in progress / finished.
    function showInProgress(): bool {
        const review = view.history.find(r => r.inProgress);
        return review ? openReview(review.id) : false;
    }

    function showLatestFinished(): bool {
        const review = view.history.find(r => !r.inProgress);
        return review ? openReview(review.id) : false;
    }

    function closeOverlays() {
        checklistEditor.close();
        reviews.close();
    }

    // Goals and follow-ups change elsewhere: read afresh when shown.
    onVisibleChanged: {
        if (visible) {
            reviews.reload();
            checklists.reload();
        }
    }

    // Another review opened from elsewhere (Today's card): the stepper starts it afresh.
    property string shownReviewId: ""

    Timer {
        id: resumeLater

        interval: 0
        onTriggered: stepper.resume()
    }

    Connections {
        target: view.reviews

        function onFinishedWith(message: string) {
            toast.show(message);
        }
        // The workspace and stepper have no banner: say what failed.
        function onErrorMessageChanged() {
            if (view.reviewing && view.reviews.errorMessage.length > 0)
                toast.show(view.reviews.errorMessage);
        }
        function onReviewChanged() {
            if (view.reviews.reviewId !== view.shownReviewId) {
                view.shownReviewId = view.reviews.reviewId;
                resumeLater.restart(); // after the stepper's bindings took the new review
            }
        }
    }

    component SectionHeading: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        font.pixelSize: Theme.fontTitle
        font.weight: Theme.weightBold
        color: Theme.textPrimary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // The overview: checklists, nudge, history.
    ScrollPage {
        id: overview

        anchors.fill: parent
        visible: !view.reviewing
        maxContentWidth: Theme.maxContentWidth
        topMargin: Theme.spacingL

        ErrorBanner {
            Layout.fillWidth: true
            text: view.reviews.errorMessage
            dismissible: true
            onDismissed: view.reviews.clearError()
        }

        // Several rejections close together: a gentle suggestion, never a verdict.
        Rectangle {
            Layout.fillWidth: true
            visible: view.nudge.suggested === true
            implicitHeight: nudgeColumn.implicitHeight + Theme.spacingL * 2
            radius: Theme.radiusL
            color: Theme.hardTone

            ColumnLayout {
                id: nudgeColumn

                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    text: qsTr("A good moment to step back")
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Theme.weightBold
                    color: Theme.hardToneStrong
                    wrapMode: Text.Wrap
                }

                Label {
                    Layout.fillWidth: true
                    text: view.nudge.text ?? ""
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }

                Button {
                    highlighted: true
                    enabled: view.suggestedChecklist().length > 0
                    text: (view.nextReview.inProgressId ?? "").length > 0 ? qsTr("Resume your review") : qsTr("Start a review")
                    Accessible.name: text
                    onClicked: view.startReview(view.suggestedChecklist())
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            SectionHeading {
                text: qsTr("Checklists")
            }

            Button {
                flat: true
                text: qsTr("New checklist")
                Accessible.name: text
                onClicked: checklistEditor.openNew()
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("A review walks one checklist, question by question. Edit the questions so they are yours; keep several for different moments.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Repeater {
            model: view.checklists.checklists

            Card {
                id: checklistCard

                required property var modelData
                readonly property bool inProgress: (modelData.inProgressId ?? "").length > 0

                Layout.fillWidth: true
                spacing: Theme.spacingS

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Label {
                        Layout.fillWidth: true
                        text: checklistCard.modelData.name
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBodyLarge
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                    }

                    Rectangle {
                        visible: checklistCard.modelData.due === true || checklistCard.inProgress
                        implicitWidth: badge.implicitWidth + Theme.spacingM * 2
                        implicitHeight: badge.implicitHeight + Theme.spacingXs * 2
                        radius: height / 2
                        color: checklistCard.inProgress ? Theme.accentSoft : Theme.winTone

                        Label {
                            id: badge

                            anchors.centerIn: parent
                            text: checklistCard.inProgress ? qsTr("In progress") : qsTr("Due")
                            font.pixelSize: Theme.fontCaption
                            font.weight: Theme.weightBold
                            color: checklistCard.inProgress ? Theme.accent : Theme.winToneStrong
                        }
                    }
                }

                Label {
                    Layout.fillWidth: true
                    text: [checklistCard.modelData.itemCount === 1 ? qsTr("1 question") : qsTr("%1 questions").arg(checklistCard.modelData.itemCount), checklistCard.modelData.scheduleText, checklistCard.modelData.dueText, checklistCard.modelData.lastReviewedText].filter(s => s && s.length > 0).join(qsTr(" · "))
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Button {
                        highlighted: checklistCard.inProgress || checklistCard.modelData.due === true
                        enabled: checklistCard.modelData.itemCount > 0 || checklistCard.inProgress
                        text: checklistCard.inProgress ? qsTr("Resume") : qsTr("Start a review")
                        Accessible.name: checklistCard.inProgress ? qsTr("Resume the review of %1").arg(checklistCard.modelData.name) : qsTr("Start a review of %1").arg(checklistCard.modelData.name)
                        onClicked: {
                            if (checklistCard.inProgress)
                                view.openReview(checklistCard.modelData.inProgressId);
                            else
                                view.startReview(checklistCard.modelData.id);
                        }
                    }

                    Button {
                        flat: true
                        text: qsTr("Edit")
                        Accessible.name: qsTr("Edit the checklist %1").arg(checklistCard.modelData.name)
                        onClicked: checklistEditor.openFor(checklistCard.modelData.id)
                    }
                }
            }
        }

        SectionHeading {
            text: qsTr("History")
        }

        Label {
            Layout.fillWidth: true
            visible: view.reviews.history.length === 0
            text: qsTr("Finished reviews are kept here, each with what changed since the one before.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Repeater {
            model: view.reviews.history

            ItemDelegate {
                id: historyRow

                required property var modelData

                Layout.fillWidth: true
                padding: Theme.spacingM
                leftPadding: Theme.spacingL
                Accessible.name: qsTr("%1, %2").arg(modelData.checklistName).arg(modelData.dateText)
                onClicked: view.openReview(modelData.id)

                background: Rectangle {
                    radius: Theme.radiusM
                    color: historyRow.hovered ? Theme.surfaceRaised : Theme.surface
                    border.width: historyRow.visualFocus ? Theme.focusRing : Theme.hairline
                    border.color: historyRow.visualFocus ? Theme.accent : Theme.outline
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingM

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingXxs

                        Label {
                            Layout.fillWidth: true
                            text: historyRow.modelData.checklistName
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.weight: Theme.weightBold
                            color: Theme.textPrimary
                        }

                        Label {
                            Layout.fillWidth: true
                            text: [historyRow.modelData.dateText, qsTr("%1 of %2 answered").arg(historyRow.modelData.answered).arg(historyRow.modelData.total), historyRow.modelData.inProgress ? "" : historyRow.modelData.changes === 1 ? qsTr("1 answer changed") : historyRow.modelData.changes > 1 ? qsTr("%1 answers changed").arg(historyRow.modelData.changes) : ""].filter(s => s.length > 0).join(qsTr(" · "))
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textSecondary
                        }
                    }

                    Label {
                        visible: historyRow.modelData.inProgress
                        text: qsTr("In progress")
                        font.pixelSize: Theme.fontCaption
                        font.weight: Theme.weightBold
                        color: Theme.accent
                    }

                    IconButton {
                        iconName: "trash"
                        iconColor: Theme.textSecondary
                        label: qsTr("Delete the review of %1, %2").arg(historyRow.modelData.checklistName).arg(historyRow.modelData.dateText)
                        onClicked: view.removeReview(historyRow.modelData.id)
                    }
                }
            }
        }
    }

    ReviewWorkspace {
        anchors.fill: parent
        visible: view.reviewing && !view.reviews.finished && view.wide
        answers: view.reviews.answers
        context: view.reviews.context
        options: view.reviews.answerOptions
        choices: view.choices
        handler: view.handler
        checklistName: view.reviews.checklistName
        dateText: view.reviews.dateText
        summary: view.reviews.summary
        answeredCount: view.reviews.answeredCount
        onBackRequested: view.reviews.close()
        onFinishRequested: view.finishReview()
    }

    ReviewStepper {
        id: stepper

        anchors.fill: parent
        visible: view.reviewing && !view.reviews.finished && !view.wide
        answers: view.reviews.answers
        context: view.reviews.context
        options: view.reviews.answerOptions
        choices: view.choices
        handler: view.handler
        checklistName: view.reviews.checklistName
        dateText: view.reviews.dateText
        summary: view.reviews.summary
        answeredCount: view.reviews.answeredCount
        onBackRequested: view.reviews.close()
        onFinishRequested: view.finishReview()
    }

    ReviewResult {
        anchors.fill: parent
        visible: view.reviewing && view.reviews.finished
        answers: view.reviews.answers
        context: view.reviews.context
        checklistName: view.reviews.checklistName
        dateText: view.reviews.dateText
        summary: view.reviews.summary
        onBackRequested: view.reviews.close()
        onExportRequested: view.exportReview()
        onCopyRequested: {
            if (view.reviews.copyMarkdown())
                toast.show(qsTr("Copied as Markdown. It stays on the clipboard, outside the vault, until you copy something else."));
            else
                toast.show(view.reviews.errorMessage);
        }
        onRemoveRequested: view.removeReview(view.reviews.reviewId)
    }

    ChecklistEditor {
        id: checklistEditor

        app: view.app
    }

    FileDialog {
        id: exportDialog

        title: qsTr("Export the review as Markdown")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "md"
        nameFilters: [qsTr("Markdown files (*.md)")]
        onAccepted: {
            if (view.reviews.exportMarkdown(selectedFile))
                toast.show(qsTr("Review exported (the file is not encrypted)"));
            else
                toast.show(view.reviews.errorMessage);
        }
    }

    Toast {
        id: toast

        onActionTriggered: {
            if (!view.reviews.undoRemove())
                toast.show(view.reviews.errorMessage);
        }
    }
}
