import QtQuick
import QtTest
import Rebound.Ui

// The review's pieces from plain data: a question (answer chips keep the note,
// follow-up editor validates and saves), the phone stepper (context step,
// one question per screen, finish step), the desktop workspace (Finish saves
// notes being typed) and the finished review (what changed, export, copy).
TestCase {
    id: testCase

    name: "ReviewComponents"
    when: windowShown
    width: 1280
    height: 900

    readonly property var options: [{
            "key": "yes",
            "label": "Yes"
        }, {
            "key": "no",
            "label": "No"
        }, {
            "key": "unsure",
            "label": "Unsure"
        }]
    readonly property var choices: ({
            "followUpKinds": [{
                    "key": "new_goal",
                    "label": "New goal"
                }, {
                    "key": "goal_status",
                    "label": "Goal status"
                }, {
                    "key": "skill_action",
                    "label": "Skills action"
                }],
            "goalChoices": [{
                    "key": "g1",
                    "label": "Data analyst roles"
                }],
            "goalKinds": [{
                    "key": "role",
                    "label": "Role"
                }, {
                    "key": "skill",
                    "label": "Skill"
                }],
            "goalStatuses": [{
                    "key": "active",
                    "label": "Active"
                }, {
                    "key": "achieved",
                    "label": "Achieved"
                }, {
                    "key": "paused",
                    "label": "Paused"
                }],
            "actionKinds": [{
                    "key": "course",
                    "label": "Course"
                }, {
                    "key": "practice",
                    "label": "Practice"
                }],
            "skillNames": ["Storytelling", "SQL"]
        })
    readonly property var context: ({
            "periodText": "Since your last review on 6 Nov (14 days)",
            "hasPrevious": true,
            "pipeline": {
                "applied": 7,
                "interviews": 2,
                "offers": 0,
                "rejections": 3,
                "open": 5
            },
            "mood": {
                "average": 3.2,
                "averageText": "3.2",
                "days": 10,
                "trendText": "Mood averaged 3.2 over 10 days."
            },
            "effort": [{
                    "title": "Apply every week",
                    "target": 5,
                    "averagePerWeek": 3.5,
                    "met": false,
                    "text": "3.5 a week (target 5) · met in 1 of 2 weeks"
                }],
            "changes": [{
                    "question": "Am I targeting the right roles?",
                    "beforeLabel": "Yes",
                    "afterLabel": "Unsure"
                }],
            "goalsChanged": [],
            "recentFeedback": [{
                    "company": "Contoso",
                    "sourceLabel": "Employer",
                    "dateText": "12 Nov",
                    "text": "Strong analysis, less clear on stakeholder stories."
                }],
            "topGaps": [{
                    "name": "Storytelling",
                    "mentions": 2,
                    "text": "named 2 times"
                }]
        })

    // A stand-in for the review controller: records calls, keeps answers.
    QtObject {
        id: fake

        property var answers: []
        property var calls: []
        property bool refuse: false

        function reset(list) {
            answers = list;
            calls = [];
            refuse = false;
        }

        function replace(id, changes) {
            answers = answers.map(a => a.id === id ? Object.assign({}, a, changes) : a);
        }

        readonly property var handler: ({
                "setAnswer": (id, answer, note) => {
                    fake.calls = fake.calls.concat([["answer", id, answer, note]]);
                    fake.replace(id, {
                            "answer": answer,
                            "note": note
                        });
                    return true;
                },
                "setFollowUp": (id, kind, title, target, detail) => {
                    fake.calls = fake.calls.concat([["followUp", id, kind, title, target, detail]]);
                    if (fake.refuse)
                        return false;
                    fake.replace(id, {
                            "followUpKind": kind,
                            "followUpTitle": title,
                            "followUpTarget": target,
                            "followUpDetail": detail,
                            "followUpText": kind.length > 0 ? "Adds the goal “" + title + "”" : ""
                        });
                    return true;
                },
                "setSummary": text => {
                    fake.calls = fake.calls.concat([["summary", text]]);
                    return true;
                },
                "error": () => "Name the goal."
            })
    }

    function answer(id, question, extra) {
        return Object.assign({
                "id": id,
                "question": question,
                "hint": "Think about the last few weeks.",
                "answer": "",
                "answerLabel": "",
                "note": "",
                "followUpKind": "",
                "followUpTitle": "",
                "followUpTarget": "",
                "followUpDetail": "",
                "followUpText": "",
                "followUpDone": false,
                "hasPrevious": false,
                "previousAnswerLabel": "",
                "changed": false
            }, extra ?? {});
    }

    function threeAnswers() {
        return [answer("a1", "Am I targeting the right roles?"), answer("a2", "Is my CV current?"), answer("a3", "Am I looking after myself?")];
    }

    Component {
        id: questionComponent

        ReviewQuestion {
            width: 600
            item: fake.answers[0]
            options: testCase.options
            choices: testCase.choices
            handler: fake.handler
        }
    }

    Component {
        id: stepperComponent

        ReviewStepper {
            width: 390
            height: 844
            answers: fake.answers
            context: testCase.context
            options: testCase.options
            choices: testCase.choices
            handler: fake.handler
            checklistName: "Every few weeks"
            answeredCount: fake.answers.filter(a => a.answer.length > 0).length
        }
    }

    Component {
        id: workspaceComponent

        ReviewWorkspace {
            width: 1280
            height: 800
            answers: fake.answers
            context: testCase.context
            options: testCase.options
            choices: testCase.choices
            handler: fake.handler
            checklistName: "Every few weeks"
        }
    }

    Component {
        id: resultComponent

        ReviewResult {
            width: 1280
            height: 800
            answers: fake.answers
            context: testCase.context
            checklistName: "Every few weeks"
            dateText: "Finished 20 Nov"
            summary: "Broaden the search."
        }
    }

    SignalSpy {
        id: spy
    }

    SignalSpy {
        id: spy2
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

    function visibleIn(item): bool {
        for (let p = item; p; p = p.parent)
            if (!p.visible)
                return false;
        return true;
    }

    function byName(root, name) {
        const found = findAll(root, c => c.Accessible.name === name && visibleIn(c));
        return found.length > 0 ? found[0] : null;
    }

    function texts(root) {
        return findAll(root, c => c.text !== undefined && typeof c.text === "string" && visibleIn(c)).map(c => c.text);
    }

    function press(control) {
        verify(control, "control exists");
        verify(visibleIn(control), "control is visible: " + control.Accessible.name);
        verify(control.enabled, "control is enabled: " + control.Accessible.name);
        control.clicked();
    }

    function watch(target, signalName) {
        spy.signalName = "";
        spy.target = target;
        spy.signalName = signalName;
        spy.clear();
    }

    function make(component, props) {
        return createTemporaryObject(component, testCase.parent, props ?? {});
    }

    function test_answerChipsSendTheNoteBeingTyped() {
        fake.reset(threeAnswers());
        const question = make(questionComponent);
        const note = byName(question, "Note");
        note.text = "Analyst roles fit best";
        press(byName(question, "No"));
        compare(fake.calls.length, 1);
        compare(fake.calls[0], ["answer", "a1", "no", "Analyst roles fit best"]);
        compare(question.item.answer, "no");
        // Clicking the chosen answer again clears it.
        press(byName(question, "No"));
        compare(fake.calls[1], ["answer", "a1", "", "Analyst roles fit best"]);
    }

    function test_noteIsKeptWhileOtherAnswersReload() {
        fake.reset(threeAnswers());
        const question = make(questionComponent);
        const note = byName(question, "Note");
        note.forceActiveFocus();
        note.text = "half a thought";
        fake.replace("a1", {
                "hint": "reloaded"
            });
        compare(note.text, "half a thought");
        question.commit();
        compare(fake.calls[0], ["answer", "a1", "", "half a thought"]);
        question.commit(); // unchanged: nothing to save
        compare(fake.calls.length, 1);
    }

    function test_followUpEditorValidatesAndSaves() {
        fake.reset(threeAnswers());
        const question = make(questionComponent);
        press(byName(question, "Plan a follow-up: a goal change or a skills action"));
        verify(question.editingFollowUp);
        press(byName(question, "Save"));
        compare(fake.calls.length, 0); // an unnamed goal is not sent
        verify(texts(question).indexOf("Name the goal.") >= 0);
        byName(question, "Goal").text = "Try product analytics";
        press(byName(question, "Skill"));
        press(byName(question, "Save"));
        compare(fake.calls[0], ["followUp", "a1", "new_goal", "Try product analytics", "skill", ""]);
        verify(!question.editingFollowUp);
        verify(texts(question).indexOf("Adds the goal “Try product analytics”") >= 0);

        // Changing a goal's status picks the goal and the status.
        press(byName(question, "Change the follow-up"));
        press(byName(question, "Goal status"));
        press(byName(question, "Paused"));
        press(byName(question, "Save"));
        compare(fake.calls[1], ["followUp", "a1", "goal_status", "", "g1", "paused"]);

        // A skills action needs a skill; a refused save keeps the editor open with the message.
        press(byName(question, "Change the follow-up"));
        press(byName(question, "Skills action"));
        byName(question, "Action").text = "Two mock interviews";
        press(byName(question, "Save"));
        compare(fake.calls.length, 2);
        byName(question, "Skill").editText = "Storytelling";
        fake.refuse = true;
        press(byName(question, "Save"));
        compare(fake.calls[2], ["followUp", "a1", "skill_action", "Two mock interviews", "Storytelling", "practice"]);
        verify(question.editingFollowUp);
        fake.refuse = false;
        press(byName(question, "Remove"));
        compare(fake.calls[3], ["followUp", "a1", "", "", "", ""]);
        verify(!question.editingFollowUp);
    }

    function test_stepperWalksContextQuestionsAndFinish() {
        fake.reset(threeAnswers());
        const stepper = make(stepperComponent);
        watch(stepper, "finishRequested");
        compare(stepper.step, 0);
        verify(texts(stepper).indexOf("Where you stand") >= 0);
        verify(texts(stepper).indexOf("Storytelling · 2") >= 0);
        verify(!byName(stepper, "Previous step").enabled);
        press(byName(stepper, "Start with the first question"));
        compare(stepper.step, 1);
        verify(texts(stepper).indexOf("Am I targeting the right roles?") >= 0);
        verify(texts(stepper).indexOf("Is my CV current?") < 0); // one question per screen
        verify(texts(stepper).indexOf("Question 1 of 3 · 0 answered") >= 0);
        byName(stepper, "Note").text = "Analyst roles";
        press(byName(stepper, "Yes"));
        press(byName(stepper, "Next step"));
        compare(stepper.step, 2);
        compare(byName(stepper, "Note").text, ""); // the next question's own note
        byName(stepper, "Note").text = "Needs the new project";
        press(byName(stepper, "Next step")); // the note is saved on the way
        compare(fake.calls[fake.calls.length - 1], ["answer", "a2", "", "Needs the new project"]);
        press(byName(stepper, "Previous step"));
        compare(byName(stepper, "Note").text, "Needs the new project");
        stepper.go(3);
        press(byName(stepper, "Next step"));
        compare(stepper.step, stepper.lastStep);
        verify(texts(stepper).indexOf("Sum up") >= 0);
        byName(stepper, "Summary").text = "Broaden the search";
        press(byName(stepper, "Finish the review"));
        compare(spy.count, 1);
        compare(fake.calls[fake.calls.length - 1], ["summary", "Broaden the search"]);
    }

    function test_stepperResumesAtTheFirstOpenQuestion() {
        const list = threeAnswers();
        list[0].answer = "yes";
        fake.reset(list);
        const stepper = make(stepperComponent);
        stepper.resume();
        compare(stepper.step, 2);
        fake.reset(threeAnswers());
        stepper.resume();
        compare(stepper.step, 0); // a fresh review starts with the context
    }

    function test_workspaceShowsEveryQuestionAndContext() {
        fake.reset(threeAnswers());
        const workspace = make(workspaceComponent, {
                "answeredCount": 1
            });
        watch(workspace, "finishRequested");
        const all = texts(workspace);
        verify(all.indexOf("Am I targeting the right roles?") >= 0);
        verify(all.indexOf("Is my CV current?") >= 0);
        verify(all.indexOf("Am I looking after myself?") >= 0);
        verify(all.indexOf("1 of 3 answered") >= 0);
        verify(all.indexOf("Since your last review on 6 Nov (14 days)") >= 0);
        verify(all.indexOf("Strong analysis, less clear on stakeholder stories.") >= 0);
        verify(all.indexOf("3.5 a week (target 5) · met in 1 of 2 weeks") >= 0);
        const notes = findAll(workspace, c => c.Accessible.name === "Note");
        compare(notes.length, 3);
        notes[2].text = "Walks help";
        press(byName(workspace, "Finish now"));
        compare(spy.count, 1);
        verify(fake.calls.some(c => c[0] === "answer" && c[1] === "a3" && c[3] === "Walks help"));
        // Answering keeps the cards (and a note being typed in another one).
        notes[1].forceActiveFocus();
        notes[1].text = "typing";
        findAll(workspace, c => c.Accessible.name === "Yes")[0].clicked();
        compare(findAll(workspace, c => c.Accessible.name === "Note")[1], notes[1]);
        compare(notes[1].text, "typing");
    }

    function test_resultShowsWhatChangedAndExports() {
        const list = threeAnswers();
        list[0] = answer("a1", "Am I targeting the right roles?", {
                "answer": "unsure",
                "answerLabel": "Unsure",
                "changed": true,
                "previousAnswerLabel": "Yes",
                "note": "Maybe product analytics too",
                "followUpKind": "new_goal",
                "followUpText": "Added the goal “Try product analytics” (Role)",
                "followUpDone": true
            });
        fake.reset(list);
        const result = make(resultComponent);
        const all = texts(result);
        verify(all.indexOf("What changed since the last review") >= 0);
        verify(all.indexOf("Yes → Unsure") >= 0);
        verify(all.indexOf("Changed: last time Yes") >= 0);
        verify(all.indexOf("Added the goal “Try product analytics” (Role)") >= 0);
        verify(all.indexOf("Skipped") >= 0);
        verify(all.indexOf("Broaden the search.") >= 0);
        verify(findAll(result, c => c.Accessible.name === "Note").length === 0); // read-only
        watch(result, "exportRequested");
        spy2.target = result;
        spy2.signalName = "copyRequested";
        spy2.clear();
        press(byName(result, "Export as Markdown…"));
        press(byName(result, "Copy as Markdown"));
        compare(spy.count, 1);
        compare(spy2.count, 1);
        // Side by side on a desktop, stacked on a phone.
        verify(result.twoColumns);
        result.width = 390;
        verify(!result.twoColumns);
    }
}
