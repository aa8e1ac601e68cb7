pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The month calendar: each day coloured by its mood, a legend, and the
// entries of the day you tap (through the search model's date filter).
ScrollPage {
    id: view

    required property CalendarController calendar
    required property JournalSearchModel search
    property string selectedEntryId

    property int selectedDay: 0
    readonly property var selectedDate: selectedDay > 0 ? new Date(calendar.year, calendar.month - 1, selectedDay, Dates.noonHour) : null
    readonly property int todayIndex: indexOfToday(calendar.days)

    signal openEntry(string id)

    function indexOfToday(days): int {
        for (let i = 0; i < days.length; ++i) {
            if (days[i].today === true)
                return i;
        }
        return -1;
    }

    // Shows entries of `day` (1..31) in the current month below the grid.
    function selectDay(day: int) {
        selectedDay = day;
        const date = new Date(calendar.year, calendar.month - 1, day, Dates.noonHour);
        search.clear();
        search.from = date;
        search.to = date;
        search.refresh();
    }

    // Current month with today selected.
    function showToday() {
        calendar.showToday();
        if (todayIndex >= 0)
            selectDay(calendar.days[todayIndex].day);
    }

    function changeMonth(forward: bool) {
        selectedDay = 0;
        search.clear();
        if (forward)
            calendar.nextMonth();
        else
            calendar.previousMonth();
    }

    topMargin: Theme.spacingM
    spacing: Theme.spacingM

    Card {
        Layout.fillWidth: true
        padding: Theme.spacingM
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            IconButton {
                iconName: "chevron-left"
                label: qsTr("Previous month")
                onClicked: view.changeMonth(false)
            }

            Label {
                Layout.fillWidth: true
                text: view.calendar.title
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            IconButton {
                iconName: "chevron-right"
                label: qsTr("Next month")
                enabled: view.calendar.canGoForward
                onClicked: view.changeMonth(true)
            }
        }

        CalendarGrid {
            Layout.fillWidth: true
            days: view.calendar.days
            firstWeekday: view.calendar.firstWeekday
            weekStart: view.calendar.weekStart
            weekdayNames: view.calendar.weekdayNames()
            selectedDay: view.selectedDay
            monthName: Qt.locale().monthName(view.calendar.month - 1, Locale.LongFormat)
            lastPickableDay: view.todayIndex >= 0 ? view.calendar.days[view.todayIndex].day : view.calendar.days.length
            onDayPicked: day => view.selectDay(day)
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs

            MoodLegend {
                Layout.fillWidth: true
            }

            Button {
                visible: view.todayIndex < 0
                flat: true
                text: qsTr("This month")
                Accessible.name: qsTr("Back to this month")
                onClicked: view.showToday()
            }
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        visible: view.selectedDay > 0
        text: view.selectedDate ? Dates.relativeDay(view.selectedDate) === Dates.longDate(view.selectedDate) ? Dates.longDate(view.selectedDate) : qsTr("%1 · %2").arg(Dates.relativeDay(view.selectedDate)).arg(Dates.longDate(view.selectedDate)) : ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightBold
        color: Theme.textSecondary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Repeater {
        model: view.selectedDay > 0 ? view.search : null

        SearchResultCard {
            Layout.fillWidth: true
            selected: entryId === view.selectedEntryId
            onClicked: view.openEntry(entryId)
        }
    }

    Label {
        Layout.fillWidth: true
        visible: view.selectedDay > 0 && view.search.count === 0
        text: qsTr("No journal entries on this day.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        font.italic: true
        color: Theme.textSecondary
    }

    Label {
        Layout.fillWidth: true
        visible: view.selectedDay === 0
        text: qsTr("Tap a day to see its entries.")
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }
}
