import QtQuick
import QtTest
import Rebound.Ui

// The rejection flow's step navigation, driven the way the sheet drives it:
// the view emits a request, the "controller" (here: the test) updates the
// steps, and the view moves on.
TestCase {
    id: testCase

    name: "RejectionFlowSteps"
    when: windowShown
    width: 640
    height: 1400

    function stepList(states) {
        const keys = ["feelings", "feedback", "case", "bridges", "went_well"];
        return keys.map((key, i) => ({
                    "key": key,
                    "title": "Title " + key,
                    "state": states[i] ?? "",
                    "number": i + 1
                }));
    }

    Component {
        id: stepsComponent

        RejectionFlowSteps {
            width: 600
            steps: testCase.stepList([])
            currentStep: "feelings"
            company: "Acme"
            role: "Designer"
            rejectedOnText: "20 Nov"
            feedbackMessage: "Dear Dana, could you share feedback?"
            thankYouMessage: "Thank you, Dana."
            feedbackSubject: "Feedback on my application"
            people: [{
                    "id": "p1",
                    "name": "Dana",
                    "email": "dana@acme.test",
                    "roleLabel": "Recruiter"
                }]
            followUpDate: Dates.dayKey(Dates.addDays(Dates.today(), 7))
            keepInTouchDate: Dates.dayKey(Dates.addDays(Dates.today(), 90))
            reapplyDate: Dates.dayKey(Dates.addDays(Dates.today(), 180))
            review: ({
                    "suggested": false
                })
        }
    }

    SignalSpy {
        id: skipSpy

        signalName: "skipRequested"
    }

    SignalSpy {
        id: feedbackSpy

        signalName: "feedbackRequested"
    }

    SignalSpy {
        id: bridgesSpy

        signalName: "bridgesRequested"
    }

    SignalSpy {
        id: mailSpy

        signalName: "mailRequested"
    }

    SignalSpy {
        id: reviewSpy

        signalName: "goalReviewRequested"
    }

    SignalSpy {
        id: reopenSpy

        signalName: "reopenRequested"
    }

    function findAll(item, test, out) {
        const result = out || [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (test(child))
                result.push(child);
            findAll(child, test, result);
        }
        return result;
    }

    function byName(item, name) {
        const found = findAll(item, c => c.Accessible.name === name && c.visible);
        return found.length > 0 ? found[0] : null;
    }

    function card(item, key) {
        const found = findAll(item, c => c.objectName === "step-" + key);
        return found.length > 0 ? found[0] : null;
    }

    function shownCards(item) {
        return findAll(item, c => c.objectName.startsWith("step-") && c.visible).map(c => c.objectName);
    }

    // Mouse events do not reach items in this runner: click directly, but only what a user could click.
    function press(control) {
        verify(control, "control exists");
        verify(control.visible, "control is visible: " + control.Accessible.name);
        verify(control.enabled, "control is enabled: " + control.Accessible.name);
        control.clicked();
    }

    function make() {
        const view = createTemporaryObject(stepsComponent, testCase.parent) // TestCase itself is not visible;
        for (const spy of [skipSpy, feedbackSpy, bridgesSpy, mailSpy, reviewSpy, reopenSpy]) {
            spy.target = view;
            spy.clear();
        }
        view.resetDrafts();
        view.showCurrent();
        return view;
    }

    function test_startsAtTheCurrentStepAndSkipMovesOn() {
        const view = make();
        compare(shownCards(view), ["step-feelings"]);
        press(byName(view, "Skip step 1, Check in with your feelings"));
        compare(skipSpy.count, 1);
        compare(skipSpy.signalArguments[0][0], "feelings");
        // The controller records the skip: the view moves to the next pending step.
        view.steps = stepList(["skipped"]);
        view.currentStep = "feedback";
        compare(shownCards(view), ["step-feedback"]);
        // The same when the current step arrives before the states.
        wait(0); // let the view settle, as between two user actions
        view.currentStep = "case";
        view.steps = stepList(["skipped", "done"]);
        compare(shownCards(view), ["step-case"]);
    }

    function test_feedbackSendsTheEditedMessageAndTheFollowUpDay() {
        const view = make();
        view.steps = stepList(["done"]);
        view.currentStep = "feedback";
        view.showCurrent();
        const feedback = card(view, "feedback");
        press(byName(feedback, "Write an e-mail to dana@acme.test"));
        compare(mailSpy.count, 1);
        compare(Array.from(mailSpy.signalArguments[0]), ["dana@acme.test", "Feedback on my application", "Dear Dana, could you share feedback?"]);

        const done = findAll(feedback, c => c.text === "Done, remind me to follow up" && c.visible && c.hasOwnProperty("highlighted"));
        compare(done.length, 1);
        press(done[0]);
        compare(feedbackSpy.count, 1);
        compare(Array.from(feedbackSpy.signalArguments[0]), ["Dear Dana, could you share feedback?", view.followUpDate]);

        // Without the reminder, no day is sent.
        const box = findAll(feedback, c => c.text === "Remind me to follow up if nothing comes back" && c.hasOwnProperty("checkState"))[0];
        verify(box);
        box.toggle();
        box.toggled();
        press(findAll(feedback, c => c.text === "Done" && c.visible && c.hasOwnProperty("highlighted"))[0]);
        compare(Array.from(feedbackSpy.signalArguments[1]), ["Dear Dana, could you share feedback?", ""]);
    }

    function test_dotsAndBackRevisitSteps() {
        const view = make();
        view.steps = stepList(["done", "skipped"]);
        view.currentStep = "case";
        view.showCurrent();
        compare(shownCards(view), ["step-case"]);
        press(byName(view, "Back to the previous step"));
        compare(shownCards(view), ["step-feedback"]);
        // A skipped step can still be done, and is not offered to skip again.
        compare(byName(card(view, "feedback"), "Skip step 2, Ask for feedback"), null);
        // A done step shows what was saved and can be reopened.
        press(byName(view, "Step 1, Title feelings: done"));
        compare(shownCards(view), ["step-feelings"]);
        press(byName(view, "Reopen step 1, Check in with your feelings"));
        compare(reopenSpy.count, 1);
        compare(reopenSpy.signalArguments[0][0], "feelings");
        view.steps = stepList(["", "skipped"]);
        view.currentStep = "feelings";
        compare(shownCards(view), ["step-feelings"]); // reopened: stays to be done again
        verify(byName(view, "Skip step 1, Check in with your feelings") !== null);
    }

    function test_bridgesSendsBothReminderDays() {
        const view = make();
        view.steps = stepList(["done", "done", "skipped"]);
        view.currentStep = "bridges";
        view.showCurrent();
        const bridges = card(view, "bridges");
        press(findAll(bridges, c => c.text === "Done, set the reminders" && c.visible && c.hasOwnProperty("highlighted"))[0]);
        compare(bridgesSpy.count, 1);
        compare(Array.from(bridgesSpy.signalArguments[0]), ["Thank you, Dana.", view.keepInTouchDate, view.reapplyDate]);
    }

    function test_doneStepsSayWhichRemindersWereSet() {
        const view = make();
        view.reminders = [{
                "kind": "feedback_follow_up",
                "title": "Follow up on feedback from Acme",
                "dueText": "27 Nov"
            }, {
                "kind": "post_rejection",
                "title": "Keep in touch with Dana (Acme)",
                "dueText": "18 Feb"
            }, {
                "kind": "reapply",
                "title": "Look at Acme again",
                "dueText": "19 May"
            }];
        view.steps = stepList(["done", "done", "skipped", "done"]);
        view.currentStep = "went_well";
        verify(card(view, "feedback").doneText.endsWith(" Reminder set for 27 Nov."));
        compare(card(view, "bridges").doneText, "Thank-you done. Reminders set for 18 Feb, 19 May.");
    }

    function test_finishedShowsTheEndAndSuggestsAReview() {
        const view = make();
        view.steps = stepList(["done", "done", "skipped", "done", "done"]);
        view.currentStep = "";
        view.reminders = [{
                "title": "Follow up on feedback from Acme",
                "dueText": "27 Nov"
            }];
        view.winText = "I reached the final round";
        view.showCurrent();
        compare(shownCards(view), ["step-done"]);
        verify(findAll(view, c => c.text === "Reminder set for 27 Nov: Follow up on feedback from Acme" && c.visible).length === 1);
        const review = findAll(view, c => c.objectName === "goal-review")[0];
        verify(!review.visible);
        view.review = {
            "suggested": true,
            "rejections": 3,
            "windowDays": 30
        };
        verify(review.visible);
        verify(findAll(review, c => c.text === "3 rejections in the last 30 days").length === 1);
        press(byName(review, "Plan a goal review"));
        compare(reviewSpy.count, 1);
        compare(reviewSpy.signalArguments[0][0], Dates.dayKey(Dates.addDays(Dates.today(), Theme.goalReviewLeadDays)));
        view.goalReviewText = "23 Nov";
        compare(byName(review, "Plan a goal review"), null);
    }
}
