import QtQuick
import QtTest
import Rebound.Ui

// The goals components with plain data: the goal editor hands over exactly
// the fields the controller takes (effort fields only for effort goals, a day
// only when asked for), cards show what they are given and say what the user
// asked for through their signals.
TestCase {
    id: testCase

    name: "GoalsComponents"
    when: windowShown
    width: 600
    height: 900

    readonly property var kinds: [{
            "key": "role",
            "label": "Role"
        }, {
            "key": "industry",
            "label": "Industry"
        }, {
            "key": "effort",
            "label": "Weekly effort"
        }]
    readonly property var statuses: [{
            "key": "active",
            "label": "Active"
        }, {
            "key": "paused",
            "label": "Paused"
        }, {
            "key": "achieved",
            "label": "Achieved"
        }]
    readonly property var metrics: [{
            "key": "applications",
            "label": "applications sent"
        }, {
            "key": "journal",
            "label": "journal entries"
        }]

    function goal(fields: var): var {
        return Object.assign({
            "id": "g1",
            "kind": "role",
            "kindLabel": "Role",
            "title": "Data analyst",
            "notes": "",
            "status": "active",
            "statusLabel": "Active",
            "statusOn": "2026-06-01",
            "statusText": "Active since 1 Jun",
            "statusDateText": "since 1 Jun",
            "open": true,
            "parentId": "",
            "metric": "",
            "metricLabel": "",
            "weeklyTarget": 0,
            "targetDate": "",
            "targetDateText": "",
            "alternatives": []
        }, fields);
    }

    Component {
        id: goalEditorComponent

        GoalEditor {
            kinds: testCase.kinds
            statuses: testCase.statuses
            metrics: testCase.metrics
            parents: [{
                    "id": "p1",
                    "title": "Data analyst"
                }]
        }
    }

    Component {
        id: effortComponent

        EffortCard {
            width: 360
        }
    }

    Component {
        id: goalCardComponent

        GoalCard {
            width: 400
        }
    }

    Component {
        id: northStarComponent

        NorthStarCard {
            width: 400
        }
    }

    Component {
        id: reviewDueComponent

        ReviewDueCard {
            width: 400
        }
    }

    Component {
        id: itemRowComponent

        ChecklistItemRow {
            width: 400
        }
    }

    Component {
        id: spyComponent

        SignalSpy {
        }
    }

    function spyOn(target: var, signalName: string): var {
        return createTemporaryObject(spyComponent, testCase, {
                "target": target,
                "signalName": signalName
            });
    }

    function test_newGoalHandsOverTheFields() {
        const editor = createTemporaryObject(goalEditorComponent, testCase);
        const spy = spyOn(editor, "submitted");
        editor.openNew("industry", "");
        tryVerify(() => editor.opened);
        verify(editor.isNew);
        compare(editor.kind, "industry");
        const save = findChild(editor.footer, "saveGoal");
        verify(!save.enabled);
        const title = findChild(editor.contentItem, "goalTitle");
        title.text = "  Renewable energy ";
        verify(save.enabled);
        mouseClick(save);
        compare(spy.count, 1);
        const f = spy.signalArguments[0][0];
        compare(f.kind, "industry");
        compare(f.title, "  Renewable energy ");
        compare(f.status, "active");
        compare(f.parentId, "");
        compare(f.metric, ""); // not an effort goal
        compare(f.weeklyTarget, 0);
        compare(f.targetDate, ""); // no day unless asked for
        verify(f.id === undefined);
    }

    function test_effortGoalCountsSomethingEachWeek() {
        const editor = createTemporaryObject(goalEditorComponent, testCase);
        const spy = spyOn(editor, "submitted");
        editor.openWith(goal({
                    "kind": "effort",
                    "title": "Keep writing",
                    "metric": "journal",
                    "weeklyTarget": 3,
                    "targetDate": "2026-12-31"
                }));
        tryVerify(() => editor.opened);
        verify(!editor.isNew);
        verify(editor.isEffort);
        const target = findChild(editor.contentItem, "weeklyTarget");
        verify(target.visible);
        compare(target.value, 3);
        target.value = 4;
        editor.save();
        compare(spy.count, 1);
        const f = spy.signalArguments[0][0];
        compare(f.id, "g1");
        compare(f.metric, "journal");
        compare(f.weeklyTarget, 4);
        compare(f.targetDate, "2026-12-31");

        // Switching away from effort drops what it counted.
        editor.kind = "role";
        verify(!target.visible);
        editor.save();
        compare(spy.signalArguments[1][0].metric, "");
        compare(spy.signalArguments[1][0].weeklyTarget, 0);
    }

    function test_goalNeedsATitle() {
        const editor = createTemporaryObject(goalEditorComponent, testCase);
        const spy = spyOn(editor, "submitted");
        editor.openNew("role", "");
        tryVerify(() => editor.opened);
        findChild(editor.contentItem, "goalTitle").text = "   ";
        editor.save();
        compare(spy.count, 0);
        verify(editor.errorText.length > 0);
    }

    function test_alternativePathKeepsItsParent() {
        const editor = createTemporaryObject(goalEditorComponent, testCase);
        const spy = spyOn(editor, "submitted");
        editor.openNew("role", "p1");
        tryVerify(() => editor.opened);
        compare(editor.title, "New alternative path");
        findChild(editor.contentItem, "goalTitle").text = "BI developer";
        editor.save();
        compare(spy.signalArguments[0][0].parentId, "p1");
    }

    function test_effortCardShowsTheWeeks() {
        const weeks = [];
        for (let i = 0; i < 8; ++i)
            weeks.push({
                    "weekStart": "2026-05-0" + (i + 1),
                    "weekText": "",
                    "count": i === 7 ? 4 : i,
                    "met": i >= 3
                });
        const card = createTemporaryObject(effortComponent, testCase.parent, {
                "effort": {
                    "goalId": "e1",
                    "title": "Send applications",
                    "metricLabel": "applications sent",
                    "target": 3,
                    "thisWeek": 4,
                    "met": true,
                    "weekText": "4 of 3 this week",
                    "weeksMet": 5,
                    "weeks": weeks
                }
            });
        waitForItemPolished(card);
        verify(card);
        compare(card.peak, 6);
        verify(card.Accessible.name.indexOf("4 of 3 this week") >= 0);
        const spy = spyOn(card, "openRequested");
        mouseClick(findChild(card, "editEffort"));
        compare(spy.count, 1);
    }

    function test_goalCardDetailsAndAlternatives() {
        const card = createTemporaryObject(goalCardComponent, testCase.parent, {
                "goal": goal({
                        "kind": "effort",
                        "weeklyTarget": 10,
                        "metricLabel": "applications sent",
                        "targetDateText": "by 30 Sep",
                        "alternatives": [goal({
                                    "id": "a1",
                                    "title": "BI developer",
                                    "parentId": "g1"
                                })]
                    })
            });
        waitForItemPolished(card);
        verify(card);
        compare(card.details(card.goal, true), "10 a week: applications sent · by 30 Sep · since 1 Jun");
        compare(card.details(card.alternatives[0], false), "");
        compare(card.alternatives.length, 1);
        const spy = spyOn(card, "alternativeRequested");
        const add = findChild(card, "addPath");
        verify(add.visible);
        mouseClick(add);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "g1");
    }

    function test_northStarCardPromptsWhenEmpty() {
        const card = createTemporaryObject(northStarComponent, testCase.parent);
        waitForItemPolished(card);
        verify(!card.isSet);
        compare(card.Accessible.name, "Set your north star");
        const spy = spyOn(card, "editRequested");
        mouseClick(card);
        compare(spy.count, 1);
        card.northStar = {
            "id": "n",
            "title": "Lead a data team",
            "notes": ""
        };
        verify(card.isSet);
        verify(card.Accessible.name.indexOf("Lead a data team") >= 0);
    }

    function test_reviewDueCardStartsOrResumes() {
        const card = createTemporaryObject(reviewDueComponent, testCase.parent, {
                "prompt": {
                    "reason": "due",
                    "checklistId": "c1",
                    "name": "Monthly",
                    "inProgressId": "",
                    "title": "Time for a review",
                    "text": "“Monthly” is due today."
                }
            });
        waitForItemPolished(card);
        verify(!card.resume);
        const spy = spyOn(card, "startRequested");
        const button = findChild(card, "reviewStartButton");
        verify(button);
        compare(button.text, "Start the review");
        mouseClick(button);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "c1");
        card.prompt = Object.assign({}, card.prompt, {
                "inProgressId": "r1"
            });
        verify(card.resume);
        compare(button.text, "Resume the review");
    }

    function test_checklistItemRowEditsAndMoves() {
        const row = createTemporaryObject(itemRowComponent, testCase.parent, {
                "item": {
                    "id": "i1",
                    "text": "Am I resting?",
                    "hint": "Sleep"
                },
                "number": 1,
                "count": 2
            });
        waitForItemPolished(row);
        const up = findChild(row, "moveUp");
        const down = findChild(row, "moveDown");
        verify(!up.enabled); // the first can only go down
        verify(down.enabled);
        let spy = spyOn(row, "moveRequested");
        mouseClick(down);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][1], 1);

        row.startEditing();
        verify(row.editing);
        const field = findChild(row, "itemText");
        compare(field.text, "Am I resting?");
        field.text = "Am I resting enough?";
        spy = spyOn(row, "saveRequested");
        row.save();
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "i1");
        compare(spy.signalArguments[0][1], "Am I resting enough?");
        compare(spy.signalArguments[0][2], "Sleep");
    }
}
