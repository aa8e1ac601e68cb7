#include "Application.h"

#include "Platform.h"
#include "ScreenshotRunner.h"
#include "core/Logging.h"
#include "services/AppSettings.h"
#include "services/AutoLock.h"
#include "services/QtKeychainStore.h"
#include "services/Translations.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"
#include "ui/AppContext.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <utility>

namespace rebound {

namespace {

constexpr QSize kDesktopSize(1280, 800);
constexpr QSize kPhoneSize(390, 844);
constexpr int kMsPerMinute = 60 * 1000;

QSize parseSize(const QString &text, bool *ok) {
    const QStringList parts = text.split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const QSize size = parts.size() == 2 ? QSize(parts[0].toInt(&okW), parts[1].toInt(&okH)) : QSize();
    *ok = okW && okH && size.width() >= 200 && size.height() >= 200 && size.width() <= 8192 &&
          size.height() <= 8192;
    return size;
}

} // namespace

int runApplication(int argc, char *argv[]) {
    QElapsedTimer startClock;
    startClock.start();
    QGuiApplication::setOrganizationName(QStringLiteral("Rebound"));
    QGuiApplication::setApplicationName(QStringLiteral("Rebound"));
    QGuiApplication::setApplicationVersion(QStringLiteral(REBOUND_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("rebound"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/assets/rebound.svg")));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QGuiApplication::translate("main", "Rebound: your private job-search companion."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOption(
        QStringLiteral("vault"), QGuiApplication::translate("main", "Vault folder."), QStringLiteral("DIR"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QGuiApplication::translate("main", "Render every page to PNG files and exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        QGuiApplication::translate("main", "Window size, e.g. 390x844."),
                                        QStringLiteral("WxH"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QGuiApplication::translate("main", "Screenshot mode: fill the throw-away vault with sample data."));
    const QCommandLineOption firstFrameOption(
        QStringLiteral("print-first-frame"),
        QGuiApplication::translate("main", "Print the time to the first frame and exit (benchmark)."));
    const QCommandLineOption darkOption(
        QStringLiteral("dark"), QGuiApplication::translate("main", "Screenshot mode: use the dark theme."));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QGuiApplication::translate("main", "Screenshot mode: the language (en, de, es, fr or pseudo)."),
        QStringLiteral("CODE"));
    parser.addOptions(
        {vaultOption, screenshotOption, sizeOption, demoOption, darkOption, languageOption, firstFrameOption});
    parser.process(app);

    const auto platform = createPlatform();
    const bool screenshotMode = parser.isSet(screenshotOption);
    QSize size = platform->isMobile() ? kPhoneSize : kDesktopSize;
    if (parser.isSet(sizeOption)) {
        bool ok = false;
        size = parseSize(parser.value(sizeOption), &ok);
        if (!ok) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QGuiApplication::translate("main", "--size takes WIDTHxHEIGHT, e.g. 390x844.")));
            return 2;
        }
    }

    // Screenshot mode never touches the user's vault, settings or keystore.
    QTemporaryDir scratch;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<KeyStore> keyStore;
    QString vaultDir;
    if (screenshotMode) {
        if (!scratch.isValid())
            return 1;
        settings = std::make_unique<AppSettings>(std::make_unique<QSettings>(
            scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat));
        vaultDir = scratch.filePath(QStringLiteral("vault"));
        settings->setThemeMode(parser.isSet(darkOption) ? SettingsController::Dark
                                                        : SettingsController::Light);
    } else {
        settings = std::make_unique<AppSettings>();
        keyStore = std::make_unique<QtKeychainStore>();
        vaultDir = parser.isSet(vaultOption) ? parser.value(vaultOption) : Vault::defaultDirectory();
        // Phones: the vault stays out of cloud and device-to-device backups (iOS; the
        // Android manifest's rules do the same there).
        if (!platform->excludeFromBackup(vaultDir))
            qCWarning(lcVault) << "the vault folder could not be excluded from device backups";
    }

    // Before any text is made: the chosen language, or the system's.
    Translations translations;
    translations.apply(screenshotMode && parser.isSet(languageOption) ? parser.value(languageOption)
                                                                     : settings->language());
    QObject::connect(settings.get(), &AppSettings::languageChanged, &translations,
                     [&] { translations.apply(settings->language()); });

    VaultSession session(vaultDir, *settings, keyStore.get(), Vault::systemClock());
    AutoLock autoLock(session, Vault::systemClock(), platform->locksWhenInactive());
    if (!screenshotMode) {
        autoLock.watch(&app);
        autoLock.setTimeout(settings->autoLockMinutes() * kMsPerMinute);
        QObject::connect(settings.get(), &AppSettings::autoLockMinutesChanged, &autoLock,
                         [&] { autoLock.setTimeout(settings->autoLockMinutes() * kMsPerMinute); });
        QObject::connect(&app, &QGuiApplication::applicationStateChanged, &autoLock,
                         &AutoLock::applicationStateChanged);
    }

    VaultController vaultController(session);
    JournalModel journalModel(session);
    SettingsController settingsController(*settings);
    TodayController today(session);
    CatalogController catalog(session);
    JournalSearchModel search(session);
    CalendarController calendar(session);
    ApplicationListModel applications(session);
    ApplicationController application(session);
    RejectionFlowController rejection(session, *settings);
    SkillsPlanController skills(session);
    GoalsController goals(session, *settings);
    ChecklistController checklists(session, *settings);
    ReviewController reviews(session);
    ContactListModel contacts(session);
    ContactController contact(session);
    PeopleController people(session, *settings);
    // The timer that fires reminders while the app is closed runs the CLI installed beside the app.
    const QString cliPath = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("rebound-cli"));
    RemindersController reminders(session, *settings, *platform, QFileInfo::exists(cliPath) ? cliPath : QString());
    // Screenshots of a demo vault must not pop up real notifications or cover pages with toasts.
    reminders.setQuiet(screenshotMode);
    // What one view writes, the others show: refresh them (cheap: one query each).
    QObject::connect(&catalog, &CatalogController::changed, &today, &TodayController::reload);
    QObject::connect(&today, &TodayController::dataWritten, &calendar, &CalendarController::reload);
    QObject::connect(&journalModel, &JournalModel::dataWritten, &calendar, &CalendarController::reload);
    QObject::connect(&journalModel, &JournalModel::dataWritten, &search, &JournalSearchModel::refresh);
    QObject::connect(&journalModel, &JournalModel::dataWritten, &today, &TodayController::reload);
    // Job search wiring (issue 4) goes here.
    // The rejection flow saves wins (Today shows them).
    QObject::connect(&rejection, &RejectionFlowController::dataWritten, &today, &TodayController::reload);
    // Feedback written on applications and interviews feeds the skills plan; moves,
    // deletes and undos change which rejection flows are open.
    QObject::connect(&application, &ApplicationController::dataWritten, &skills, &SkillsPlanController::reload);
    QObject::connect(&application, &ApplicationController::dataWritten, &rejection, &RejectionFlowController::reload);
    // The flow adds reminders to the open application; renamed skills show on its feedback.
    QObject::connect(&rejection, &RejectionFlowController::dataWritten, &application, &ApplicationController::reload);
    QObject::connect(&skills, &SkillsPlanController::dataWritten, &application, &ApplicationController::reload);
    QObject::connect(&application, &ApplicationController::dataWritten, &applications,
                     &ApplicationListModel::refresh);
    // Goals count effort from check-ins, journal entries, applications and interviews (catalog names
    // label them); applications moved to "rejected" can suggest a review.
    QObject::connect(&catalog, &CatalogController::changed, &goals, &GoalsController::reload);
    QObject::connect(&today, &TodayController::dataWritten, &goals, &GoalsController::reload);
    QObject::connect(&journalModel, &JournalModel::dataWritten, &goals, &GoalsController::reload);
    QObject::connect(&application, &ApplicationController::dataWritten, &goals, &GoalsController::reload);
    QObject::connect(&application, &ApplicationController::dataWritten, &checklists, &ChecklistController::reload);
    // Finishing a review applies its follow-ups: new and changed goals, skills actions, and
    // what is due next. Goals and skills written elsewhere are offered to the next follow-up.
    QObject::connect(&reviews, &ReviewController::dataWritten, &goals, &GoalsController::reload);
    QObject::connect(&reviews, &ReviewController::dataWritten, &skills, &SkillsPlanController::reload);
    QObject::connect(&reviews, &ReviewController::dataWritten, &checklists, &ChecklistController::reload);
    // Finishing completes goal-review reminders (Today's "Coming up", the open application's list).
    QObject::connect(&reviews, &ReviewController::dataWritten, &today, &TodayController::reload);
    QObject::connect(&reviews, &ReviewController::dataWritten, &application, &ApplicationController::reload);
    QObject::connect(&reviews, &ReviewController::dataWritten, &rejection, &RejectionFlowController::reload);
    QObject::connect(&goals, &GoalsController::dataWritten, &reviews, &ReviewController::reload);
    QObject::connect(&checklists, &ChecklistController::dataWritten, &reviews, &ReviewController::reload);
    QObject::connect(&skills, &SkillsPlanController::dataWritten, &reviews, &ReviewController::reload);
    // People: contacts, interactions and snoozes change the list, the due list and the open
    // contact; linking an application's people changes the contact's applications.
    QObject::connect(&contact, &ContactController::dataWritten, &contacts, &ContactListModel::refresh);
    QObject::connect(&contact, &ContactController::dataWritten, &people, &PeopleController::reload);
    QObject::connect(&contact, &ContactController::dataWritten, &application, &ApplicationController::reload);
    QObject::connect(&people, &PeopleController::dataWritten, &contacts, &ContactListModel::refresh);
    QObject::connect(&application, &ApplicationController::dataWritten, &contact, &ContactController::reload);
    QObject::connect(&application, &ApplicationController::dataWritten, &contacts, &ContactListModel::refresh);
    QObject::connect(&application, &ApplicationController::dataWritten, &people, &PeopleController::reload);
    // Reminders are computed from everything: any write may move one.
    for (QObject *writer : std::initializer_list<QObject *>{&today, &application, &rejection, &skills, &goals,
                                                            &checklists, &reviews, &contact, &people})
        QObject::connect(writer, SIGNAL(dataWritten()), &reminders, SLOT(dataChanged()));
    QObject::connect(&reminders, &RemindersController::dataWritten, &people, &PeopleController::reload);
    QObject::connect(&reminders, &RemindersController::dataWritten, &contacts, &ContactListModel::refresh);
    QObject::connect(&reminders, &RemindersController::dataWritten, &contact, &ContactController::reload);
    QObject::connect(&reminders, &RemindersController::dataWritten, &today, &TodayController::reload);
    // Insights are computed from everything too (cached per day; recomputed when shown).
    InsightsController insights(session, *settings);
    for (QObject *writer : std::initializer_list<QObject *>{&today, &journalModel, &application, &rejection, &skills,
                                                            &goals, &checklists, &reviews, &contact, &people,
                                                            &reminders})
        QObject::connect(writer, SIGNAL(dataWritten()), &insights, SLOT(dataChanged()));
    QObject::connect(&catalog, &CatalogController::changed, &insights, &InsightsController::dataChanged);
    // Sync: every write schedules a sync (debounced); what a sync brings in, every view shows.
    SyncController sync(session, Vault::systemClock());
    for (QObject *writer : std::initializer_list<QObject *>{&today, &journalModel, &application, &rejection, &skills,
                                                            &goals, &checklists, &reviews, &contact, &people,
                                                            &reminders})
        QObject::connect(writer, SIGNAL(dataWritten()), &sync, SLOT(localDataChanged()));
    // Not catalog.changed: its reload after a sync emits it too (a sync loop). Catalog edits go with
    // the next sync.
    // What a sync or an import brings in, every view shows.
    DataController data(session, *settings);
    const auto reloadViews = [&] {
        catalog.reload();
        today.reload();
        calendar.reload();
        journalModel.reload();
        search.refresh();
        applications.refresh();
        application.reload();
        rejection.reload();
        skills.reload();
        goals.reload();
        checklists.reload();
        reviews.reload();
        contacts.refresh();
        contact.reload();
        people.reload();
        reminders.dataChanged();
        insights.dataChanged();
    };
    QObject::connect(&sync, &SyncController::dataWritten, &app, reloadViews);
    QObject::connect(&data, &DataController::dataWritten, &app, reloadViews);
    // An import is a local write: it goes with the next sync.
    QObject::connect(&data, &DataController::dataWritten, &sync, &SyncController::localDataChanged);
    if (!screenshotMode)
        QObject::connect(&app, &QGuiApplication::applicationStateChanged, &sync,
                         &SyncController::applicationStateChanged);
    AppContext context({&vaultController, &journalModel, &settingsController, &today, &catalog, &search, &calendar,
                        &applications, &application, &rejection, &skills, &goals, &checklists, &reviews,
                        &contacts, &contact, &people, &reminders, &insights, &sync, &data},
                       platform->name(), platform->isMobile());

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&context)}});
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, [] { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    // A new language: QML re-evaluates its qsTr() bindings, the controllers remake
    // the texts they composed (readouts, labels) by reloading.
    QObject::connect(&translations, &Translations::changed, &engine, [&] {
        engine.retranslate();
        reloadViews();
        reminders.reload();
        insights.retranslate();
        sync.refreshStatus();
    });
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Rebound/Ui/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return 1;
    window->resize(size);
    // Phones: no picture of the vault in the app switcher or in screenshots.
    if (!screenshotMode)
        platform->protectScreen();

    if (parser.isSet(firstFrameOption)) {
        QObject::connect(
            window, &QQuickWindow::frameSwapped, &app,
            [&startClock] {
                static bool reported = false; // more frames may be queued before the loop exits
                if (std::exchange(reported, true))
                    return;
                std::printf("first_frame_ms %lld\n", static_cast<long long>(startClock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            },
            Qt::QueuedConnection);
    }

    std::unique_ptr<ScreenshotRunner> runner;
    if (screenshotMode) {
        runner = std::make_unique<ScreenshotRunner>(window, session, parser.value(screenshotOption),
                                                    parser.isSet(demoOption));
        QObject::connect(runner.get(), &ScreenshotRunner::finished, &app,
                         [](int code) { QCoreApplication::exit(code); });
        runner->start();
    } else if (session.state() == VaultSession::State::Locked) {
        session.tryRememberedKey([](bool) {});
    }
    const int code = app.exec();
    session.lock(); // close the database and wipe the key before anything else goes
    return code;
}

} // namespace rebound
