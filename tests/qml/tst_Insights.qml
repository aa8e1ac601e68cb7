import QtQuick
import QtTest
import Rebound.Ui

// The Insights chart components on constructed data: they draw, the readout
// follows a tap (and the keyboard), and each has an honest empty state.
TestCase {
    id: testCase

    name: "Insights"
    visible: true
    when: windowShown
    width: 420
    height: 900

    function days(count: int): var {
        // count days ending 2026-11-20, mood 1..5 cycling, none on every fourth day
        const out = [];
        for (let i = 0; i < count; ++i) {
            const d = new Date(2026, 10, 20 - (count - 1 - i), 12);
            const key = Qt.formatDate(d, "yyyy-MM-dd");
            const mood = i % 4 === 3 ? 0 : i % 5 + 1;
            out.push({
                "date": key,
                "mood": mood,
                "level": mood,
                "average": 3
            });
        }
        return out;
    }

    function trend(count: int, withMood: int): var {
        return {
            "days": count,
            "window": 3,
            "points": days(count),
            "daysWithMood": withMood,
            "mean": 3.2,
            "firstAverage": 3,
            "lastAverage": 3,
            "summary": "Average mood 3.2 over the last " + count + " days"
        };
    }

    Component {
        id: chartComponent

        InsightsMoodChart {
            width: 360
            height: 180
            points: []
        }
    }

    Component {
        id: moodCardComponent

        InsightsMoodCard {
            width: 380
            trends: []
        }
    }

    Component {
        id: gridComponent

        InsightsPixelGrid {
            width: 380
            year: 2026
            levels: []
        }
    }

    Component {
        id: streakComponent

        InsightsStreakCard {
            width: 380
            effort: ({})
        }
    }

    Component {
        id: goalsComponent

        InsightsGoalsCard {
            width: 380
            goals: []
        }
    }

    Component {
        id: funnelComponent

        InsightsFunnelCard {
            width: 380
            funnel: ({})
        }
    }

    Component {
        id: resilienceComponent

        InsightsResilienceCard {
            width: 380
            resilience: ({})
        }
    }

    Component {
        id: winsComponent

        InsightsWinsCard {
            width: 380
            wins: ({})
        }
    }

    Component {
        id: rememberComponent

        InsightsRememberCard {
            width: 380
            wins: []
        }
    }

    SignalSpy {
        id: spy
    }

    function test_moodChartReadoutFollowsTapAndKeys() {
        const chart = createTemporaryObject(chartComponent, testCase, {
            "points": days(7),
            "summary": "Average mood 3.0"
        });
        verify(chart);
        compare(chart.count, 7);
        compare(chart.Accessible.description, "Average mood 3.0");
        compare(chart.readoutText, "");
        const readout = findChild(chart, "readout");
        verify(!readout.visible);
        // Day 0 (14 Nov) has mood 1: "Awful".
        mouseClick(chart, chart.xAt(0), chart.height / 2);
        compare(chart.selectedIndex, 0);
        verify(chart.readoutText.indexOf("Awful") > 0, chart.readoutText);
        verify(chart.readoutText.indexOf("14 Nov 2026") > 0, chart.readoutText);
        verify(readout.visible);
        // Day 3 has no check-in.
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        keyClick(Qt.Key_Right);
        compare(chart.selectedIndex, 3);
        verify(chart.readoutText.indexOf("no check-in") > 0, chart.readoutText);
        keyClick(Qt.Key_Escape);
        compare(chart.readoutText, "");
        // The moving average is split into segments only where it has no value.
        compare(chart.averageSegments().length, 1);
        const gappy = days(7);
        gappy[2].average = 0;
        chart.points = gappy;
        compare(chart.averageSegments().length, 2);
    }

    function test_moodCardSwitchesRangeAndShowsEmptyState() {
        const card = createTemporaryObject(moodCardComponent, testCase, {
            "trends": [trend(7, 5), trend(30, 20), trend(365, 0)]
        });
        verify(card);
        compare(card.rangeIndex, 1);
        compare(card.Accessible.description, "Average mood 3.2 over the last 30 days");
        const chart = findChild(card, "moodChart");
        compare(chart.count, 30);
        verify(chart.visible);
        verify(!findChild(card, "moodEmpty").visible);
        card.rangeIndex = 0;
        compare(chart.count, 7);
        card.rangeIndex = 2;
        verify(card.empty);
        verify(!chart.visible);
        verify(findChild(card, "moodEmpty").visible);
    }

    function test_pixelGridReadoutAndShape() {
        const levels = [];
        for (let i = 0; i < 365; ++i)
            levels.push(i === 4 ? 4 : 0);
        const grid = createTemporaryObject(gridComponent, testCase, {
            "levels": levels,
            "summary": "2026: a mood on 1 day"
        });
        verify(grid);
        compare(grid.Accessible.description, "2026: a mood on 1 day");
        compare(grid.dayIndex(0, 5), 4);
        compare(grid.dayIndex(1, 29), -1); // no 29 February in 2026
        compare(grid.dayIndex(11, 31), 364);
        // Upright: January is the first column, the 5th the fifth row.
        mouseClick(grid, grid.originX + grid.labelWidth + grid.cell / 2, grid.labelHeight + 4 * grid.pitch + grid.cell / 2);
        compare(grid.selectedDay, 4);
        verify(grid.readoutText.indexOf("Good") > 0, grid.readoutText);
        verify(grid.readoutText.indexOf("5 Jan 2026") > 0, grid.readoutText);
        // Keys follow the layout: upright, Right is the next month, Down the next day.
        grid.forceActiveFocus();
        keyClick(Qt.Key_Right);
        compare(grid.selectedDay, 35); // 5 Feb
        keyClick(Qt.Key_Down);
        compare(grid.selectedDay, 36);
        grid.selectedDay = 30; // 31 Jan: February has 28 days
        keyClick(Qt.Key_Right);
        compare(grid.selectedDay, 58);
        keyClick(Qt.Key_Left);
        keyClick(Qt.Key_Left);
        compare(grid.selectedDay, 27); // no month before January: stays on 28 Jan
        grid.selectedDay = 4;
        const uprightHeight = grid.implicitHeight;
        grid.transposed = true;
        verify(grid.implicitHeight < uprightHeight);
        // Transposed: months are rows; the 5th of January is row 0, column 4.
        mouseClick(grid, grid.originX + grid.labelWidth + 4 * grid.pitch + grid.cell / 2, grid.labelHeight + grid.cell / 2);
        compare(grid.selectedDay, 4);
        mouseClick(grid, grid.originX + grid.labelWidth + 6 * grid.pitch + grid.cell / 2, grid.labelHeight + grid.cell / 2);
        verify(grid.readoutText.indexOf("No mood") > 0, grid.readoutText);
    }

    function test_streakCardStripReadout() {
        const recent = [];
        for (let i = 0; i < 28; ++i)
            recent.push({
                "date": Qt.formatDate(new Date(2026, 10, 20 - 27 + i, 12), "yyyy-MM-dd"),
                "total": i === 27 ? 2 : 0,
                "rest": i === 26,
                "counts": i === 27 ? [1, 1, 0, 0, 0, 0] : [0, 0, 0, 0, 0, 0]
            });
        const kinds = ["Applications", "Outreach", "Practice", "Learning", "Journaling", "Other effort"].map((label, k) => ({
                    "key": label.toLowerCase(),
                    "label": label,
                    "last7": k,
                    "last30": k * 2
                }));
        const card = createTemporaryObject(streakComponent, testCase, {
            "effort": {
                "current": 4,
                "best": 9,
                "todayDone": true,
                "activeDays30": 12,
                "restDays30": 3,
                "kinds": kinds,
                "recent": recent,
                "summary": "Current effort streak: 4 days"
            }
        });
        verify(card);
        compare(findChild(card, "currentStreak").text, "4");
        compare(findChild(card, "bestStreak").text, "9");
        compare(card.Accessible.description, "Current effort streak: 4 days");
        const strip = findChild(card, "streakStrip");
        verify(strip.width > 0);
        mouseClick(strip, strip.width - 1, strip.height / 2);
        compare(card.selectedIndex, 27);
        const readout = findChild(card, "streakReadout");
        compare(readout.text, "Fri 20 Nov: Applications 1, Outreach 1");
        mouseClick(strip, strip.width - strip.pitch - 1, strip.height / 2);
        compare(readout.text, "Thu 19 Nov: rest day");
        mouseClick(strip, 1, strip.height / 2);
        compare(readout.text, "Sat 24 Oct: no effort logged");
        compare(card.peakKind, 5);
        card.period = 30;
        compare(card.peakKind, 10);
    }

    function test_goalsCardEmptyStatePointsToGoals() {
        const card = createTemporaryObject(goalsComponent, testCase);
        verify(card);
        verify(findChild(card, "goalsEmpty").visible);
        const button = findChild(card, "openGoals");
        verify(button.visible);
        spy.target = card;
        spy.signalName = "openGoals";
        spy.clear();
        mouseClick(button);
        compare(spy.count, 1);
        const weeks = [];
        for (let i = 0; i < 8; ++i)
            weeks.push({
                "weekStart": Qt.formatDate(new Date(2026, 8, 28 + 7 * i, 12), "yyyy-MM-dd"),
                "count": i,
                "met": i >= 3
            });
        card.goals = [{
                "id": "g1",
                "title": "Send applications",
                "metricLabel": "Applications",
                "target": 3,
                "thisWeek": 7,
                "weeksMet": 5,
                "weeks": weeks,
                "summary": "Send applications: 7 of 3 this week"
            }];
        verify(!findChild(card, "goalsEmpty").visible);
        verify(!button.visible);
        compare(card.Accessible.description, "Send applications: 7 of 3 this week");
        const bars = findChild(card, "goalBars");
        verify(bars.width > 0);
        mouseClick(bars, bars.width - 1, bars.height - 1);
        compare(findChild(card, "goalReadout").text, "Week of 16 Nov: 7 of 3");
    }

    function test_funnelCardMonthsAndEmptyState() {
        const card = createTemporaryObject(funnelComponent, testCase);
        verify(card.empty);
        verify(findChild(card, "funnelEmpty").visible);
        const row = (label, month, reached) => ({
                    "month": month,
                    "label": label,
                    "shortLabel": label.slice(0, 3),
                    "reached": reached,
                    "conversion": reached.map((r, i) => i === 0 || reached[i - 1] === 0 ? -1 : r / reached[i - 1]),
                    "total": reached[0]
                });
        const months = [];
        for (let m = 0; m < 12; ++m)
            months.push(row("M" + m, "2026-" + (m < 9 ? "0" : "") + (m + 1) + "-01", m === 10 ? [4, 2, 1, 0, 0] : [0, 0, 0, 0, 0]));
        card.funnel = {
            "steps": ["applied", "screening", "interview", "final", "offer"].map(k => ({
                        "key": k,
                        "label": k
                    })),
            "allTime": row("All time", "", [10, 5, 2, 1, 1]),
            "months": months,
            "summary": "Pipeline, all time"
        };
        verify(!card.empty);
        verify(!findChild(card, "funnelEmpty").visible);
        compare(card.row.total, 10);
        compare(card.percent(card.row.conversion[1]), "50%");
        const bars = findChild(card, "monthBars");
        mouseClick(bars, bars.pitch * 10 + bars.pitch / 2, bars.height / 2);
        compare(card.monthIndex, 10);
        compare(card.row.total, 4);
        mouseClick(findChild(card, "allTime"));
        compare(card.monthIndex, -1);
    }

    function test_resilienceCardThinDataAndReadout() {
        const card = createTemporaryObject(resilienceComponent, testCase);
        verify(findChild(card, "resilienceEmpty").visible);
        card.resilience = {
            "rejections": [{
                    "company": "Acme",
                    "role": "Analyst",
                    "rejectedOn": "2026-10-02",
                    "baseline": 3.5,
                    "days": 6,
                    "status": "recovered",
                    "statusLabel": "Back to baseline"
                }, {
                    "company": "Beta",
                    "role": "Lead",
                    "rejectedOn": "2026-11-10",
                    "baseline": 3,
                    "days": -1,
                    "status": "no_mood_after",
                    "statusLabel": "No mood logged since"
                }],
            "recoveredCount": 1,
            "meanDays": 6,
            "hasTrend": false,
            "trendText": "Too few recoveries yet to see a trend.",
            "efforts": [],
            "maxDays": 6,
            "summary": "2 rejections"
        };
        verify(!findChild(card, "resilienceEmpty").visible);
        verify(findChild(card, "thinData").visible);
        compare(findChild(card, "trendText").text, "Too few recoveries yet to see a trend.");
        compare(findChild(card, "meanDays").text, "6.0");
        const readout = findChild(card, "resilienceReadout");
        verify(!readout.visible);
        card.selectedIndex = 1;
        compare(readout.text, "Beta, 10 Nov 2026: No mood logged since");
        card.selectedIndex = 0;
        compare(readout.text, "Acme, 2 Oct 2026: back to your usual mood (3.5) after 6 days");
    }

    function test_winsCardCountsAndEmptyState() {
        const card = createTemporaryObject(winsComponent, testCase);
        verify(findChild(card, "winsEmpty").visible);
        card.wins = {
            "total": 7,
            "last30": 2,
            "recent": [{
                    "id": "w1",
                    "date": "2026-11-19",
                    "text": "Finished the course"
                }],
            "lowMood": false,
            "resurfaced": [],
            "summary": "7 small wins in total"
        };
        verify(!findChild(card, "winsEmpty").visible);
        compare(findChild(card, "winsTotal").text, "7");
        compare(findChild(card, "winsLast30").text, "2");
        compare(card.Accessible.description, "7 small wins in total");
    }

    function test_rememberCardShowsPastWinsWithTheirDays() {
        const card = createTemporaryObject(rememberComponent, testCase, {
            "wins": [{
                    "id": "w1",
                    "date": "2026-03-02",
                    "text": "Got to the final round %1"
                }, {
                    "id": "w2",
                    "date": "2025-12-24",
                    "text": "A kind note from a mentor"
                }]
        });
        verify(card);
        const lines = [];
        for (let i = 0; i < card.children[0].children.length; ++i) {
            const item = card.children[0].children[i];
            if (item.text !== undefined && item.text.indexOf("“") === 0)
                lines.push(item.text);
        }
        compare(lines.length, 2);
        // A "%1" in the win's own text is kept as written.
        compare(lines[0], "“Got to the final round %1”, 2 March 2026");
        compare(lines[1], "“A kind note from a mentor”, 24 December 2025");
        compare(card.Accessible.name, "Remember these?");
        compare(card.Accessible.description, "Got to the final round %1. A kind note from a mentor");
    }
}
