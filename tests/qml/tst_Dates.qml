import QtQuick
import QtTest
import Rebound.Ui

// Calendar days must not slip across time zones (run with TZ=America/New_York too).
TestCase {
    name: "Dates"

    function test_qdateArrivesAsUtcMidnight() {
        // What a QDate 2026-11-05 becomes in QML: the start of that day in UTC.
        const fromCpp = new Date(Date.UTC(2026, 10, 5));
        const day = Dates.atNoon(fromCpp);
        compare(day.getDate(), 5);
        compare(day.getMonth(), 10);
        compare(day.getHours(), Dates.noonHour);
        compare(Dates.dayKey(fromCpp), "2026-11-05");
    }

    function test_localDatesKeepTheirDay() {
        const evening = new Date(2026, 10, 5, 23, 30);
        compare(Dates.dayKey(evening), "2026-11-05");
        compare(Dates.dayKey(Dates.fromDayKey("2026-02-28")), "2026-02-28");
        compare(Dates.dayKey(Dates.addDays(Dates.fromDayKey("2026-02-28"), 1)), "2026-03-01");
    }
}
