// Languages: which one a choice means, that each .qm is compiled in, and that the
// contexts lupdate wrote are the ones the code asks for at run time (a real error
// from the vault, the sync service and the CLI comes out translated).
#include "TestSupport.h"
#include "cli/Cli.h"
#include "cli/Terminal.h"
#include "core/Error.h"
#include "services/AppSettings.h"
#include "services/Translations.h"
#include "sync/SyncService.h"
#include "ui/SettingsController.h"

#include <QCoreApplication>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace rebound;
using namespace rebound::test;

namespace {

class NoInput final : public cli::Input {
public:
    bool interactive() const override { return false; }
    SecureBytes readSecret(const QString &) override { return {}; }
    QString readRest() override { return {}; }
    QString readLine(const QString &) override { return {}; }
};

QString wrongPassphraseMessage(const QString &dir) {
    try {
        Vault::unlock(dir, secret("not the passphrase"), Vault::systemClock());
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString syncNotSetUpMessage(Vault &vault) {
    try {
        SyncService(vault, Vault::systemClock()).syncNow();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString cliUnknownCommand() {
    NoInput in;
    QString out, err;
    QTextStream o(&out), e(&err);
    cli::run({QStringLiteral("frobnicate")}, in, o, e);
    e.flush();
    return err;
}

// Declared before the Translations (so destroyed after them, when their translators
// are gone): puts back the default locale the other tests run in.
struct LocaleGuard {
    QLocale saved;
    ~LocaleGuard() { QLocale::setDefault(saved); }
};

} // namespace

TEST_CASE("A language choice resolves to one Rebound speaks", "[translations]") {
    CHECK(Translations::resolve(QStringLiteral("de")) == QStringLiteral("de"));
    CHECK(Translations::resolve(QString(), QLocale(QStringLiteral("de_AT"))) == QStringLiteral("de"));
    CHECK(Translations::resolve(QString(), QLocale(QStringLiteral("es_MX"))) == QStringLiteral("es"));
    CHECK(Translations::resolve(QString(), QLocale(QStringLiteral("pt_BR"))) == QStringLiteral("en"));
    CHECK(Translations::resolve(QStringLiteral("klingon"), QLocale(QStringLiteral("fr_CA"))) ==
          QStringLiteral("fr"));
    CHECK(Translations::resolve(QStringLiteral("pseudo")) == QStringLiteral("pseudo"));
}

TEST_CASE("Every language is compiled into the program", "[translations]") {
    QStringList codes{QStringLiteral("pseudo")};
    for (const auto &l : Translations::available())
        codes.append(l.code);
    for (const QString &code : codes) {
        INFO(code.toStdString());
        QFile qm(QStringLiteral(":/i18n/rebound_%1.qm").arg(code));
        REQUIRE(qm.open(QIODevice::ReadOnly));
        CHECK(qm.size() > (code == QStringLiteral("en") ? 100 : 100'000)); // English: plural forms only
    }
}

TEST_CASE("Each language translates the backend's messages, and dates follow it", "[translations]") {
    QTemporaryDir dir;
    auto vault = createVault(dir.path());
    LocaleGuard guard;
    Translations t;

    REQUIRE(t.apply(QStringLiteral("en"), QLocale(QStringLiteral("en_US"))) == QStringLiteral("en"));
    const QString vaultEn = wrongPassphraseMessage(dir.path());
    const QString syncEn = syncNotSetUpMessage(*vault);
    const QString cliEn = cliUnknownCommand();
    CHECK(vaultEn == QStringLiteral("That passphrase does not unlock this vault."));
    CHECK(syncEn == QStringLiteral("Sync is not set up on this device."));
    CHECK(cliEn.contains(QStringLiteral("Unknown command: frobnicate")));

    for (const auto &l : Translations::available()) {
        if (l.code == QStringLiteral("en"))
            continue;
        INFO(l.code.toStdString());
        QSignalSpy changed(&t, &Translations::changed);
        REQUIRE(t.apply(l.code, QLocale(QStringLiteral("en_US"))) == l.code);
        CHECK(changed.count() == 1);
        CHECK(QLocale().language() == QLocale(l.code).language());
        const QString vaultMsg = wrongPassphraseMessage(dir.path());
        const QString syncMsg = syncNotSetUpMessage(*vault);
        const QString cliMsg = cliUnknownCommand();
        CHECK_FALSE(vaultMsg.isEmpty());
        CHECK(vaultMsg != vaultEn);
        CHECK(syncMsg != syncEn);
        CHECK_FALSE(cliMsg.contains(QStringLiteral("Unknown command")));
        CHECK(cliMsg.contains(QStringLiteral("frobnicate")));
    }
}

TEST_CASE("The system's own locale is kept when it speaks the chosen language", "[translations]") {
    LocaleGuard guard;
    Translations t;
    t.apply(QStringLiteral("de"), QLocale(QStringLiteral("de_AT")));
    CHECK(QLocale().territory() == QLocale::Austria);
    t.apply(QStringLiteral("de"), QLocale(QStringLiteral("en_GB")));
    CHECK(QLocale().territory() == QLocale::Germany);
}

TEST_CASE("English counts in singular and plural", "[translations]") {
    LocaleGuard guard;
    Translations t;
    t.apply(QStringLiteral("en"), QLocale(QStringLiteral("en_US")));
    const auto pending = [](int n) {
        return QCoreApplication::translate("SyncSection", "%n changes waiting to be sent.", nullptr, n);
    };
    CHECK(pending(1) == QStringLiteral("1 change waiting to be sent."));
    CHECK(pending(3) == QStringLiteral("3 changes waiting to be sent."));
    CHECK(QCoreApplication::translate("Sync", "%n minutes ago", nullptr, 1) ==
          QStringLiteral("1 minute ago"));
}

TEST_CASE("The language setting keeps only languages Rebound speaks", "[translations]") {
    QTemporaryDir dir;
    AppSettings settings(
        std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    SettingsController controller(settings);
    QSignalSpy spy(&controller, &SettingsController::languageChanged);
    CHECK(controller.language().isEmpty());
    controller.setLanguage(QStringLiteral("fr"));
    CHECK(settings.language() == QStringLiteral("fr"));
    CHECK(spy.count() == 1);
    controller.setLanguage(QStringLiteral("fr"));
    CHECK(spy.count() == 1);
    controller.setLanguage(QStringLiteral("xx"));
    CHECK(settings.language().isEmpty());
    CHECK(spy.count() == 2);

    const QVariantList languages = controller.languages();
    REQUIRE(languages.size() == Translations::available().size() + 1);
    const QVariantMap system = languages.first().toMap();
    CHECK(system.value(QStringLiteral("code")).toString().isEmpty());
    CHECK(system.value(QStringLiteral("name")).toString().startsWith(QStringLiteral("System (")));
    CHECK(languages.at(2).toMap().value(QStringLiteral("name")).toString() == QStringLiteral("Deutsch"));
}
