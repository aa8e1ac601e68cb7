// The QML-facing controllers and models added for check-ins, search and the
// calendar, against real vaults (and QAbstractItemModelTester for models).
#include "TestSupport.h"
#include "core/Markdown.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "ui/CalendarController.h"
#include "ui/CatalogController.h"
#include "ui/JournalModel.h"
#include "ui/JournalSearchModel.h"
#include "ui/SettingsController.h"
#include "ui/TodayController.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {
struct Fixture {
    QTemporaryDir tmp;
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, Vault::systemClock()};
    Fixture() { session.open(createVault(session.dir())); }
};

QStringList ids(const QVariantList &items) {
    QStringList out;
    for (const QVariant &v : items)
        out << v.toMap().value(QStringLiteral("id")).toString();
    return out;
}
} // namespace

TEST_CASE("TodayController saves check-ins and wins, with undo and clear errors", "[controllers]") {
    Fixture f;
    TodayController today(f.session);
    CHECK(today.today() == QDate::currentDate());
    CHECK(ids(today.emotions()).contains(QStringLiteral("emotion:disheartened")));
    CHECK(ids(today.efforts()).contains(QStringLiteral("effort:reached-out")));
    CHECK(today.dayMood() == 0);

    QSignalSpy written(&today, &TodayController::dataWritten);
    const QString first = today.saveCheckIn(1, {QStringLiteral("emotion:disappointed")}, {}, QStringLiteral("No from Acme"));
    REQUIRE_FALSE(first.isEmpty());
    CHECK(today.lowMoodDay());
    const QString second = today.saveCheckIn(4, {}, {QStringLiteral("effort:applied")}, QString());
    REQUIRE_FALSE(second.isEmpty());
    CHECK(written.count() == 2);
    REQUIRE(today.checkIns().size() == 2);
    const QVariantMap newest = today.checkIns().constFirst().toMap();
    CHECK(newest.value(QStringLiteral("effortNames")).toStringList() == QStringList{QStringLiteral("applied")});
    CHECK(today.dayMood() == 3); // (1 + 4) / 2 = 2.5 rounds half up
    CHECK_FALSE(today.lowMoodDay());

    SECTION("bad input sets a message and writes nothing") {
        CHECK(today.saveCheckIn(0, {}, {}, {}).isEmpty());
        CHECK_FALSE(today.errorMessage().isEmpty());
        CHECK(today.saveCheckIn(3, {}, {}, QStringLiteral("two\nlines")).isEmpty());
        CHECK(today.addWin(QStringLiteral("   ")).isEmpty());
        CHECK(today.checkIns().size() == 2);
        CHECK(today.winCount() == 0);
        today.clearError();
        CHECK(today.errorMessage().isEmpty());
    }
    SECTION("remove and undo a check-in") {
        REQUIRE(today.removeCheckIn(first));
        CHECK(today.checkIns().size() == 1);
        CHECK(today.canUndo());
        REQUIRE(today.undoRemove());
        CHECK(today.checkIns().size() == 2);
        CHECK_FALSE(today.canUndo());
        CHECK_FALSE(today.undoRemove());
    }
    SECTION("wins: add, list, remove, undo") {
        const QString win = today.addWin(QStringLiteral("Reached the final round"));
        REQUIRE_FALSE(win.isEmpty());
        CHECK(today.winCount() == 1);
        CHECK(today.recentWins().constFirst().toMap().value(QStringLiteral("text")).toString() ==
              QStringLiteral("Reached the final round"));
        REQUIRE(today.removeWin(win));
        CHECK(today.winCount() == 0);
        REQUIRE(today.undoRemove());
        CHECK(today.winCount() == 1);
        CHECK(ids(today.recentWins()) == QStringList{win});
    }
    SECTION("locking forgets everything, including what could be undone") {
        REQUIRE(today.removeCheckIn(first));
        f.session.lock();
        CHECK(today.checkIns().isEmpty());
        CHECK(today.emotions().isEmpty());
        CHECK_FALSE(today.canUndo());
    }
}

