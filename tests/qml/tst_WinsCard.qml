import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "WinsCard"
    when: windowShown
    width: 420
    height: 800

    Component {
        id: winsComponent

        WinsCard {
            width: 400
        }
    }

    Component {
        id: memoriesComponent

        OnThisDayCard {
            width: 400
        }
    }

    Component {
        id: checkInsComponent

        TodayCheckIns {
            width: 400
        }
    }

    SignalSpy {
        id: addSpy

        signalName: "addRequested"
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

    // By accessible name; the role is checked only where we set it ourselves
    // (stock controls report theirs only once accessibility is active).
    function findByName(item, role, name) {
        const found = findAll(item, c => c.Accessible.name === name && (role === null || c.Accessible.role === role));
        return found.length > 0 ? found[0] : null;
    }

    // Mouse events do not reach items in this runner (as in tst_MoodPicker): click directly,
    // but only what a user could click.
    function press(control) {
        verify(control, "control exists");
        verify(control.enabled, "control is enabled: " + control.Accessible.name);
        control.clicked();
    }

    function test_emptyIsRefused() {
        const card = createTemporaryObject(winsComponent, testCase);
        addSpy.target = card;
        addSpy.clear();
        waitForItemPolished(card);
        const add = findByName(card, null, "Add small win");
        const field = findByName(card, null, "New small win");
        verify(add && field);
        verify(!add.enabled);
        verify(!card.submit());
        field.text = "   ";
        verify(!add.enabled);
        field.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(addSpy.count, 0);
    }

    function test_suggestionPrefillsAndAdds() {
        const card = createTemporaryObject(winsComponent, testCase);
        addSpy.target = card;
        addSpy.clear();
        waitForItemPolished(card);
        compare(card.suggestions.length, 4);
        const suggestion = findByName(card, null, "Use suggestion: Reached a final round");
        verify(suggestion);
        press(suggestion);
        const field = findByName(card, null, "New small win");
        compare(field.text, "Reached a final round");
        compare(addSpy.count, 0); // a suggestion only prefills: the user can edit it first
        field.text = field.text + " at Acme ";
        press(findByName(card, null, "Add small win"));
        compare(addSpy.count, 1);
        compare(addSpy.signalArguments[0][0], "Reached a final round at Acme");
        card.clearInput();
        compare(field.text, "");
    }

    function test_listCountAndDelete() {
        const now = new Date();
        const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())); // as a QDate arrives
        const card = createTemporaryObject(winsComponent, testCase, {
                "wins": [{
                        "id": "w1",
                        "date": today,
                        "text": "Good feedback on my portfolio"
                    }, {
                        "id": "w2",
                        "date": today,
                        "text": "Sent three applications"
                    }],
                "winCount": 12
            });
        removeSpy.target = card;
        removeSpy.clear();
        waitForItemPolished(card);
        compare(card.countText(12), "12 wins so far");
        compare(card.countText(1), "1 win so far");
        verify(findAll(card, c => c.text === "12 wins so far").length === 1);
        const del = findByName(card, null, "Delete win: Sent three applications");
        verify(del);
        press(del);
        compare(removeSpy.count, 1);
        compare(removeSpy.signalArguments[0][0], "w2");
        compare(card.dayText(today), "Today");
    }

    function test_onThisDayHiddenWhenEmptyAndKindOnLowDays() {
        const card = createTemporaryObject(memoriesComponent, testCase);
        card.memories = [{
                "kind": "win",
                "id": "w1",
                "date": new Date(),
                "text": "Landed an interview",
                "mood": 0,
                "age": "1 month ago"
            }, {
                "kind": "entry",
                "id": "j1",
                "date": new Date(),
                "text": "Long walk, felt better",
                "mood": 4,
                "age": "1 year ago"
            }];
        verify(findByName(card, Accessible.Heading, "On this day"));
        verify(findByName(card, Accessible.ListItem, "Win, 1 month ago: Landed an interview"));
        const entry = findByName(card, null, "Journal entry, 1 year ago: Long walk, felt better");
        verify(entry);
        card.lowMoodDay = true;
        verify(findByName(card, Accessible.Heading, "Proof you've come through hard days before"));
    }

    function test_todaySummary() {
        const list = createTemporaryObject(checkInsComponent, testCase);
        compare(list.summary(), "No check-ins yet today");
        removeSpy.target = list;
        removeSpy.clear();
        list.checkIns = [{
                "id": "c2",
                "mood": 2,
                "note": "",
                "time": "14:05",
                "emotionNames": ["Frustrated"],
                "effortNames": ["Applied"]
            }, {
                "id": "c1",
                "mood": 4,
                "note": "Coffee with Sam",
                "time": "09:10",
                "emotionNames": [],
                "effortNames": []
            }];
        list.dayMood = 3;
        compare(list.summary(), "Today so far: Okay, 2 check-ins");
        waitForItemPolished(list);
        verify(findByName(list, Accessible.ListItem, "14:05, Mood 2 of 5: Low, Frustrated · Applied"));
        press(findByName(list, null, "Delete check-in from 09:10"));
        compare(removeSpy.signalArguments[0][0], "c1");
    }
}
