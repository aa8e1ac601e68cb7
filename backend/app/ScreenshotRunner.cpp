#include "ScreenshotRunner.h"

#include "core/Error.h"
#include "core/Logging.h"
#include "services/DemoData.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QDir>
#include <QImage>
#include <QMetaMethod>
#include <QQuickWindow>
#include <QTimer>

namespace rebound {

namespace {
constexpr int kSettleMs = 450; // animations (page switches, fades) finish well within this
const QString kDemoPassphrase = QStringLiteral("screenshot mode throw-away vault");
} // namespace

QStringList ScreenshotRunner::pageKeys() {
    return {QStringLiteral("today"),  QStringLiteral("journal"), QStringLiteral("jobs"),
            QStringLiteral("people"), QStringLiteral("goals"),   QStringLiteral("settings")};
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

// Calls Main.qml's showPage(key), whether QML declared it typed or untyped.
bool ScreenshotRunner::showPage(const QString &key) {
    const QMetaObject *meta = m_window->metaObject();
    const int index = meta->indexOfMethod("showPage(QString)");
    if (index >= 0) {
        bool shown = false;
        meta->method(index).invoke(m_window, Qt::DirectConnection, Q_RETURN_ARG(bool, shown),
                                   Q_ARG(QString, key));
        return shown;
    }
    QVariant shown;
    QMetaObject::invokeMethod(m_window, "showPage", Q_RETURN_ARG(QVariant, shown), Q_ARG(QVariant, key));
    return shown.toBool();
}

// One state per call, each followed by a pause so QML can settle and render.
void ScreenshotRunner::step() {
    const QStringList pages = pageKeys();
    const int s = m_step++;
    try {
        if (s == 0) {
            grab(QStringLiteral("create"));
            const auto secret = SecureBytes::fromUtf8(kDemoPassphrase);
            auto vault = Vault::create(m_session.dir(), secret, KdfParams::floor(), m_session.clock());
            if (m_demo)
                fillDemoJournal(vault->journal(), QDate::currentDate());
            vault.reset(); // locked: the unlock screen shows next
            emit m_session.stateChanged();
        } else if (s == 1) {
            grab(QStringLiteral("unlock"));
            m_session.open(
                Vault::unlock(m_session.dir(), SecureBytes::fromUtf8(kDemoPassphrase), m_session.clock()));
        } else if (s - 2 < pages.size()) {
            const QString page = pages.at(s - 2);
            if (s > 2)
                grab(pages.at(s - 3));
            if (!showPage(page)) {
                qCWarning(lcUi) << "the UI has no page" << page;
                ++m_failures;
            }
        } else {
            grab(pages.constLast());
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