TEST_CASE("CatalogController adds, renames, hides, Today shows only visible items", "[controllers]") {
    Fixture f;
    CatalogController catalog(f.session);
    TodayController today(f.session);
    QObject::connect(&catalog, &CatalogController::changed, &today, &TodayController::reload);

    REQUIRE(catalog.add(CatalogController::Emotion, QStringLiteral("Stuck"), -1));
    CHECK(catalog.emotions().constLast().toMap().value(QStringLiteral("name")).toString() == QStringLiteral("Stuck"));
    CHECK_FALSE(catalog.add(CatalogController::Emotion, QStringLiteral("stuck")));
    CHECK(catalog.errorMessage().contains(QStringLiteral("already")));

    REQUIRE(catalog.setHidden(QStringLiteral("emotion:embarrassed"), true));
    CHECK_FALSE(ids(today.emotions()).contains(QStringLiteral("emotion:embarrassed")));
    CHECK(ids(catalog.emotions()).contains(QStringLiteral("emotion:embarrassed"))); // still listed in Settings

    REQUIRE(catalog.rename(QStringLiteral("effort:rested"), QStringLiteral("took a break")));
    CHECK(today.efforts().constLast().toMap().value(QStringLiteral("name")).toString() ==
          QStringLiteral("took a break"));
    REQUIRE(catalog.rename(QStringLiteral("effort:rested"), QString())); // back to the built-in name
    CHECK(today.efforts().constLast().toMap().value(QStringLiteral("name")).toString() == QStringLiteral("rested"));
    CHECK_FALSE(catalog.rename(QStringLiteral("emotion:nope"), QStringLiteral("x")));
    CHECK_FALSE(catalog.add(CatalogController::Emotion, QStringLiteral("Stuck")));
    REQUIRE_FALSE(catalog.errorMessage().isEmpty()); // names an item of the vault...
    f.session.lock();
    CHECK(catalog.errorMessage().isEmpty()); // ...so it goes with the lock
    CHECK(catalog.emotions().isEmpty());
}

