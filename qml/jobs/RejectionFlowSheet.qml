import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The guided, skippable flow after a rejection. openFor(applicationId) starts
// it, or resumes it where it was left: drafts are saved as you type, so closing
// the sheet loses nothing. A full-height sheet on a phone, a centred dialog on
// a desktop.
Dialog {
    id: sheet

    required property AppContext app
    readonly property RejectionFlowController flow: app.rejection
    readonly property bool compact: parent ? parent.width < Theme.wideBreakpoint : true
    // The journal entry the editor created for step 1 (read from the journal model).
    property string newEntryId
    property bool writingFeelings: false
    // The journal as a plain object: qmllint in Qt 6.4 does not know the
    // signals it inherits from QAbstractItemModel (rowsInserted).
    readonly property var journalRows: app.journal

    function openFor(applicationId: string): bool {
        if (!flow.openFor(applicationId))
            return false;
        steps.resetDrafts();
        steps.showCurrent();
        open();
        return true;
    }

    // Shows a step without changing anything (the screenshot mode's tour).
    function showStep(key: string) {
        steps.show(key);
    }

    function writeFeelings() {
        const templates = sheet.app.journal.templates();
        let template = null;
        for (let i = 0; i < templates.length; ++i) {
            if (templates[i]["key"] === "after-rejection")
                template = templates[i];
        }
        newEntryId = "";
        if (!writingFeelings)
            sheet.journalRows.rowsInserted.connect(entryInserted);
        writingFeelings = true;
        editor.openNew(template, {});
    }

    // The new entry's id arrives as the journal model inserts its row.
    function entryInserted(parent: var, first: int, last: int) {
        const id = sheet.app.journal.idAt(first);
        const entry = Object.assign({}, sheet.app.journal.entry(id));
        if (entry["templateKey"] === "after-rejection")
            sheet.newEntryId = id;
    }

    function stopWriting() {
        if (writingFeelings)
            sheet.journalRows.rowsInserted.disconnect(entryInserted);
        writingFeelings = false;
    }

    function copy(text: string, message: string) {
        if (flow.copyToClipboard(text))
            toast.show(message);
    }

    parent: Overlay.overlay
    x: compact ? 0 : Math.round((parent.width - width) / 2)
    y: compact ? 0 : Math.round((parent.height - height) / 2)
    width: compact ? parent.width : Math.min(parent.width - Theme.spacingL * 2, Theme.rejectionSheetWidth)
    // A dialog as tall as its step (up to the cap) on a desktop.
    height: compact ? parent.height : Math.min(parent.height - Theme.spacingL * 2, Theme.rejectionSheetMaxHeight, implicitHeaderHeight + content.implicitHeight + Theme.spacingL * 2 + topPadding + bottomPadding)
    modal: true
    focus: true
    padding: 0
    closePolicy: Popup.CloseOnEscape

    onClosed: flow.release()

    background: Rectangle {
        radius: sheet.compact ? 0 : Theme.radiusL
        color: Theme.background
        border.width: sheet.compact ? 0 : Theme.hairline
        border.color: Theme.outline
    }

    header: RowLayout {
        spacing: Theme.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingL
            Layout.topMargin: Theme.spacingM
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: qsTr("After a rejection")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontHeadline
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Five small steps, each one skippable. Close any time: you can pick up where you left off.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        IconButton {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.spacingXs
            Layout.rightMargin: Theme.spacingXs
            iconName: "close"
            label: qsTr("Close (your progress is kept)")
            onClicked: sheet.close()
        }
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        contentWidth: width
        contentHeight: content.implicitHeight + Theme.spacingL * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: content

            x: Theme.spacingL
            y: Theme.spacingM
            width: scroller.width - Theme.spacingL * 2
            spacing: Theme.spacingM

            ErrorBanner {
                Layout.fillWidth: true
                text: sheet.flow.errorMessage
                dismissible: true
                onDismissed: sheet.flow.clearError()
            }

            RejectionFlowSteps {
                id: steps

                Layout.fillWidth: true
                steps: sheet.flow.steps
                currentStep: sheet.flow.currentStep
                company: sheet.flow.company
                role: sheet.flow.role
                rejectedOnText: sheet.flow.rejectedOnText
                feedbackMessage: sheet.flow.feedbackMessage
                caseNote: sheet.flow.caseNote
                thankYouMessage: sheet.flow.thankYouMessage
                feedbackSubject: sheet.flow.feedbackSubject
                thankYouSubject: sheet.flow.thankYouSubject
                people: sheet.flow.people
                followUpDate: sheet.flow.followUpDate
                keepInTouchDate: sheet.flow.keepInTouchDate
                reapplyDate: sheet.flow.reapplyDate
                reminders: sheet.flow.reminders
                review: sheet.flow.reviewSuggestion
                goalReviewText: sheet.flow.goalReviewText
                winText: sheet.flow.winText
                journalEntryId: sheet.flow.journalEntryId

                onShownStepChanged: scroller.contentY = 0
                onWriteFeelingsRequested: sheet.writeFeelings()
                onFeedbackRequested: (message, day) => sheet.flow.askForFeedback(message, day)
                onCaseRequested: note => sheet.flow.makeCase(note)
                onBridgesRequested: (message, keepDay, reapplyDay) => sheet.flow.keepBridges(message, keepDay, reapplyDay)
                onWentWellRequested: text => sheet.flow.nameWentWell(text)
                onSkipRequested: step => sheet.flow.skip(step)
                onReopenRequested: step => sheet.flow.reopenStep(step)
                onDraftEdited: (field, text) => sheet.flow.setDraft(field, text)
                onCopyRequested: text => sheet.copy(text, qsTr("Copied"))
                onShareRequested: text => sheet.copy(text, qsTr("Copied: on this device, sharing means pasting it where you write to them."))
                onMailRequested: (email, subject, body) => Qt.openUrlExternally(sheet.flow.mailtoUrl(email, subject, body))
                onGoalReviewRequested: day => sheet.flow.planGoalReview(day)
                onFinishRequested: {
                    if (sheet.flow.finish())
                        sheet.close();
                }
            }
        }
    }

    EntryEditor {
        id: editor

        journal: sheet.app.journal
        emotions: sheet.app.today.emotions
        onSaved: created => {
            if (created && sheet.newEntryId.length > 0)
                sheet.flow.recordFeelings(sheet.newEntryId);
        }
        onClosed: sheet.stopWriting()
    }

    Toast {
        id: toast

        parent: sheet.contentItem
    }
}
