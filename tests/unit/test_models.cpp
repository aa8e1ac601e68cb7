#include "TestSupport.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "ui/JournalModel.h"
#include "ui/VaultController.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rebound;
using namespace rebound::test;

namespace {
struct Fixture {
    QTemporaryDir tmp;
    AppSettings settings{
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat)};
    VaultSession session{tmp.filePath(QStringLiteral("vault")), settings, nullptr, Vault::systemClock()};
};
} // namespace

TEST_CASE("JournalModel follows the session and passes the model tester", "[models]") {
    Fixture f;
    JournalModel model(f.session);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);

    f.session.open(createVault(f.session.dir()));
    CHECK(model.rowCount() == 0);
    const QString older = model.addEntry(QDate(2026, 11, 1), 2, QStringLiteral("older"));
    const QString newer = model.addEntry(QDate(2026, 11, 3), 4, QStringLiteral("newer\n\n  with   spaces"));
    REQUIRE_FALSE(older.isEmpty());
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(0), JournalModel::IdRole).toString() == newer);
    CHECK(model.data(model.index(0), JournalModel::PreviewRole).toString() ==
          QStringLiteral("newer with spaces"));
    CHECK(model.data(model.index(0), JournalModel::DayRole).toString() == QStringLiteral("2026-11-03"));
    CHECK(model.data(model.index(1), JournalModel::MoodRole).toInt() == 2);
    CHECK(model.roleNames().value(JournalModel::IdRole) == "entryId");
    CHECK(model.idAt(0) == newer);
    CHECK(model.idAt(2).isEmpty());
    CHECK(model.idAt(-1).isEmpty());

    SECTION("edits in place, moves on a date change") {
        REQUIRE(model.updateEntry(older, QDate(2026, 11, 1), 5, QStringLiteral("changed")));
        CHECK(model.data(model.index(1), JournalModel::BodyRole).toString() == QStringLiteral("changed"));
        REQUIRE(model.updateEntry(older, QDate(2026, 11, 9), 5, QStringLiteral("changed")));
        CHECK(model.data(model.index(0), JournalModel::IdRole).toString() == older);
    }
    SECTION("remove, and errors keep the rows") {
        REQUIRE(model.removeEntry(newer));
        CHECK(model.rowCount() == 1);
        CHECK_FALSE(model.removeEntry(newer));
        CHECK_FALSE(model.errorMessage().isEmpty());
        CHECK(model.addEntry(QDate(2026, 1, 1), 7, QString()).isEmpty());
        CHECK(model.rowCount() == 1);
        CHECK(model.totalCount() == 1);
    }
    SECTION("entry() returns the full record") {
        const QVariantMap m = model.entry(older);
        CHECK(m.value(QStringLiteral("body")).toString() == QStringLiteral("older"));
        CHECK(m.value(QStringLiteral("date")).toDate() == QDate(2026, 11, 1));
        CHECK(model.entry(QStringLiteral("missing")).isEmpty());
    }
    SECTION("locking drops every row") {
        f.session.lock();
        CHECK(model.rowCount() == 0);
        CHECK(model.totalCount() == 0);
    }
}

TEST_CASE("JournalModel loads lazily in pages", "[models]") {
    Fixture f;
    {
        auto vault = createVault(f.session.dir());
        for (int i = 0; i < JournalModel::kPageSize * 2 + 17; ++i)
            vault->journal().create(QDate(2025, 1, 1).addDays(i), 3, QStringLiteral("e%1").arg(i));
        f.session.open(std::move(vault));
    }
    JournalModel model(f.session);
    CHECK(model.rowCount() == JournalModel::kPageSize);
    CHECK(model.totalCount() == JournalModel::kPageSize * 2 + 17);
    int fetches = 0;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++fetches;
    }
    CHECK(fetches == 2);
    CHECK(model.rowCount() == model.totalCount());
    // A fresh model under the tester (which itself fetches while checking).
    JournalModel watched(f.session);
    QAbstractItemModelTester tester(&watched, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (watched.canFetchMore({}))
        watched.fetchMore({});
    CHECK(watched.rowCount() == watched.totalCount());
    watched.addEntry(QDate::currentDate(), 5, QStringLiteral("newest"));
    CHECK(watched.data(watched.index(0), JournalModel::BodyRole).toString() == QStringLiteral("newest"));
    CHECK(model.data(model.index(model.rowCount() - 1), JournalModel::BodyRole).toString() ==
          QStringLiteral("e0"));
}

TEST_CASE("VaultController creates, refuses wrong passphrases clearly, locks and changes passphrase",
          "[models][controller]") {
    Fixture f;
    VaultController controller(f.session);
    CHECK(controller.state() == VaultController::NoVault);

    controller.createVault(QStringLiteral("short"), QStringLiteral("short"), false);
    CHECK_FALSE(controller.errorMessage().isEmpty());
    controller.createVault(QStringLiteral("long enough one"), QStringLiteral("long enough two"), false);
    CHECK(controller.errorMessage().contains(QStringLiteral("match")));

    QSignalSpy busy(&controller, &VaultController::busyChanged);
    controller.createVault(QStringLiteral("long enough one"), QStringLiteral("long enough one"), false);
    CHECK(controller.busy());
    QTRY_VERIFY_WITH_TIMEOUT(controller.state() == VaultController::Unlocked, 20000);
    CHECK_FALSE(controller.busy());
    CHECK(controller.errorMessage().isEmpty());

    controller.lock();
    CHECK(controller.state() == VaultController::Locked);
    controller.unlock(QStringLiteral("not it at all"), false);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.busy(), 20000);
    CHECK(controller.state() == VaultController::Locked);
    CHECK(controller.errorMessage().contains(QStringLiteral("passphrase")));

    controller.changePassphrase(QStringLiteral("long enough one"), QStringLiteral("brand new phrase"),
                                QStringLiteral("brand new phrase"));
    QSignalSpy changed(&controller, &VaultController::passphraseChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1, 20000);
    controller.unlock(QStringLiteral("brand new phrase"), false);
    QTRY_VERIFY_WITH_TIMEOUT(controller.state() == VaultController::Unlocked, 20000);

    const QVariantMap strength =
        controller.passphraseStrength(QStringLiteral("violet tractor summer lantern"));
    CHECK(strength.value(QStringLiteral("score")).toInt() >= 3);
    CHECK_FALSE(strength.value(QStringLiteral("label")).toString().isEmpty());
}
