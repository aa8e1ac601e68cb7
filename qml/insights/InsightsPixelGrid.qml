pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Rebound.Ui

// A year in pixels: a square per day coloured by the day's mood. Upright
// (months as columns, days 1–31 as rows) on a phone; transposed (months as
// rows) when `transposed`, for wide windows. Tap or hover a day for its mood.
// levels: 0..5 per day of the year (index = day of year - 1).
Item {
    id: grid

    required property int year
    required property var levels
    property bool transposed: false
    property string summary
    property int selectedDay: -1 // day of year - 1

    readonly property int months: Theme.monthsPerYear
    readonly property int days: Theme.maxDaysPerMonth
    readonly property int columns: transposed ? days : months
    readonly property int rows: transposed ? months : days
    readonly property real labelWidth: transposed ? Theme.barLabelWidth / 2 : Theme.pixelLabelWidth
    readonly property real labelHeight: Theme.chartAxisHeight
    readonly property real cell: Math.max(Theme.pixelCellMin, Math.min(transposed ? Theme.pixelCellMaxWide : Theme.pixelCellMax, Math.floor((width - labelWidth) / columns) - Theme.pixelGap))
    readonly property real pitch: cell + Theme.pixelGap
    // The grid is centred in the width it is given.
    readonly property real originX: Math.max(0, Math.floor((width - labelWidth - columns * pitch) / 2))
    readonly property string readoutText: selectedDay >= 0 ? describe(selectedDay) : ""

    function dateOf(index: int): var {
        return new Date(year, 0, 1 + index, Dates.noonHour);
    }
    function dayIndex(month: int, day: int): int {
        const d = new Date(year, month, day, Dates.noonHour);
        if (d.getMonth() !== month)
            return -1; // 30 February and friends
        return Math.round((d.getTime() - new Date(year, 0, 1, Dates.noonHour).getTime()) / Dates.msPerDay);
    }
    function describe(index: int): string {
        const level = index < levels.length ? levels[index] : 0;
        return qsTr("%1: %2").arg(dateOf(index).toLocaleDateString(Qt.locale(), "ddd d MMM yyyy")).arg(Moods.label(level));
    }

    implicitWidth: labelWidth + columns * ((transposed ? Theme.pixelCellMaxWide : Theme.pixelCellMax) + Theme.pixelGap)
    implicitHeight: labelHeight + rows * pitch + Theme.spacingXs
    activeFocusOnTab: true

    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Year in pixels, %1").arg(year)
    Accessible.description: summary

    // Arrow keys follow the layout: along a row and from row to row.
    function stepDay(delta: int) {
        selectedDay = Math.max(0, Math.min(levels.length - 1, selectedDay + delta));
    }
    function stepMonth(delta: int) {
        const from = dateOf(Math.max(0, selectedDay));
        const month = from.getMonth() + delta;
        if (month < 0 || month >= months)
            return;
        const lastDay = new Date(year, month + 1, 0, Dates.noonHour).getDate();
        selectedDay = dayIndex(month, Math.min(from.getDate(), lastDay));
    }

    Keys.onLeftPressed: transposed ? stepDay(-1) : stepMonth(-1)
    Keys.onRightPressed: transposed ? stepDay(1) : stepMonth(1)
    Keys.onUpPressed: transposed ? stepMonth(-1) : stepDay(-1)
    Keys.onDownPressed: transposed ? stepMonth(1) : stepDay(1)
    Keys.onEscapePressed: selectedDay = -1

    // Month initials.
    Repeater {
        model: grid.months

        Label {
            required property int index

            x: grid.originX + (grid.transposed ? 0 : grid.labelWidth + index * grid.pitch + (grid.cell - width) / 2)
            y: grid.transposed ? grid.labelHeight + index * grid.pitch + (grid.cell - height) / 2 : 0
            text: grid.transposed ? Qt.locale().standaloneMonthName(index, Locale.ShortFormat) : Qt.locale().standaloneMonthName(index, Locale.NarrowFormat)
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            Accessible.ignored: true
        }
    }

    // Some day numbers: 1, 10, 20, 31.
    Repeater {
        model: [1, 10, 20, 31]

        Label {
            required property int modelData

            x: grid.originX + (grid.transposed ? grid.labelWidth + (modelData - 1) * grid.pitch + (grid.cell - width) / 2 : grid.labelWidth - width - Theme.spacingXs)
            y: grid.transposed ? 0 : grid.labelHeight + (modelData - 1) * grid.pitch + (grid.cell - height) / 2
            text: String(modelData)
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
            Accessible.ignored: true
        }
    }

    Repeater {
        model: grid.months * grid.days

        Rectangle {
            required property int index
            readonly property int month: Math.floor(index / grid.days)
            readonly property int day: index % grid.days + 1
            readonly property int dayOfYear: grid.dayIndex(month, day)
            readonly property int level: dayOfYear >= 0 && dayOfYear < grid.levels.length ? grid.levels[dayOfYear] : 0
            readonly property bool selected: dayOfYear >= 0 && dayOfYear === grid.selectedDay

            visible: dayOfYear >= 0
            x: grid.originX + grid.labelWidth + (grid.transposed ? day - 1 : month) * grid.pitch
            y: grid.labelHeight + (grid.transposed ? month : day - 1) * grid.pitch
            width: grid.cell
            height: grid.cell
            radius: Math.min(Theme.spacingXs, grid.cell / 4)
            color: level > 0 ? Theme.moodColor(level) : Theme.surfaceRaised
            border.width: selected ? Theme.focusRing : 0
            border.color: Theme.textPrimary
        }
    }

    MouseArea {
        anchors.fill: parent
        hoverEnabled: true

        function pick(x: real, y: real): int {
            const col = Math.floor((x - grid.originX - grid.labelWidth) / grid.pitch);
            const row = Math.floor((y - grid.labelHeight) / grid.pitch);
            if (col < 0 || row < 0 || col >= grid.columns || row >= grid.rows)
                return -1;
            return grid.transposed ? grid.dayIndex(row, col + 1) : grid.dayIndex(col, row + 1);
        }

        onPositionChanged: mouse => grid.selectedDay = pick(mouse.x, mouse.y)
        onPressed: mouse => {
            grid.forceActiveFocus();
            grid.selectedDay = pick(mouse.x, mouse.y);
        }
        onExited: {
            if (!grid.activeFocus)
                grid.selectedDay = -1;
        }
    }
}
