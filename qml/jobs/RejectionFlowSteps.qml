pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The rejection flow's content, driven by plain data so it can be shown and
// tested without a vault: progress dots, then one card per step (or the
// closing card when every step is done or skipped). The sheet feeds it the
// controller's properties and turns its signals into controller calls.
ColumnLayout {
    id: root

    required property var steps          // [{key, title, state, number}]
    property string currentStep          // first pending step, "" when finished
    property string company
    property string role
    property string rejectedOnText
    property string feedbackMessage
    property string caseNote
    property string thankYouMessage
    property string feedbackSubject
    property string thankYouSubject
    property var people: []
    property string followUpDate
    property string keepInTouchDate
    property string reapplyDate
    property var reminders: []           // [{kind, title, dueText}]
    property var review: ({})            // {suggested, rejections, windowDays}
    property string goalReviewText
    property string winText
    property string journalEntryId

    // The step on screen: a step key or "done".
    property string shownStep: "feelings"
    property string shownState

    readonly property var keys: steps.map(s => s.key)
    readonly property var peopleNames: people.map(p => p.name)

    signal writeFeelingsRequested
    signal feedbackRequested(string message, string followUpDate)
    signal caseRequested(string note)
    signal bridgesRequested(string message, string keepInTouchDate, string reapplyDate)
    signal wentWellRequested(string text)
    signal skipRequested(string step)
    signal reopenRequested(string step)
    signal draftEdited(string field, string text)
    signal copyRequested(string text)
    signal shareRequested(string text)
    signal mailRequested(string email, string subject, string body)
    signal goalReviewRequested(string day)
    signal finishRequested

    // " Reminders set for 27 Nov and 18 Feb." for the reminders of these kinds, or "".
    function remindersText(kinds: var): string {
        const days = [];
        for (const r of reminders) {
            if (kinds.indexOf(r.kind) >= 0 && days.indexOf(r.dueText) < 0)
                days.push(r.dueText);
        }
        if (days.length === 0)
            return "";
        return " " + (days.length === 1 ? qsTr("Reminder set for %1.").arg(days[0]) : qsTr("Reminders set for %1.").arg(days.join(", ")));
    }

    function stateOf(key: string): string {
        const s = steps.find(x => x.key === key);
        return s ? s.state : "";
    }

    function show(key: string) {
        shownStep = key;
        shownState = stateOf(key);
    }

    // The first pending step, or the closing card.
    function showCurrent() {
        show(currentStep.length > 0 ? currentStep : "done");
    }

    function showPrevious() {
        const i = shownStep === "done" ? keys.length : keys.indexOf(shownStep);
        if (i > 0)
            show(keys[i - 1]);
    }

    // Reset the editors to what is stored (a new flow was loaded).
    function resetDrafts() {
        feedbackBox.reset(feedbackMessage);
        caseArea.text = caseNote;
        thankYouBox.reset(thankYouMessage);
        wentWellField.clear();
        followUp.day = followUpDate;
        followUp.checked = true;
        keepInTouch.day = keepInTouchDate;
        keepInTouch.checked = true;
        reapply.day = reapplyDate;
        reapply.checked = true;
        reviewDay.day = Dates.dayKey(Dates.addDays(Dates.today(), Theme.goalReviewLeadDays));
    }

    // A step done or skipped moves on to the next pending one. The controller
    // updates `steps` and `currentStep` one after the other, in either order:
    // follow currentStep too until the event loop has settled.
    property bool advancing: false

    onStepsChanged: {
        if (shownStep === "done")
            return;
        const now = stateOf(shownStep);
        if (now !== shownState) {
            shownState = now;
            if (now.length > 0) {
                advancing = true;
                showCurrent();
                Qt.callLater(() => root.advancing = false);
            }
        }
    }
    onCurrentStepChanged: {
        if (advancing)
            showCurrent();
    }
    onCaseNoteChanged: {
        if (!caseArea.activeFocus && caseArea.text !== caseNote)
            caseArea.text = caseNote;
    }
    onFollowUpDateChanged: followUp.day = followUpDate
    onKeepInTouchDateChanged: keepInTouch.day = keepInTouchDate
    onReapplyDateChanged: reapply.day = reapplyDate

    spacing: Theme.spacingL

    Label {
        Layout.fillWidth: true
        text: root.company + (root.role.length > 0 ? " · " + root.role : "") + (root.rejectedOnText.length > 0 ? " · " + qsTr("rejected on %1").arg(root.rejectedOnText) : "")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    RejectionFlowProgress {
        id: progress

        Layout.fillWidth: true
        steps: root.steps
        shownStep: root.shownStep
        onStepClicked: key => root.show(key)
    }

    Label {
        Layout.fillWidth: true
        visible: !progress.showLabels
        text: root.shownStep === "done" ? qsTr("All steps looked at") : qsTr("Step %1 of %2").arg(root.keys.indexOf(root.shownStep) + 1).arg(root.keys.length)
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontCaption
        font.weight: Theme.weightMedium
        color: Theme.textSecondary
    }

    // 1. Feelings
    RejectionFlowStepCard {
        objectName: "step-feelings"
        Layout.fillWidth: true
        visible: root.shownStep === "feelings"
        number: 1
        title: qsTr("Check in with your feelings")
        intro: qsTr("Disappointed, frustrated, flat? That is a normal response to a setback, not a verdict on you. Give yourself permission to feel it without judging yourself: a rejection is an event, not an identity.")
        state: root.stateOf("feelings")
        doneText: qsTr("Written in your journal. Come back to it whenever you like.")
        primaryText: qsTr("Write about it")
        onPrimaryClicked: root.writeFeelingsRequested()
        onSkipClicked: root.skipRequested("feelings")
        onReopenClicked: root.reopenRequested("feelings")

        Label {
            Layout.fillWidth: true
            text: qsTr("Opens a journal entry with the “After a rejection” prompts. Nothing is saved until you save it.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }

    // 2. Feedback
    RejectionFlowStepCard {
        objectName: "step-feedback"
        Layout.fillWidth: true
        visible: root.shownStep === "feedback"
        number: 2
        title: qsTr("Ask for feedback")
        intro: qsTr("Kindly asking what stood out, and where you could have been stronger, turns a no into something you can use. Make clear you want honest, constructive feedback, even if it stings a little.")
        state: root.stateOf("feedback")
        doneText: qsTr("Feedback request done. When an answer comes, log it as feedback: it feeds your skills plan.") + root.remindersText(["feedback_follow_up"])
        primaryText: followUp.checked ? qsTr("Done, remind me to follow up") : qsTr("Done")
        primaryEnabled: feedbackBox.text.trim().length > 0
        onPrimaryClicked: root.feedbackRequested(feedbackBox.text, followUp.value)
        onSkipClicked: root.skipRequested("feedback")
        onReopenClicked: root.reopenRequested("feedback")
        onBackClicked: root.showPrevious()

        RejectionFlowMessage {
            id: feedbackBox

            Layout.fillWidth: true
            label: qsTr("Your message (edit it freely)")
            initialText: root.feedbackMessage
            subject: root.feedbackSubject
            people: root.people
            onEdited: text => root.draftEdited("feedback", text)
            onCopyRequested: text => root.copyRequested(text)
            onShareRequested: text => root.shareRequested(text)
            onMailRequested: (email, subject, body) => root.mailRequested(email, subject, body)
        }

        RejectionFlowDateField {
            id: followUp

            Layout.fillWidth: true
            label: qsTr("Remind me to follow up if nothing comes back")
            day: root.followUpDate
            presets: Theme.followUpPresets
        }
    }

    // 3. Make your case (optional)
    RejectionFlowStepCard {
        objectName: "step-case"
        Layout.fillWidth: true
        visible: root.shownStep === "case"
        number: 3
        title: qsTr("Make your case (optional)")
        intro: qsTr("Sometimes a no can still become a yes. If you believe you are the right fit, note real, tangible reasons they should reconsider: a skill that gives you an edge, a result you can show. Keep it calm, never desperate. Skipping this is completely fine.")
        state: root.stateOf("case")
        doneText: root.caseNote.length > 0 ? qsTr("Your case is saved for a calm reply:\n%1").arg(root.caseNote) : qsTr("Your case is saved.")
        primaryText: qsTr("Save my case")
        primaryEnabled: caseArea.text.trim().length > 0
        onPrimaryClicked: root.caseRequested(caseArea.text)
        onSkipClicked: root.skipRequested("case")
        onReopenClicked: root.reopenRequested("case")
        onBackClicked: root.showPrevious()

        TextArea {
            id: caseArea

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.noteMinHeight
            placeholderText: qsTr("- I shipped the same kind of project at my last job\n- I can start sooner than most")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            textFormat: TextEdit.PlainText
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Reasons they should reconsider")
            onTextChanged: {
                if (activeFocus)
                    root.draftEdited("case", text);
            }
        }

        Button {
            flat: true
            enabled: caseArea.text.trim().length > 0
            text: qsTr("Copy")
            Accessible.name: qsTr("Copy your case")
            onClicked: root.copyRequested(caseArea.text)
        }
    }

    // 4. Don't burn bridges
    RejectionFlowStepCard {
        objectName: "step-bridges"
        Layout.fillWidth: true
        visible: root.shownStep === "bridges"
        number: 4
        title: qsTr("Don't burn bridges")
        intro: qsTr("Leave a good last impression: thank them, stay in touch, and look at the company again later. The other candidate may not work out, and paths cross again more often than you think.")
        state: root.stateOf("bridges")
        doneText: qsTr("Thank-you done.") + root.remindersText(["post_rejection", "reapply"])
        primaryText: keepInTouch.checked || reapply.checked ? qsTr("Done, set the reminders") : qsTr("Done")
        onPrimaryClicked: root.bridgesRequested(thankYouBox.text, keepInTouch.value, reapply.value)
        onSkipClicked: root.skipRequested("bridges")
        onReopenClicked: root.reopenRequested("bridges")
        onBackClicked: root.showPrevious()

        RejectionFlowMessage {
            id: thankYouBox

            Layout.fillWidth: true
            label: qsTr("A thank-you message")
            initialText: root.thankYouMessage
            subject: root.thankYouSubject
            people: root.people
            onEdited: text => root.draftEdited("thankYou", text)
            onCopyRequested: text => root.copyRequested(text)
            onShareRequested: text => root.shareRequested(text)
            onMailRequested: (email, subject, body) => root.mailRequested(email, subject, body)
        }

        RejectionFlowDateField {
            id: keepInTouch

            Layout.fillWidth: true
            label: root.peopleNames.length > 0 ? qsTr("Keep in touch with %1").arg(root.peopleNames.join(", ")) : qsTr("Keep in touch with %1").arg(root.company)
            day: root.keepInTouchDate
            presets: Theme.keepInTouchPresets
        }

        RejectionFlowDateField {
            id: reapply

            Layout.fillWidth: true
            label: qsTr("Look at %1 again: time to re-apply?").arg(root.company)
            day: root.reapplyDate
            presets: Theme.reapplyPresets
        }
    }

    // 5. What went well
    RejectionFlowStepCard {
        objectName: "step-went_well"
        Layout.fillWidth: true
        visible: root.shownStep === "went_well"
        number: 5
        title: qsTr("Name what went well")
        intro: qsTr("Landing the interview, a good answer, reaching the final round: each is worth acknowledging. Name one thing, and it is kept with your small wins.")
        state: root.stateOf("went_well")
        doneText: root.winText.length > 0 ? qsTr("Saved as a small win: %1").arg(root.winText) : qsTr("Saved as a small win.")
        primaryText: qsTr("Save as a win")
        primaryEnabled: wentWellField.text.trim().length > 0
        onPrimaryClicked: root.wentWellRequested(wentWellField.text)
        onSkipClicked: root.skipRequested("went_well")
        onReopenClicked: root.reopenRequested("went_well")
        onBackClicked: root.showPrevious()

        TextField {
            id: wentWellField

            Layout.fillWidth: true
            placeholderText: qsTr("One thing that went well")
            maximumLength: Theme.winMaxLength
            selectByMouse: true
            Accessible.name: qsTr("What went well")
            onAccepted: {
                if (text.trim().length > 0)
                    root.wentWellRequested(text);
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Repeater {
                model: [qsTr("I landed the interview"), qsTr("I made it to the final round"), qsTr("I answered the hard question calmly"), qsTr("I prepared well")]

                Button {
                    required property string modelData

                    flat: true
                    text: modelData
                    font.pixelSize: Theme.fontSmall
                    Accessible.name: qsTr("Use: %1").arg(modelData)
                    onClicked: wentWellField.text = modelData
                }
            }
        }
    }

    // The end: what was set up, and a goal review when rejections cluster.
    Card {
        objectName: "step-done"
        Layout.fillWidth: true
        visible: root.shownStep === "done"
        padding: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: qsTr("You did the hard part")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Every interview is practice, and each one brings you a step closer to the right fit. Be kind to yourself today.")
            wrapMode: Text.Wrap
            lineHeight: 1.2
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }

        Repeater {
            model: root.reminders

            RowLayout {
                id: reminderRow

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingS

                Icon {
                    Layout.alignment: Qt.AlignTop
                    name: "clock"
                    color: Theme.accent
                    size: Theme.iconSizeSmall
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Reminder set for %1: %2").arg(reminderRow.modelData.dueText).arg(reminderRow.modelData.title)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: root.winText.length > 0
            spacing: Theme.spacingS

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "sparkle"
                color: Theme.winToneStrong
                size: Theme.iconSizeSmall
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Saved as a small win: %1").arg(root.winText)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.reminders.length > 0
            text: qsTr("Reminders are saved with this application. Notifications for them arrive in a later version.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Rectangle {
            objectName: "goal-review"
            Layout.fillWidth: true
            visible: root.review.suggested === true
            implicitHeight: reviewColumn.implicitHeight + Theme.spacingL * 2
            radius: Theme.radiusM
            color: Theme.hardTone

            ColumnLayout {
                id: reviewColumn

                anchors.fill: parent
                anchors.margins: Theme.spacingL
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 rejections in the last %2 days").arg(root.review.rejections ?? 0).arg(root.review.windowDays ?? 0)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("That is a lot to carry. It may be a good moment to step back and review your goals: are you targeting the right roles, and is there a skill or certification to build first?")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }

                RejectionFlowDateField {
                    id: reviewDay

                    Layout.fillWidth: true
                    visible: root.goalReviewText.length === 0
                    checkable: false
                    label: qsTr("Review on")
                    day: Dates.dayKey(Dates.addDays(Dates.today(), Theme.goalReviewLeadDays))
                }

                Button {
                    visible: root.goalReviewText.length === 0
                    highlighted: true
                    text: qsTr("Plan a goal review")
                    Accessible.name: text
                    onClicked: root.goalReviewRequested(reviewDay.day)
                }

                Label {
                    Layout.fillWidth: true
                    visible: root.goalReviewText.length > 0
                    text: qsTr("Reminder set for %1: review your goals. Goals are coming in a later version; the reminder is saved now.").arg(root.goalReviewText)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            spacing: Theme.spacingS
            layoutDirection: Qt.RightToLeft

            Button {
                highlighted: true
                text: qsTr("Finish")
                Accessible.name: qsTr("Finish the rejection flow")
                onClicked: root.finishRequested()
            }

            Button {
                flat: true
                text: qsTr("Back")
                Accessible.name: qsTr("Back to the last step")
                onClicked: root.showPrevious()
            }
        }
    }
}
