import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "SearchMoodRange"
    when: windowShown
    width: 400
    height: 200

    Component {
        id: selectorComponent

        MoodRangeSelector {
            width: 360
        }
    }

    SignalSpy {
        id: spy

        signalName: "rangeEdited"
    }

    function test_defaultsToAnyMood() {
        const selector = createTemporaryObject(selectorComponent, testCase);
        compare(selector.low, 1);
        compare(selector.high, 5);
        verify(selector.isAny);
        compare(selector.summary, "Any mood");
        compare(selector.Accessible.name, "Mood range: Any mood");
    }

    function test_setRangeClampsAndOrders() {
        const selector = createTemporaryObject(selectorComponent, testCase);
        selector.setRange(4, 2);
        compare(selector.low, 2);
        compare(selector.high, 4);
        verify(!selector.isAny);
        compare(selector.summary, "Low to Good");
        selector.setRange(0, 9);
        compare(selector.low, 1);
        compare(selector.high, 5);
        selector.setRange(3, 3);
        compare(selector.summary, "Only Okay");
        selector.reset();
        verify(selector.isAny);
    }

    function test_keyboardMovesAnEnd() {
        const selector = createTemporaryObject(selectorComponent, testCase);
        spy.target = selector;
        spy.clear();
        let slider = null;
        for (let i = 0; i < selector.children.length; ++i)
            if (selector.children[i].first !== undefined)
                slider = selector.children[i];
        verify(slider);
        slider.forceActiveFocus();
        slider.first.handle.forceActiveFocus();
        keyClick(Qt.Key_Right);
        compare(selector.low, 2);
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 2);
        compare(spy.signalArguments[0][1], 5);
    }
}
