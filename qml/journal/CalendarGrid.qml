pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A month as a 7-column grid: weekday header, blank cells before the 1st
// (from firstWeekday and the locale's weekStart, both 1 = Monday … 7), then
// one CalendarDayCell per day. Plain data in, dayPicked(day) out.
ColumnLayout {
    id: root

    property var days: []           // [{day, mood, checkIns, entries, today}]
    property int firstWeekday: 1    // weekday of the 1st
    property int weekStart: 1       // first column's weekday
    property var weekdayNames: []   // in column order
    property int selectedDay: 0     // 0 = none
    property string monthName       // for accessible names ("12 November")
    property int lastPickableDay: 31 // days after it are in the future

    readonly property int columns: 7
    readonly property int leadingBlanks: ((firstWeekday - weekStart) % columns + columns) % columns
    readonly property int cellCount: leadingBlanks + days.length
    readonly property int rows: Math.ceil(cellCount / columns)
    readonly property real cellWidth: width / columns
    readonly property real cellHeight: Math.max(Theme.calendarCellMinHeight, Math.min(Theme.calendarCellMaxHeight, cellWidth))

    signal dayPicked(int day)

    // The day data shown in grid cell `index` (null for a leading blank).
    function dayAt(index: int): var {
        const i = index - leadingBlanks;
        return i >= 0 && i < days.length ? days[i] : null;
    }

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Month calendar")

    Row {
        Layout.fillWidth: true

        Repeater {
            model: root.weekdayNames

            Label {
                required property string modelData

                width: root.cellWidth
                text: modelData
                horizontalAlignment: Text.AlignHCenter
                font.pixelSize: Theme.fontCaption
                font.weight: Theme.weightBold
                color: Theme.textSecondary
                Accessible.role: Accessible.ColumnHeader
                Accessible.name: modelData
            }
        }
    }

    Grid {
        id: grid

        Layout.fillWidth: true
        columns: root.columns

        Repeater {
            id: cells

            model: root.cellCount

            Item {
                id: slot

                required property int index
                readonly property var info: root.dayAt(index)

                width: root.cellWidth
                height: root.cellHeight

                CalendarDayCell {
                    anchors.fill: parent
                    anchors.margins: Theme.spacingXxs
                    visible: slot.info !== null
                    dayNumber: slot.info ? slot.info.day : 0
                    mood: slot.info ? slot.info.mood : 0
                    checkIns: slot.info ? slot.info.checkIns : 0
                    entries: slot.info ? slot.info.entries : 0
                    isToday: slot.info ? slot.info.today === true : false
                    selected: slot.info !== null && slot.info.day === root.selectedDay
                    future: slot.info !== null && slot.info.day > root.lastPickableDay
                    dateText: qsTr("%1 %2").arg(dayNumber).arg(root.monthName)
                    onClicked: root.dayPicked(dayNumber)
                }
            }
        }
    }
}
