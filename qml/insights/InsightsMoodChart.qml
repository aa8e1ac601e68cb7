pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import QtQuick.Controls
import Rebound.Ui

// The mood trend: one dot per day with a mood (coloured by mood), the moving
// average as a line, mood levels on the left and dates along the bottom.
// Hover, tap or the arrow keys pick a day and show it in the readout.
// points: [{date, mood, level, average}] oldest first (one per day).
Item {
    id: chart

    required property var points
    property int window: 7
    property string summary
    property int selectedIndex: -1

    readonly property int count: points.length
    readonly property real plotX: Theme.chartAxisWidth
    readonly property real plotY: Theme.spacingS
    readonly property real plotWidth: Math.max(1, width - plotX - Theme.spacingS)
    readonly property real plotHeight: Math.max(1, height - plotY - Theme.chartAxisHeight)
    readonly property real dotSize: count > Theme.chartDenseDays ? Theme.chartDotSizeSmall : Theme.chartDotSize
    readonly property string readoutText: selectedIndex >= 0 && selectedIndex < count ? describe(points[selectedIndex]) : ""

    function xAt(i: int): real {
        return plotX + (count <= 1 ? plotWidth / 2 : i * plotWidth / (count - 1));
    }
    function yAt(mood: real): real {
        return plotY + plotHeight * (Moods.count - mood) / (Moods.count - 1);
    }
    function indexAt(x: real): int {
        if (count === 0)
            return -1;
        if (count === 1)
            return 0;
        return Math.max(0, Math.min(count - 1, Math.round((x - plotX) * (count - 1) / plotWidth)));
    }
    function dayText(day: string): string {
        return Dates.fromDayKey(day).toLocaleDateString(Qt.locale(), "ddd d MMM yyyy");
    }
    function describe(p: var): string {
        const day = dayText(p.date);
        if (p.mood <= 0)
            return p.average > 0 ? qsTr("%1: no check-in, average %2").arg(day).arg(p.average.toFixed(1)) : qsTr("%1: no check-in").arg(day);
        return qsTr("%1: %2 (%3), average %4").arg(day).arg(Moods.label(p.level)).arg(p.mood.toFixed(1)).arg(p.average.toFixed(1));
    }
    // The moving average as line segments, broken where it has no value.
    function averageSegments(): var {
        const segments = [];
        let current = [];
        for (let i = 0; i < count; ++i) {
            const a = points[i].average;
            if (a > 0) {
                current.push(Qt.point(xAt(i), yAt(a)));
            } else if (current.length > 0) {
                segments.push(current);
                current = [];
            }
        }
        if (current.length > 0)
            segments.push(current);
        return segments;
    }

    implicitHeight: Theme.chartHeight
    activeFocusOnTab: true

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Mood trend")
    Accessible.description: summary

    Keys.onLeftPressed: selectedIndex = selectedIndex < 0 ? count - 1 : Math.max(0, selectedIndex - 1)
    Keys.onRightPressed: selectedIndex = selectedIndex < 0 ? count - 1 : Math.min(count - 1, selectedIndex + 1)
    Keys.onEscapePressed: selectedIndex = -1

    // Mood levels: grid lines and labels.
    Repeater {
        model: Moods.count

        Item {
            id: level

            required property int index
            readonly property int mood: Moods.count - index

            Rectangle {
                x: chart.plotX
                y: chart.yAt(level.mood)
                width: chart.plotWidth
                height: Theme.hairline
                color: Theme.chartGrid
            }

            Icon {
                x: (chart.plotX - width) / 2 - Theme.spacingXxs
                y: chart.yAt(level.mood) - height / 2
                name: Moods.iconName(level.mood)
                size: Theme.chipIconSize
                color: Theme.moodColor(level.mood)
            }
        }
    }

    // Dates along the bottom: first, middle and last day.
    Repeater {
        model: chart.count > 1 ? [0, Math.floor((chart.count - 1) / 2), chart.count - 1] : (chart.count === 1 ? [0] : [])

        Label {
            required property int modelData
            required property int index

            x: Math.max(0, Math.min(chart.width - width, chart.xAt(modelData) - (index === 0 ? 0 : index === 2 ? width : width / 2)))
            y: chart.plotY + chart.plotHeight + Theme.spacingXs
            text: modelData < chart.points.length ? Dates.fromDayKey(chart.points[modelData].date).toLocaleDateString(Qt.locale(), chart.count > Theme.chartDenseDays ? "MMM yyyy" : "d MMM") : ""
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            Accessible.ignored: true
        }
    }

    // The selected day's guide line.
    Rectangle {
        visible: chart.selectedIndex >= 0 && chart.selectedIndex < chart.count
        x: chart.selectedIndex >= 0 ? chart.xAt(chart.selectedIndex) : 0
        y: chart.plotY
        width: Theme.hairline
        height: chart.plotHeight
        color: Theme.outlineStrong
    }

    // Daily moods.
    Repeater {
        model: chart.points

        Rectangle {
            required property var modelData
            required property int index
            readonly property bool selected: index === chart.selectedIndex
            readonly property real size: selected ? Theme.chartDotSizeSelected : chart.dotSize

            visible: modelData.mood > 0
            x: chart.xAt(index) - size / 2
            y: chart.yAt(Math.max(1, modelData.mood)) - size / 2
            width: size
            height: size
            radius: size / 2
            color: Theme.moodColor(modelData.level)
            opacity: selected || chart.count <= Theme.chartDenseDays ? 1 : Theme.chartDenseDotOpacity
        }
    }

    // The moving average.
    Shape {
        anchors.fill: parent
        layer.enabled: true
        layer.samples: 4
        layer.smooth: true

        ShapePath {
            strokeColor: Theme.chartAverage
            strokeWidth: Theme.chartLineWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin

            PathMultiline {
                paths: chart.width > 0 ? chart.averageSegments() : []
            }
        }
    }

    MouseArea {
        anchors.fill: parent
        hoverEnabled: true
        onPositionChanged: mouse => chart.selectedIndex = chart.indexAt(mouse.x)
        onPressed: mouse => {
            chart.forceActiveFocus();
            chart.selectedIndex = chart.indexAt(mouse.x);
        }
        onExited: {
            if (!chart.activeFocus)
                chart.selectedIndex = -1;
        }
    }

    InsightsReadout {
        objectName: "readout"
        text: chart.readoutText
        x: chart.selectedIndex >= 0 ? Math.max(0, Math.min(chart.width - width, chart.xAt(chart.selectedIndex) - width / 2)) : 0
        y: 0
    }
}
