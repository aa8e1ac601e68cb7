import QtQuick
import QtTest
import Rebound.Ui

// The skills plan view from plain data: empty state, ranked cards, pitch,
// actions and their status.
TestCase {
    id: testCase

    name: "SkillsPlan"
    when: windowShown
    width: 640
    height: 1600

    readonly property var kinds: [{
            "key": "course",
            "label": "Course"
        }, {
            "key": "mock_interview",
            "label": "Mock interview"
        }, {
            "key": "practice",
            "label": "Practice"
        }]
    readonly property var statuses: [{
            "key": "todo",
            "label": "To do"
        }, {
            "key": "doing",
            "label": "Doing"
        }, {
            "key": "done",
            "label": "Done"
        }]

    Component {
        id: contentComponent

        SkillsPlanContent {
            width: 600
            strengths: []
            weaknesses: []
            kinds: testCase.kinds
            statuses: testCase.statuses
        }
    }

    SignalSpy {
        id: pitchSpy

        signalName: "pitchSaved"
    }

    SignalSpy {
        id: actionSpy

        signalName: "actionSaved"
    }

    SignalSpy {
        id: statusSpy

        signalName: "statusChosen"
    }

    SignalSpy {
        id: removeSpy

        signalName: "removeRequested"
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

    function press(control) {
        verify(control, "control exists");
        verify(control.visible, "control is visible: " + control.Accessible.name);
        verify(control.enabled, "control is enabled: " + control.Accessible.name);
        control.clicked();
    }

    function skill(id, name, rank, extra) {
        return Object.assign({
                "id": id,
                "name": name,
                "rank": rank,
                "mentions": 2,
                "lastSeenText": "last named today",
                "pitch": "",
                "actions": [],
                "openActions": 0
            }, extra ?? {});
    }

    function make(props) {
        const view = createTemporaryObject(contentComponent, testCase.parent, props ?? {}) // TestCase itself is not visible;
        for (const spy of [pitchSpy, actionSpy, statusSpy, removeSpy]) {
            spy.target = view;
            spy.clear();
        }
        return view;
    }

    function test_emptyStateExplainsFeedback() {
        const view = make({
                "feedbackCount": 0
            });
        const empty = findAll(view, c => c.objectName === "skills-empty")[0];
        verify(empty.visible);
        verify(findAll(view, c => c.text === "What you're strong at" && c.visible).length === 0);
        view.strengths = [skill("s1", "Storytelling", 1)];
        verify(!empty.visible);
        verify(findAll(view, c => c.text === "What you're strong at" && c.visible).length === 1);
    }

    function test_cardsFollowTheRankAndSavePitches() {
        const view = make({
                "strengths": [skill("s1", "Storytelling", 1, {
                        "mentions": 3
                    }), skill("s2", "Research", 2, {
                        "pitch": "Ran twelve interviews"
                    })],
                "feedbackCount": 4
            });
        const cards = findAll(view, c => c.objectName.startsWith("strength-"));
        compare(cards.map(c => c.objectName), ["strength-Storytelling", "strength-Research"]);
        verify(cards[0].y < cards[1].y);
        verify(findAll(cards[0], c => c.text === "Named 3 times · last named today").length === 1);
        const pitch = byName(view, "My pitch for Storytelling");
        compare(byName(view, "Save the pitch for Storytelling"), null); // nothing changed yet
        pitch.text = "I turned a messy study into a clear story";
        press(byName(view, "Save the pitch for Storytelling"));
        compare(pitchSpy.count, 1);
        compare(Array.from(pitchSpy.signalArguments[0]), ["s1", "I turned a messy study into a clear story"]);
        compare(byName(view, "My pitch for Research").text, "Ran twelve interviews");
    }

    function test_actionsAddStatusAndRemove() {
        const view = make({
                "weaknesses": [skill("w1", "System design", 1, {
                        "actions": [{
                                "id": "a1",
                                "kind": "course",
                                "kindLabel": "Course",
                                "title": "Distributed systems course",
                                "status": "todo",
                                "dueText": "18 Nov",
                                "overdue": true
                            }]
                    })],
                "feedbackCount": 2
            });
        verify(findAll(view, c => c.text === "Course · overdue since 18 Nov" && c.visible).length === 1);
        press(byName(view, "Doing"));
        compare(statusSpy.count, 1);
        compare(Array.from(statusSpy.signalArguments[0]), ["a1", "doing"]);
        press(byName(view, "Delete Distributed systems course"));
        compare(Array.from(removeSpy.signalArguments[0]), ["a1"]);

        press(byName(view, "Add an action for System design"));
        compare(view.editingSkillId, "w1");
        const title = byName(view, "Action");
        verify(title);
        title.text = "Two mock interviews with Sam";
        const kind = byName(view, "Kind of action");
        kind.currentIndex = 1;
        press(byName(view, "Add action"));
        compare(actionSpy.count, 1);
        compare(Array.from(actionSpy.signalArguments[0]), ["w1", "", "mock_interview", "Two mock interviews with Sam", ""]);

        // Editing an existing action loads it into the editor.
        press(byName(view, "Edit Distributed systems course"));
        compare(byName(view, "Action").text, "Distributed systems course");
        press(byName(view, "Save action"));
        compare(Array.from(actionSpy.signalArguments[1]), ["w1", "a1", "course", "Distributed systems course", ""]);
    }
}