TEST_CASE("JournalSearchModel searches with filters and passes the model tester", "[controllers][models]") {
    Fixture f;
    JournalModel journal(f.session);
    JournalSearchModel search(f.session);
    QAbstractItemModelTester tester(&search, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const QDate day = QDate::currentDate().addDays(-3);
    journal.createEntry({{QStringLiteral("date"), day},
                         {QStringLiteral("mood"), 2},
                         {QStringLiteral("body"), QStringLiteral("The interview feedback was <harsh> but fair")},
                         {QStringLiteral("tags"), QStringList{QStringLiteral("Acme")}}});
    journal.createEntry({{QStringLiteral("date"), day.addDays(1)},
                         {QStringLiteral("mood"), 5},
                         {QStringLiteral("body"), QStringLiteral("Interviews are getting easier")}});
    CHECK_FALSE(search.active());
    search.refresh();
    CHECK(search.rowCount() == 0); // nothing asked, nothing shown

    search.setText(QStringLiteral("interv"));
    CHECK(search.active());
    search.refresh(); // the debounce would do it shortly; tests don't wait
    REQUIRE(search.rowCount() == 2);
    search.setMoodMax(3);
    CHECK(search.filterCount() == 1);
    search.refresh();
    REQUIRE(search.rowCount() == 1);
    const QString snippet = search.data(search.index(0), JournalSearchModel::SnippetRole).toString();
    CHECK(snippet.contains(QStringLiteral("<b>interview</b>")));
    CHECK(snippet.contains(QStringLiteral("&lt;harsh&gt;"))); // user text is escaped for StyledText
    CHECK(search.data(search.index(0), JournalSearchModel::TagsRole).toStringList() == QStringList{QStringLiteral("Acme")});
    CHECK(search.tagChoices() == QStringList{QStringLiteral("Acme")});

    search.clearFilters();
    CHECK(search.text() == QStringLiteral("interv"));
    search.setTag(QStringLiteral("acme"));
    search.setText(QString());
    search.refresh();
    CHECK(search.rowCount() == 1); // filters alone list matching entries

    search.setMoodMin(5);
    search.setMoodMax(1);
    search.refresh();
    CHECK_FALSE(search.errorMessage().isEmpty());

    search.clear();
    search.setText(QStringLiteral("interview"));
    search.refresh();
    REQUIRE(search.rowCount() == 2);
    f.session.lock();
    CHECK(search.rowCount() == 0);
    CHECK(search.text().isEmpty());
}

TEST_CASE("CalendarController colours each day by the day's mood", "[controllers]") {
    Fixture f;
    TodayController today(f.session);
    CalendarController calendar(f.session);
    const QDate now = QDate::currentDate();
    CHECK(calendar.year() == now.year());
    CHECK(calendar.month() == now.month());
    CHECK(calendar.days().size() == now.daysInMonth());
    CHECK_FALSE(calendar.canGoForward());
    CHECK(calendar.weekdayNames().size() == 7);

    today.saveCheckIn(2, {}, {}, {});
    today.saveCheckIn(3, {}, {}, {});
    calendar.reload();
    const QVariantMap cell = calendar.days().at(now.day() - 1).toMap();
    CHECK(cell.value(QStringLiteral("today")).toBool());
    CHECK(cell.value(QStringLiteral("mood")).toInt() == 3);
    CHECK(cell.value(QStringLiteral("checkIns")).toInt() == 2);

    calendar.previousMonth();
    CHECK(calendar.canGoForward());
    const QDate previous = QDate(now.year(), now.month(), 1).addMonths(-1);
    CHECK(calendar.month() == previous.month());
    CHECK(calendar.days().size() == previous.daysInMonth());
    CHECK(calendar.firstWeekday() == previous.dayOfWeek());
    calendar.nextMonth();
    calendar.nextMonth(); // cannot go past this month
    CHECK(calendar.month() == now.month());
}

TEST_CASE("JournalModel: full entries, templates, delete with undo", "[controllers][models]") {
    Fixture f;
    JournalModel model(f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QVariantList templates = model.templates();
    REQUIRE(templates.size() == 5);
    const QVariantMap rejection = templates.constFirst().toMap();
    CHECK(rejection.value(QStringLiteral("key")).toString() == QStringLiteral("after-rejection"));

    const QString id = model.createEntry({{QStringLiteral("date"), QDate::currentDate()},
                                          {QStringLiteral("body"), rejection.value(QStringLiteral("body"))},
                                          {QStringLiteral("tags"), rejection.value(QStringLiteral("tags"))},
                                          {QStringLiteral("emotions"), QStringList{QStringLiteral("emotion:anxious")}},
                                          {QStringLiteral("templateKey"), QStringLiteral("after-rejection")}});
    REQUIRE_FALSE(id.isEmpty());
    QVariantMap e = model.entry(id);
    CHECK(e.value(QStringLiteral("emotionNames")).toStringList() == QStringList{QStringLiteral("anxious")});
    CHECK(e.value(QStringLiteral("templateKey")).toString() == QStringLiteral("after-rejection"));
    CHECK(model.data(model.index(0), JournalModel::PreviewRole).toString().startsWith(QStringLiteral("What I feel")));

    REQUIRE(model.saveEntry({{QStringLiteral("id"), id}, {QStringLiteral("tags"), QStringList{QStringLiteral("acme")}}}));
    e = model.entry(id);
    CHECK(e.value(QStringLiteral("tags")).toStringList() == QStringList{QStringLiteral("acme")});
    CHECK(e.value(QStringLiteral("templateKey")).toString() == QStringLiteral("after-rejection")); // kept

    REQUIRE(model.removeEntry(id));
    CHECK(model.rowCount() == 0);
    CHECK(model.canUndoRemove());
    REQUIRE(model.undoRemove());
    CHECK(model.rowCount() == 1);
    CHECK(model.entry(id).value(QStringLiteral("tags")).toStringList() == QStringList{QStringLiteral("acme")});
    CHECK_FALSE(model.canUndoRemove());

    REQUIRE(model.removeEntry(id));
    f.session.lock();
    CHECK_FALSE(model.canUndoRemove()); // the deleted text is not kept past a lock
}

TEST_CASE("SettingsController stores the check-in nudge time outside the vault", "[controllers]") {
    QTemporaryDir tmp;
    const QString ini = tmp.filePath(QStringLiteral("s.ini"));
    {
        AppSettings settings(std::make_unique<QSettings>(ini, QSettings::IniFormat));
        SettingsController controller(settings);
        CHECK_FALSE(controller.checkInNudgeEnabled());
        CHECK(controller.checkInNudgeHour() == SettingsController::kDefaultNudgeHour);
        QSignalSpy changed(&controller, &SettingsController::checkInNudgeChanged);
        controller.setCheckInNudge(true, 20, 75); // minute clamped
        CHECK(changed.count() == 1);
        CHECK(controller.checkInNudgeEnabled());
        CHECK(controller.checkInNudgeMinute() == 59);
        CHECK_FALSE(controller.checkInNudgeText().isEmpty());
    }
    AppSettings reopened(std::make_unique<QSettings>(ini, QSettings::IniFormat));
    CHECK(reopened.checkInNudge() == QTime(20, 59));
    SettingsController controller(reopened);
    controller.setCheckInNudge(false, 8, 0);
    CHECK_FALSE(reopened.checkInNudge().isValid());
}

TEST_CASE("Markdown is made safe to render: no remote images, links or raw HTML", "[markdown]") {
    using markdown::safeForDisplay;
    CHECK(safeForDisplay(QStringLiteral("![tracker](https://evil.example/p.png)")) == QStringLiteral("tracker"));
    CHECK(safeForDisplay(QStringLiteral("see [my notes](http://x.example)")) == QStringLiteral("see my notes"));
    CHECK(safeForDisplay(QStringLiteral("<img src=\"http://x\">")) == QStringLiteral("&lt;img src=\"http://x\">"));
    CHECK(safeForDisplay(QStringLiteral("<https://x.example>")) == QStringLiteral("https://x.example"));
    // Reference images and brackets in the alt text cannot form an image either.
    CHECK_FALSE(safeForDisplay(QStringLiteral("![x][r]\n\n[r]: https://t.example/p.png")).contains(QStringLiteral("![")));
    CHECK_FALSE(safeForDisplay(QStringLiteral("![a [b] c](https://t.example/p.png)")).contains(QStringLiteral("![")));
    CHECK(safeForDisplay(QStringLiteral("## Heading\n- **bold** item")) == QStringLiteral("## Heading\n- **bold** item"));
    CHECK(markdown::plainPreview(QStringLiteral("## What I feel\n**Tired** but `ok`"), 100) ==
          QStringLiteral("What I feel Tired but ok"));
    CHECK(markdown::plainPreview(QString(500, QLatin1Char('a')), 10).size() == 10);
}

TEST_CASE("TodayController lists reminders due within a week and marks them done with undo", "[controllers]") {
    Fixture f;
    Vault &vault = *f.session.vault();
    const QDate today = QDate::currentDate();
    auto remind = [&](int inDays, const char *title) {
        Reminder r;
        r.kind = reminderkind::kPostRejection;
        r.dueOn = today.addDays(inDays);
        r.title = QString::fromLatin1(title);
        return vault.reminders().create(r).id;
    };
    const QString overdue = remind(-2, "Overdue one");
    remind(TodayController::kUpcomingDays, "In a week");
    remind(TodayController::kUpcomingDays + 1, "Too far");
    const QString todays = remind(0, "Today's");

    TodayController controller(f.session);
    QStringList titles;
    for (const QVariant &v : controller.upcoming())
        titles << v.toMap().value(QStringLiteral("title")).toString();
    CHECK(titles == QStringList{QStringLiteral("Overdue one"), QStringLiteral("Today's"), QStringLiteral("In a week")});
    CHECK(controller.upcoming().constFirst().toMap().value(QStringLiteral("overdue")).toBool());
    CHECK_FALSE(controller.upcoming().at(1).toMap().value(QStringLiteral("overdue")).toBool());

    REQUIRE(controller.completeReminder(todays));
    CHECK(ids(controller.upcoming()) == QStringList{overdue, ids(controller.upcoming()).value(1)});
    CHECK(controller.upcoming().size() == 2);
    CHECK(vault.reminders().find(todays)->done);
    REQUIRE(controller.canUndo());
    REQUIRE(controller.undoRemove());
    CHECK(controller.upcoming().size() == 3);
    CHECK_FALSE(vault.reminders().find(todays)->done);

    CHECK_FALSE(controller.completeReminder(QStringLiteral("gone")));
    CHECK_FALSE(controller.errorMessage().isEmpty());
    f.session.lock();
    CHECK(controller.upcoming().isEmpty());
    CHECK_FALSE(controller.canUndo());
}
