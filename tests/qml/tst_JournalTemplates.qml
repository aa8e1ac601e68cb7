import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "JournalTemplates"
    when: windowShown
    width: 420
    height: 700

    readonly property var sample: [{
            "key": "after-rejection",
            "title": "After a rejection",
            "summary": "Let it land.",
            "body": "## What I feel",
            "tags": ["rejection"]
        }, {
            "key": "win-of-the-day",
            "title": "Win of the day",
            "summary": "Every step counts.",
            "body": "## Today's win",
            "tags": ["win"]
        }]

    Component {
        id: listComponent

        TemplateList {
            width: 400
        }
    }

    SignalSpy {
        id: spy

        signalName: "templateChosen"
    }

    function options(list) {
        const result = [];
        for (let i = 0; i < list.children.length; ++i)
            if (list.children[i].Accessible.role === Accessible.Button)
                result.push(list.children[i]);
        return result;
    }

    function test_blankComesFirst() {
        const list = createTemporaryObject(listComponent, testCase, {
                "templates": sample
            });
        const buttons = options(list);
        compare(buttons.length, 3);
        compare(buttons[0].Accessible.name, "Blank entry");
        compare(buttons[1].Accessible.name, "After a rejection");
        compare(buttons[1].Accessible.description, "Let it land.");
    }

    function test_clickEmitsTheTemplate() {
        const list = createTemporaryObject(listComponent, testCase, {
                "templates": sample
            });
        spy.target = list;
        spy.clear();
        waitForItemPolished(list);
        const buttons = options(list);
        buttons[2].clicked();
        compare(spy.count, 1);
        const chosen = spy.signalArguments[0][0];
        compare(chosen.key, "win-of-the-day");
        compare(chosen.body, "## Today's win");
        compare(chosen.tags, ["win"]);
        buttons[0].clicked();
        compare(spy.count, 2);
        compare(spy.signalArguments[1][0].key, "");
        compare(spy.signalArguments[1][0].body, "");
    }
}
