pragma Singleton
import QtQuick

// Calendar-day helpers. Days travel as local dates pinned to noon so the
// QDate conversion never slips a day across time zones.
QtObject {
    readonly property int noonHour: 12
    readonly property int msPerDay: 86400000

    // "yyyy-MM-dd" → Date at local noon (invalid input → today).
    function fromDayKey(day: string): var {
        const parts = day.split("-");
        if (parts.length !== 3)
            return today();
        return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]), noonHour);
    }

    function dayKey(d): string {
        const pad = n => (n < 10 ? "0" : "") + n;
        const day = atNoon(d);
        return day.getFullYear() + "-" + pad(day.getMonth() + 1) + "-" + pad(day.getDate());
    }

    // A QDate from C++ arrives as the start of its day in UTC, which is the day
    // before in zones west of UTC: read such a value by its UTC calendar day.
    function atNoon(d): var {
        if (d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0 && d.getUTCMilliseconds() === 0)
            return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), noonHour);
        return new Date(d.getFullYear(), d.getMonth(), d.getDate(), noonHour);
    }

    function today(): var {
        return atNoon(new Date());
    }

    function addDays(d, days: int): var {
        const result = atNoon(d);
        result.setDate(result.getDate() + days);
        return result;
    }

    // Whole days from `d` to today (0 = today, 1 = yesterday, negative = future).
    function daysAgo(d): int {
        return Math.round((today().getTime() - atNoon(d).getTime()) / msPerDay);
    }

    function longDate(d): string {
        return atNoon(d).toLocaleDateString(Qt.locale(), Locale.LongFormat);
    }

    // Hours and minutes in the user's locale (some locales' short format has seconds).
    function shortTime(d): string {
        const format = Qt.locale().timeFormat(Locale.ShortFormat).replace(/[:.]ss/, "");
        return d.toLocaleTimeString(Qt.locale(), format);
    }

    // The time an entry was written, but only when written on the day it is
    // about: a back-dated entry's clock time would mislead under that day.
    function entryTime(day: string, createdAt): string {
        return createdAt && dayKey(createdAt) === day ? shortTime(createdAt) : "";
    }

    // "Today", "Yesterday" or the long date.
    function relativeDay(d): string {
        const ago = daysAgo(d);
        if (ago === 0)
            return qsTr("Today");
        if (ago === 1)
            return qsTr("Yesterday");
        return longDate(d);
    }

    function greeting(hour: int): string {
        if (hour >= 5 && hour < 12)
            return qsTr("Good morning");
        if (hour >= 12 && hour < 18)
            return qsTr("Good afternoon");
        if (hour >= 18 && hour < 23)
            return qsTr("Good evening");
        return qsTr("Hello, night owl");
    }
}
