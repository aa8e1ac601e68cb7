import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "SettingsCheckIn"
    when: windowShown
    width: 420
    height: 800

    Component {
        id: pickerComponent

        TimePicker {
            hour: 19
            minute: 0
        }
    }

    Component {
        id: editorComponent

        CatalogEditor {
            width: 400
            showValence: true
            addPlaceholder: "New emotion"
            items: [{
                    "id": "e1",
                    "name": "Disappointed",
                    "valence": -1,
                    "hidden": false,
                    "builtIn": true
                }, {
                    "id": "e2",
                    "name": "Curious",
                    "valence": 0,
                    "hidden": true,
                    "builtIn": false
                }]
        }
    }

    SignalSpy {
        id: editedSpy

        signalName: "edited"
    }

    SignalSpy {
        id: addSpy

        signalName: "addRequested"
    }

    SignalSpy {
        id: renameSpy

        signalName: "renameRequested"
    }

    SignalSpy {
        id: hiddenSpy

        signalName: "hiddenToggled"
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

    function spinBox(picker, name) {
        const found = findAll(picker, c => c.Accessible.name === name && c.hasOwnProperty("stepSize"));
        return found.length > 0 ? found[0] : null;
    }

    function test_pickerShowsPaddedTime() {
        const picker = createTemporaryObject(pickerComponent, testCase, {
                "minute": 5
            });
        const hour = spinBox(picker, "Hour");
        const minute = spinBox(picker, "Minute");
        verify(hour && minute);
        compare(hour.displayText, "19");
        compare(minute.displayText, "05");
        compare(picker.Accessible.name, "Time: 19:05");
        picker.hour = 7;
        compare(hour.value, 7);
        compare(hour.displayText, "07");
    }

    function test_pickerKeysStepAndWrap() {
        const picker = createTemporaryObject(pickerComponent, testCase, {
                "hour": 23,
                "minute": 55
            });
        editedSpy.target = picker;
        editedSpy.clear();
        const hour = spinBox(picker, "Hour");
        const minute = spinBox(picker, "Minute");
        hour.forceActiveFocus();
        keyClick(Qt.Key_Up);
        compare(picker.hour, 0);
        compare(editedSpy.count, 1);
        compare(Array.from(editedSpy.signalArguments[0]), [0, 55]);
        minute.forceActiveFocus();
        keyClick(Qt.Key_Down);
        compare(picker.minute, 50);
        compare(Array.from(editedSpy.signalArguments[1]), [0, 50]);
        keyClick(Qt.Key_Up);
        keyClick(Qt.Key_Up);
        compare(picker.minute, 0); // 55 + 5 wraps round
        compare(picker.hour, 0);
    }

    function test_pickerTyping() {
        const picker = createTemporaryObject(pickerComponent, testCase);
        editedSpy.target = picker;
        editedSpy.clear();
        const minute = spinBox(picker, "Minute");
        minute.contentItem.forceActiveFocus();
        minute.contentItem.selectAll();
        keyClick(Qt.Key_4);
        keyClick(Qt.Key_2);
        keyClick(Qt.Key_Return);
        compare(picker.minute, 42);
        compare(Array.from(editedSpy.signalArguments[editedSpy.count - 1]), [19, 42]);
    }

    function test_catalogAdd() {
        const editor = createTemporaryObject(editorComponent, testCase);
        addSpy.target = editor;
        addSpy.clear();
        waitForItemPolished(editor);
        verify(!editor.submit());
        const field = findByName(editor, null, "New emotion");
        verify(field);
        field.text = "  Restless ";
        press(findByName(editor, Accessible.RadioButton, "Hard"));
        compare(editor.newValence, -1);
        press(findByName(editor, null, "Add Restless"));
        compare(addSpy.count, 1);
        compare(Array.from(addSpy.signalArguments[0]), ["Restless", -1]);
        editor.clearInput();
        compare(field.text, "");
        compare(editor.newValence, 0);
    }

    function test_catalogRenameResetAndHide() {
        const editor = createTemporaryObject(editorComponent, testCase);
        renameSpy.target = editor;
        renameSpy.clear();
        hiddenSpy.target = editor;
        hiddenSpy.clear();
        waitForItemPolished(editor);
        verify(findAll(editor, c => c.text === "Hard · built-in").length === 1);
        verify(findAll(editor, c => c.text === "Neutral · hidden").length === 1);
        const rows = findAll(editor, c => c.hasOwnProperty("editing") && c.hasOwnProperty("itemId"));
        compare(rows.length, 2);
        const disappointed = rows[0];
        const curious = rows[1];
        verify(!disappointed.editing);
        press(findByName(editor, null, "Rename Disappointed"));
        verify(disappointed.editing);
        const nameField = findByName(editor, null, "New name for Disappointed");
        verify(nameField && nameField.activeFocus);
        compare(nameField.text, "Disappointed");
        nameField.text = "Let down";
        keyClick(Qt.Key_Return);
        compare(renameSpy.count, 1);
        compare(Array.from(renameSpy.signalArguments[0]), ["e1", "Let down"]);
        verify(!disappointed.editing);

        // An unchanged or empty name renames nothing.
        press(findByName(editor, null, "Rename Disappointed"));
        keyClick(Qt.Key_Return);
        compare(renameSpy.count, 1);
        press(findByName(editor, null, "Rename Disappointed"));
        press(findByName(editor, null, "Reset Disappointed to its original name"));
        compare(Array.from(renameSpy.signalArguments[1]), ["e1", ""]);
        verify(!disappointed.editing);

        // Curious is user-added: nothing to reset to. Escape cancels.
        press(findByName(editor, null, "Rename Curious"));
        verify(curious.editing && !curious.builtIn);
        keyClick(Qt.Key_Escape);
        verify(!curious.editing);
        compare(renameSpy.count, 2);
        const show = findByName(editor, null, "Show Curious on the Today page");
        verify(show);
        verify(!show.checked);
        show.toggle();
        show.toggled();
        compare(Array.from(hiddenSpy.signalArguments[0]), ["e2", false]);
    }
}
