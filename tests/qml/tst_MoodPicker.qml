import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "MoodPicker"
    when: windowShown
    width: 400
    height: 200

    Component {
        id: pickerComponent

        MoodPicker {
            width: 360
        }
    }

    SignalSpy {
        id: spy

        signalName: "moodPicked"
    }

    function findButtons(item) {
        const result = [];
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i];
            if (child.Accessible.role === Accessible.RadioButton)
                result.push(child);
        }
        return result;
    }

    function test_labels() {
        compare(Moods.label(1), "Awful");
        compare(Moods.label(3), "Okay");
        compare(Moods.label(5), "Great");
        compare(Moods.accessibleName(4), "Mood 4 of 5: Good");
        compare(Moods.iconName(2), "mood-2");
        compare(Moods.iconName(0), "mood-0");
    }

    function test_pickAndClear() {
        const picker = createTemporaryObject(pickerComponent, testCase);
        verify(picker);
        spy.target = picker;
        spy.clear();
        waitForItemPolished(picker);
        const buttons = findButtons(picker);
        compare(buttons.length, 5);
        compare(buttons[3].Accessible.name, "Mood 4 of 5: Good");
        verify(buttons[3].width > 0);
        buttons[3].clicked();
        compare(picker.mood, 4);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 4);
        buttons[3].clicked();
        compare(picker.mood, 0);
        picker.allowClear = false;
        buttons[0].clicked();
        buttons[0].clicked();
        compare(picker.mood, 1);
    }
}
