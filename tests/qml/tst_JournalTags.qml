import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "JournalTagInput"
    when: windowShown
    width: 400
    height: 300

    Component {
        id: inputComponent

        TagInput {
            width: 360
        }
    }

    SignalSpy {
        id: spy

        signalName: "edited"
    }

    function test_addDedupeRemove() {
        const input = createTemporaryObject(inputComponent, testCase);
        spy.target = input;
        spy.clear();
        verify(input.addTag("Interview"));
        verify(input.addTag("  #northwind  "));
        compare(input.tags, ["Interview", "northwind"]);
        verify(!input.addTag("interview"), "duplicates ignoring case are refused");
        verify(!input.addTag("   "), "blank tags are refused");
        compare(input.tags.length, 2);
        verify(input.addTag("feedback, sql,  feedback"));
        compare(input.tags, ["Interview", "northwind", "feedback", "sql"]);
        input.removeTag("northwind");
        compare(input.tags, ["Interview", "feedback", "sql"]);
        compare(spy.count, 4);
    }

    function test_typingAddsOnEnterAndComma() {
        const input = createTemporaryObject(inputComponent, testCase);
        input.field.forceActiveFocus();
        keyClick(Qt.Key_W);
        keyClick(Qt.Key_I);
        keyClick(Qt.Key_N);
        keyClick(Qt.Key_Return);
        compare(input.tags, ["win"]);
        compare(input.field.text, "");
        keyClick(Qt.Key_O);
        keyClick(Qt.Key_K);
        keyClick(Qt.Key_Comma);
        compare(input.tags, ["win", "ok"]);
        keyClick(Qt.Key_Backspace);
        compare(input.tags, ["win"], "Backspace in an empty field removes the last tag");
    }

    function test_longTagsAreCapped() {
        const input = createTemporaryObject(inputComponent, testCase);
        input.addTag("x".repeat(Theme.tagMaxLength + 10));
        compare(input.tags[0].length, Theme.tagMaxLength);
    }
}
