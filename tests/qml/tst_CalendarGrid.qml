import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "CalendarGrid"
    when: windowShown
    width: 420
    height: 520

    Component {
        id: gridComponent

        CalendarGrid {
            width: 392
        }
    }

    Component {
        id: cellComponent

        CalendarDayCell {
            width: 56
            height: 56
        }
    }

    SignalSpy {
        id: spy

        signalName: "dayPicked"
    }

    function makeDays(count, todayDay) {
        const days = [];
        for (let d = 1; d <= count; ++d)
            days.push({
                    "day": d,
                    "mood": d % 6,
                    "checkIns": d % 3,
                    "entries": d % 2,
                    "today": d === todayDay
                });
        return days;
    }

    // Visible day cells, in grid order.
    function dayCells(grid) {
        const cells = [];
        const stack = [grid];
        while (stack.length > 0) {
            const item = stack.shift();
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (child.dateText !== undefined) {
                    if (child.dayNumber > 0)
                        cells.push(child);
                } else {
                    stack.push(child);
                }
            }
        }
        return cells;
    }

    function test_leadingBlanks_data() {
        return [{
                "tag": "Monday 1st, week starts Monday",
                "first": 1,
                "start": 1,
                "blanks": 0
            }, {
                "tag": "Sunday 1st, week starts Monday",
                "first": 7,
                "start": 1,
                "blanks": 6
            }, {
                "tag": "Sunday 1st, week starts Sunday",
                "first": 7,
                "start": 7,
                "blanks": 0
            }, {
                "tag": "Monday 1st, week starts Sunday",
                "first": 1,
                "start": 7,
                "blanks": 1
            }, {
                "tag": "Wednesday 1st, week starts Saturday",
                "first": 3,
                "start": 6,
                "blanks": 4
            }];
    }

    function test_leadingBlanks(data) {
        const grid = createTemporaryObject(gridComponent, testCase, {
                "days": makeDays(30, 0),
                "firstWeekday": data.first,
                "weekStart": data.start
            });
        compare(grid.leadingBlanks, data.blanks);
        compare(grid.dayAt(data.blanks - 1), null);
        compare(grid.dayAt(data.blanks).day, 1);
    }

    function test_monthLengths_data() {
        return [{
                "tag": "February, 28 days",
                "count": 28,
                "first": 1,
                "rows": 4
            }, {
                "tag": "leap February",
                "count": 29,
                "first": 4,
                "rows": 5
            }, {
                "tag": "30 days",
                "count": 30,
                "first": 7,
                "rows": 6
            }, {
                "tag": "31 days",
                "count": 31,
                "first": 6,
                "rows": 6
            }, {
                "tag": "31 days from Monday",
                "count": 31,
                "first": 1,
                "rows": 5
            }];
    }

    function test_monthLengths(data) {
        const grid = createTemporaryObject(gridComponent, testCase, {
                "days": makeDays(data.count, 0),
                "firstWeekday": data.first,
                "weekStart": 1,
                "weekdayNames": ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
            });
        compare(grid.cellCount, grid.leadingBlanks + data.count);
        compare(grid.rows, data.rows);
        const cells = dayCells(grid);
        compare(cells.length, data.count);
        compare(cells[0].dayNumber, 1);
        compare(cells[cells.length - 1].dayNumber, data.count);
        // The 1st sits in the column of its weekday.
        fuzzyCompare(cells[0].parent.x, grid.leadingBlanks * grid.cellWidth, 0.5);
    }

    function test_pickDay() {
        const grid = createTemporaryObject(gridComponent, testCase, {
                "days": makeDays(30, 20),
                "firstWeekday": 3,
                "weekStart": 1,
                "lastPickableDay": 20
            });
        spy.target = grid;
        spy.clear();
        waitForItemPolished(grid);
        const cells = dayCells(grid);
        cells[11].clicked();
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], 12);
        // Days after today cannot be picked.
        verify(!cells[24].enabled);
        verify(cells[19].isToday);
    }

    function test_cellDescribesItselfWithoutColour() {
        const cell = createTemporaryObject(cellComponent, testCase, {
                "dayNumber": 12,
                "mood": 4,
                "checkIns": 2,
                "entries": 1,
                "dateText": "12 November"
            });
        compare(cell.Accessible.name, "12 November, mood good, 2 check-ins, 1 entry");
        cell.mood = 0;
        cell.checkIns = 1;
        cell.entries = 0;
        cell.isToday = true;
        compare(cell.Accessible.name, "12 November, no mood, 1 check-in, today");
    }
}
