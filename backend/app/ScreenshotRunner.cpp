#include "ScreenshotRunner.h"

#include "core/Error.h"
#include "core/Logging.h"
#include "services/DemoData.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QDir>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

namespace rebound {

namespace {
constexpr int kSettleMs = 450; // animations (page switches, fades) finish well within this
const QString kDemoPassphrase = QStringLiteral("screenshot mode throw-away vault");
} // namespace

QStringList ScreenshotRunner::pageKeys() {
    return {QStringLiteral("today"),  QStringLiteral("journal"), QStringLiteral("jobs"),
            QStringLiteral("people"), QStringLiteral("goals"),   QStringLiteral("insights"),
            QStringLiteral("settings")};
}

QStringList ScreenshotRunner::overlayKeys() {
    return {QStringLiteral("journal-entry"),    QStringLiteral("journal-editor"),
            QStringLiteral("journal-templates"), QStringLiteral("journal-calendar"),
            QStringLiteral("journal-search"),   QStringLiteral("job-application"),
            QStringLiteral("job-editor"),       QStringLiteral("job-interview"),
            QStringLiteral("job-feedback"),     QStringLiteral("skills-plan"),
            QStringLiteral("rejection-flow"),   QStringLiteral("goal-editor"),
            QStringLiteral("checklist-editor"), QStringLiteral("reviews"),
            QStringLiteral("review"),           QStringLiteral("review-finished"),
            QStringLiteral("contact"),          QStringLiteral("contact-editor"),
            QStringLiteral("log-interaction"),  QStringLiteral("reach-out"),
            QStringLiteral("inbox"),
            QStringLiteral("insights-middle"),  QStringLiteral("insights-end"),
            QStringLiteral("change-passphrase"), QStringLiteral("settings-sync"),
            QStringLiteral("sync-setup")};
}

ScreenshotRunner::ScreenshotRunner(QQuickWindow *window, VaultSession &session, QString outputDir, bool demo,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_session(session)
    , m_outputDir(std::move(outputDir))
    , m_demo(demo) {}

void ScreenshotRunner::start() {
    QDir().mkpath(m_outputDir);
    QTimer::singleShot(kSettleMs, this, &ScreenshotRunner::step);
}

bool ScreenshotRunner::grab(const QString &name) {
    const QImage image = m_window->grabWindow();
    const QString path = QDir(m_outputDir).filePath(name + QStringLiteral(".png"));
    if (image.isNull() || !image.save(path)) {
        qCWarning(lcUi) << "could not save screenshot" << path;
        ++m_failures;
        return false;
    }
    qCInfo(lcUi) << "saved" << path;
    return true;
}

// Calls one of Main.qml's showPage(key) / showOverlay(key).
bool ScreenshotRunner::callUi(const char *function, const QString &key) {
    bool shown = false;
    return QMetaObject::invokeMethod(m_window, function, Q_RETURN_ARG(bool, shown), Q_ARG(QString, key)) &&
           shown;
}

// One state per call, each followed by a pause so QML can settle and render.
void ScreenshotRunner::step() {
    const QStringList pages = pageKeys();
    const QStringList shots = pages + overlayKeys();
    const int s = m_step++;
    try {
        if (s == 0) {
            grab(QStringLiteral("create"));
            const auto secret = SecureBytes::fromUtf8(kDemoPassphrase);
            auto vault = Vault::create(m_session.dir(), secret, KdfParams::floor(), m_session.clock());
            if (m_demo)
                fillDemoData(*vault, QDate::currentDate());
            // Through the session, like any vault: locking it shows the unlock screen next.
            m_session.open(std::move(vault));
            m_session.lock();
        } else if (s == 1) {
            grab(QStringLiteral("unlock"));
            m_session.open(
                Vault::unlock(m_session.dir(), SecureBytes::fromUtf8(kDemoPassphrase), m_session.clock()));
        } else if (s - 2 < shots.size()) {
            // Each step grabs what the previous one showed, then shows the next.
            if (s > 2)
                grab(shots.at(s - 3));
            const QString key = shots.at(s - 2);
            const bool overlay = s - 2 >= pages.size();
            if (!callUi(overlay ? "showOverlay" : "showPage", key)) {
                qCWarning(lcUi) << "the UI cannot show" << key;
                ++m_failures;
            }
        } else {
            grab(shots.constLast());
            emit finished(m_failures == 0 ? 0 : 1);
            return;
        }
    } catch (const Error &e) {
        qCWarning(lcUi) << "screenshot mode failed:" << e.message();
        emit finished(1);
        return;
    }
    QTimer::singleShot(kSettleMs, this, &ScreenshotRunner::step);
}

} // namespace rebound
