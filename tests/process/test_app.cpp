// The QML layer: every file compiles, the shell shows every page, and the
// screenshot mode renders every page at phone and desktop size.
#include "../unit/TestSupport.h"
#include "Platform.h"
#include "app/ScreenshotRunner.h"
#include "core/JobApplication.h"
#include "services/AppSettings.h"
#include "services/VaultSession.h"
#include "storage/ApplicationRepository.h"
#include "storage/ChecklistRepository.h"
#include "ui/AppContext.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rebound;
using namespace rebound::test;

namespace {
// The overflow and overlap lines of a screenshot run's layout report (elided text is
// allowed: names and previews are cut on purpose).
QStringList layoutProblems(const QString &dir) {
    QFile report(QDir(dir).filePath(QStringLiteral("layout.txt")));
    if (!report.open(QIODevice::ReadOnly | QIODevice::Text))
        return {QStringLiteral("no layout.txt")};
    QStringList problems;
    for (const QString &line : QString::fromUtf8(report.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (line.section(QLatin1Char('\t'), 1, 1) != QLatin1String("elided"))
            problems.append(line);
    return problems;
}

// Runs the app's screenshot mode with a demo vault into dir; returns its exit code.
int runScreenshots(const QString &dir, const QStringList &extraArgs, QByteArray *stderrText) {
    auto env = childEnvironment();
    if (!env.contains(QStringLiteral("DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QByteArray stdoutText;
    return runProcess(QStringLiteral(REBOUND_APP),
                      QStringList{QStringLiteral("--screenshot"), dir, QStringLiteral("--demo")} + extraArgs, {},
                      &stdoutText, stderrText, env);
}
} // namespace

TEST_CASE("Every QML file of the UI module compiles", "[qml]") {
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QDirIterator it(QStringLiteral(":/qt/qml/Rebound/Ui"), {QStringLiteral("*.qml")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
        INFO(path.toStdString() << ": " << component.errorString().toStdString());
        CHECK(component.isReady());
        ++files;
    }
    CHECK(files >= 10);
}

TEST_CASE("The app shell instantiates with real services and shows every page", "[qml]") {
    QTemporaryDir tmp;
    AppSettings settings(
        std::make_unique<QSettings>(tmp.filePath(QStringLiteral("s.ini")), QSettings::IniFormat));
    VaultSession session(tmp.filePath(QStringLiteral("vault")), settings, nullptr, Vault::systemClock());
    VaultController vault(session);
    JournalModel journal(session);
    SettingsController settingsController(settings);
    TodayController today(session);
    CatalogController catalog(session);
    JournalSearchModel search(session);
    CalendarController calendar(session);
    ApplicationListModel applications(session);
    ApplicationController application(session);
    RejectionFlowController rejection(session, settings);
    SkillsPlanController skills(session);
    GoalsController goals(session, settings);
    ChecklistController checklists(session, settings);
    ReviewController reviews(session);
    ContactListModel contacts(session);
    ContactController contact(session);
    PeopleController people(session, settings);
    const auto platform = createPlatform();
    RemindersController reminders(session, settings, *platform, QString());
    InsightsController insights(session, settings);
    SyncController sync(session, Vault::systemClock());
    DataController data(session, settings);
    QObject::connect(&application, &ApplicationController::dataWritten, &applications,
                     &ApplicationListModel::refresh); // as in Application.cpp
    QObject::connect(&contact, &ContactController::dataWritten, &contacts, &ContactListModel::refresh);
    QObject::connect(&contact, &ContactController::dataWritten, &people, &PeopleController::reload);
    AppContext context({&vault, &journal, &settingsController, &today, &catalog, &search, &calendar, &applications,
                        &application, &rejection, &skills, &goals, &checklists, &reviews, &contacts, &contact,
                        &people, &reminders, &insights, &sync, &data},
                       QStringLiteral("test"), false);

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("app"), QVariant::fromValue(&context)}});
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Rebound/Ui/Main.qml")));
    REQUIRE(engine.rootObjects().size() == 1);
    QObject *root = engine.rootObjects().constFirst();

    session.open(createVault(session.dir()));
    journal.addEntry(QDate::currentDate(), 4, QStringLiteral("An entry"));
    REQUIRE_FALSE(application.create({{QStringLiteral("company"), QStringLiteral("Acme")}}).isEmpty());
    JobApplication rejected; // with its rejection flow begun, for the rejection-flow overlay
    rejected.company = QStringLiteral("Initech");
    rejected.stage = stage::kRejected;
    REQUIRE(rejection.openFor(session.vault()->applications().create(rejected).id));
    REQUIRE_FALSE(goals.addGoal({{QStringLiteral("kind"), QStringLiteral("role")}, // for the goal-editor overlay
                                 {QStringLiteral("title"), QStringLiteral("Data analyst")}})
                      .isEmpty());
    // A goal for the goal-editor overlay.
    REQUIRE_FALSE(goals.addGoal({{QStringLiteral("kind"), QStringLiteral("role")},
                                 {QStringLiteral("title"), QStringLiteral("Data analyst roles")}})
                      .isEmpty());
    // A finished review and one in progress, for the review and review-finished overlays.
    REQUIRE_FALSE(reviews.start(ChecklistRepository::kDefaultId).isEmpty());
    REQUIRE(reviews.setAnswer(reviews.answers().constFirst().toMap().value(QStringLiteral("id")).toString(),
                              QStringLiteral("yes"), {}));
    REQUIRE(reviews.finish());
    REQUIRE_FALSE(reviews.start(ChecklistRepository::kDefaultId).isEmpty());
    reviews.close();
    // A contact with an interaction, for the contact, editor, log and reach-out overlays.
    const QString contactId = contact.create({{QStringLiteral("name"), QStringLiteral("Maya Chen")},
                                              {QStringLiteral("emails"), QStringList{QStringLiteral("maya@example.com")}}});
    REQUIRE_FALSE(contactId.isEmpty());
    REQUIRE_FALSE(contact.logInteraction(contactId, QStringLiteral("call"), {}, QStringLiteral("Caught up")).isEmpty());
    for (const QString &page : ScreenshotRunner::pageKeys()) {
        bool shown = false;
        REQUIRE(QMetaObject::invokeMethod(root, "showPage", Q_RETURN_ARG(bool, shown), Q_ARG(QString, page)));
        CHECK(shown);
        CHECK(root->property("currentPage").toString() == page);
    }
    // The Daylio preview needs a file (the screenshot runner writes a sample the same way).
    const QString daylio = tmp.filePath(QStringLiteral("daylio.csv"));
    {
        QFile f(daylio);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("full_date,time,mood,activities,note\n2026-01-02,20:00,Zen,\"work | yoga\",Calm\n");
    }
    for (const QString &key : ScreenshotRunner::overlayKeys()) {
        const QString overlay = key == QStringLiteral("daylio-import")
            ? key + QLatin1Char(' ') + QUrl::fromLocalFile(daylio).toString()
            : key;
        bool shown = false;
        REQUIRE(QMetaObject::invokeMethod(root, "showOverlay", Q_RETURN_ARG(bool, shown),
                                          Q_ARG(QString, overlay)));
        INFO(overlay.toStdString());
        CHECK(shown);
    }
    bool closed = false;
    QMetaObject::invokeMethod(root, "showOverlay", Q_RETURN_ARG(bool, closed), Q_ARG(QString, QString()));
    CHECK(closed);
    bool unknown = true;
    QMetaObject::invokeMethod(root, "showPage", Q_RETURN_ARG(bool, unknown),
                              Q_ARG(QString, QStringLiteral("nope")));
    CHECK_FALSE(unknown);

    // Desktop shortcuts: Ctrl+1…6 go to the primary pages, Ctrl+, to Settings, Ctrl+L locks.
    auto *window = qobject_cast<QQuickWindow *>(root);
    REQUIRE(window);
    window->show();
    window->requestActivate();
    REQUIRE(QTest::qWaitForWindowActive(window)); // shortcuts go to the active window
    // Key events reach the shortcut map through the event queue.
    const auto pageAfter = [&](const QString &keys) {
        QTest::keySequence(window, QKeySequence(keys));
        QTest::qWait(50);
        return root->property("currentPage").toString();
    };
    const QStringList primary = ScreenshotRunner::pageKeys().mid(0, 6);
    for (int i = 0; i < primary.size(); ++i) {
        CHECK(pageAfter(QStringLiteral("Ctrl+%1").arg(i + 1)) == primary.at(i));
    }
    CHECK(pageAfter(QStringLiteral("Ctrl+,")) == QStringLiteral("settings"));
    CHECK(pageAfter(QStringLiteral("Ctrl+F")) == QStringLiteral("journal"));
    CHECK(pageAfter(QStringLiteral("Ctrl+T")) == QStringLiteral("today"));
    pageAfter(QStringLiteral("Ctrl+L"));
    CHECK(session.state() == VaultSession::State::Locked);
}

TEST_CASE("Screenshot mode renders every page at phone and desktop size", "[qml][screenshots]") {
    const QStringList expected = QStringList{QStringLiteral("create"), QStringLiteral("unlock")} +
                                 ScreenshotRunner::pageKeys() + ScreenshotRunner::overlayKeys();
    for (const QSize size : {QSize(390, 844), QSize(1280, 800)}) {
        QTemporaryDir out;
        QByteArray stderrText;
        const int code = runScreenshots(
            out.path(), {QStringLiteral("--size"), QStringLiteral("%1x%2").arg(size.width()).arg(size.height())},
            &stderrText);
        INFO(stderrText.toStdString());
        REQUIRE(code == 0);
        for (const QString &name : expected) {
            const QImage image(out.filePath(name + QStringLiteral(".png")));
            INFO(name.toStdString() << " at " << size.width() << "x" << size.height());
            REQUIRE_FALSE(image.isNull());
            CHECK(image.size() == size);
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            CHECK(colours.size() > 20); // a real page, not a blank or single-colour frame
        }
        INFO("at " << size.width() << "x" << size.height());
        CHECK(layoutProblems(out.path()).isEmpty());
    }
}

// Every page in every language, and in the pseudo-localisation (accented, 40 % longer),
// at phone size: no text runs out of its box or is painted over another one.
TEST_CASE("Every language and the pseudo-localisation lay out without overlap at phone size",
          "[qml][screenshots][translations]") {
    for (const QString &language : {QStringLiteral("pseudo"), QStringLiteral("de"), QStringLiteral("es"),
                                   QStringLiteral("fr")}) {
        QTemporaryDir out;
        QByteArray stderrText;
        const int code = runScreenshots(out.path(),
                                        {QStringLiteral("--size"), QStringLiteral("390x844"),
                                         QStringLiteral("--language"), language},
                                        &stderrText);
        INFO(language.toStdString() << ": " << stderrText.toStdString());
        REQUIRE(code == 0);
        CHECK(QFileInfo::exists(out.filePath(QStringLiteral("today.png"))));
        CHECK(QFileInfo::exists(out.filePath(QStringLiteral("settings-sync.png"))));
        CHECK(layoutProblems(out.path()).isEmpty());
    }
}
