import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "Components"
    when: windowShown
    width: 400
    height: 400

    Component {
        id: iconComponent

        Icon {}
    }

    Component {
        id: meterComponent

        StrengthMeter {
            width: 300
        }
    }

    Component {
        id: emptyComponent

        EmptyState {
            width: 300
            iconName: "jobs"
            title: "Title"
            body: "Body"
        }
    }

    function test_iconKnowsItsNames() {
        const icon = createTemporaryObject(iconComponent, testCase);
        for (const name of ["today", "journal", "jobs", "people", "goals", "settings", "lock", "eye", "eye-off", "plus", "edit", "trash", "check", "back", "calendar", "mood-1", "mood-5"]) {
            icon.name = name;
            verify(icon.pathData.length > 0, name);
        }
        icon.name = "unknown";
        compare(icon.pathData, "");
        icon.size = 48;
        compare(icon.implicitWidth, 48);
    }

    function test_strengthMeterAccessibleName() {
        const meter = createTemporaryObject(meterComponent, testCase, {
            "score": 3,
            "label": "Strong",
            "hint": ""
        });
        compare(meter.Accessible.name, "Passphrase strength: Strong");
        meter.empty = true;
        compare(meter.Accessible.name, "Passphrase strength");
    }

    function test_emptyState() {
        const state = createTemporaryObject(emptyComponent, testCase);
        verify(state.implicitHeight > 0);
        compare(state.Accessible.name, "Title");
    }

    function test_datesHelpers() {
        const d = Dates.fromDayKey("2026-11-22");
        compare(d.getFullYear(), 2026);
        compare(d.getMonth(), 10);
        compare(d.getDate(), 22);
        compare(Dates.dayKey(d), "2026-11-22");
        compare(Dates.dayKey(Dates.addDays(d, 10)), "2026-12-02");
        compare(Dates.daysAgo(Dates.today()), 0);
        compare(Dates.relativeDay(Dates.addDays(Dates.today(), -1)), "Yesterday");
        compare(Dates.greeting(8), "Good morning");
        compare(Dates.greeting(14), "Good afternoon");
        compare(Dates.greeting(20), "Good evening");
        verify(Dates.shortTime(new Date(2026, 0, 1, 9, 5, 7)).indexOf("07") < 0);
    }
}
