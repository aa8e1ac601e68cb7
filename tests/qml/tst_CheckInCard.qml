import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "CheckInCard"
    when: windowShown
    width: 420
    height: 900

    readonly property var emotions: [{
            "id": "e-disappointed",
            "name": "Disappointed",
            "valence": -1
        }, {
            "id": "e-hopeful",
            "name": "Hopeful",
            "valence": 1
        }, {
            "id": "e-curious",
            "name": "Curious",
            "valence": 0
        }, {
            "id": "e-anxious",
            "name": "Anxious",
            "valence": -1
        }]
    readonly property var efforts: [{
            "id": "f-applied",
            "name": "Applied"
        }, {
            "id": "f-rested",
            "name": "Rested"
        }]

    Component {
        id: chipsComponent

        ChoiceChips {
            width: 380
            label: "Feelings"
            model: [{
                    "id": "a",
                    "name": "Alpha"
                }, {
                    "id": "b",
                    "name": "Beta"
                }, {
                    "id": "c",
                    "name": "Gamma"
                }]
        }
    }

    Component {
        id: cardComponent

        CheckInCard {
            width: 400
            emotions: testCase.emotions
            efforts: testCase.efforts
        }
    }

    SignalSpy {
        id: toggledSpy

        signalName: "toggled"
    }

    SignalSpy {
        id: saveSpy

        signalName: "saveRequested"
    }

    // Depth-first search for visible items matching `test`.
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

    function test_chipsToggle() {
        const chips = createTemporaryObject(chipsComponent, testCase);
        verify(chips);
        toggledSpy.target = chips;
        toggledSpy.clear();
        waitForItemPolished(chips);
        const buttons = findAll(chips, c => c.Accessible.role === Accessible.CheckBox);
        compare(buttons.length, 3);
        compare(buttons[0].Accessible.name, "Alpha");
        verify(!buttons[0].Accessible.checked);
        press(buttons[0]);
        press(buttons[2]);
        compare(chips.selectedIds, ["a", "c"]);
        verify(buttons[0].Accessible.checked);
        verify(chips.isSelected("c"));
        compare(toggledSpy.count, 2);
        compare(Array.from(toggledSpy.signalArguments[1]), ["c", true]);
        press(buttons[0]);
        compare(chips.selectedIds, ["c"]);
        compare(Array.from(toggledSpy.signalArguments[2]), ["a", false]);
        chips.clear();
        compare(chips.selectedIds, []);
        verify(!buttons[2].Accessible.checked);
    }

    function test_chipsKeyboard() {
        const chips = createTemporaryObject(chipsComponent, testCase);
        waitForItemPolished(chips);
        const buttons = findAll(chips, c => c.Accessible.role === Accessible.CheckBox);
        buttons[1].forceActiveFocus();
        keyClick(Qt.Key_Space);
        compare(chips.selectedIds, ["b"]);
    }

    function test_hardAndGoodGroupsAreLabelled() {
        const card = createTemporaryObject(cardComponent, testCase);
        waitForItemPolished(card);
        const hard = findByName(card, Accessible.Grouping, "Hard feelings");
        const good = findByName(card, Accessible.Grouping, "Good feelings");
        verify(hard && good);
        compare(hard.model.map(e => e.id), ["e-disappointed", "e-anxious"]);
        compare(good.model.map(e => e.id), ["e-hopeful"]);
        const chip = findByName(card, Accessible.CheckBox, "Disappointed");
        compare(chip.Accessible.description, "hard feeling");
        verify(findAll(card, c => c.Accessible.role === Accessible.Heading && c.Accessible.name === "Hard").length === 1);
    }

    function test_saveNeedsMoodEmitsChoicesAndResets() {
        const card = createTemporaryObject(cardComponent, testCase);
        saveSpy.target = card;
        saveSpy.clear();
        waitForItemPolished(card);
        const save = findByName(card, null, "Save check-in");
        verify(save);
        verify(!card.canSave);
        verify(!save.enabled);
        verify(!card.submit());
        compare(saveSpy.count, 0);

        // Feelings and a note alone are not enough: a check-in needs a mood.
        press(findByName(card, Accessible.CheckBox, "Anxious"));
        verify(!save.enabled);
        press(findByName(card, Accessible.RadioButton, "Mood 2 of 5: Low"));
        compare(card.mood, 2);
        verify(save.enabled);
        press(findByName(card, Accessible.CheckBox, "Hopeful"));
        press(findByName(card, Accessible.CheckBox, "Disappointed"));
        press(findByName(card, Accessible.CheckBox, "Rested"));
        const note = findByName(card, null, "Note, one line");
        verify(note);
        compare(note.maximumLength, 280);
        note.text = "  Got a no from Acme  ";
        press(save);
        compare(saveSpy.count, 1);
        const args = saveSpy.signalArguments[0];
        compare(args[0], 2);
        compare(args[1], ["e-anxious", "e-disappointed", "e-hopeful"]);
        compare(args[2], ["f-rested"]);
        compare(args[3], "Got a no from Acme");
        card.reset();
        compare(card.mood, 0);
        compare(card.emotionIds, []);
        compare(card.effortIds, []);
        compare(note.text, "");
        verify(!save.enabled);
        verify(!findByName(card, Accessible.CheckBox, "Hopeful").Accessible.checked);
    }

    function test_enterInNoteSaves() {
        const card = createTemporaryObject(cardComponent, testCase);
        saveSpy.target = card;
        saveSpy.clear();
        waitForItemPolished(card);
        const note = findByName(card, null, "Note, one line");
        note.forceActiveFocus();
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_Return);
        compare(saveSpy.count, 0); // no mood yet
        press(findByName(card, Accessible.RadioButton, "Mood 5 of 5: Great"));
        note.forceActiveFocus();
        keyClick(Qt.Key_Return);
        compare(saveSpy.count, 1);
        compare(saveSpy.signalArguments[0][0], 5);
        compare(saveSpy.signalArguments[0][3], "a");
    }

    function test_withoutCatalogStillWorks() {
        const card = createTemporaryObject(cardComponent, testCase, {
                "emotions": [],
                "efforts": []
            });
        waitForItemPolished(card);
        compare(findAll(card, c => c.Accessible.role === Accessible.CheckBox && c.visible).length, 0);
        press(findByName(card, Accessible.RadioButton, "Mood 3 of 5: Okay"));
        verify(card.canSave);
    }
}
