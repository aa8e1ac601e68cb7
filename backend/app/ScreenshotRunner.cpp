#include "ScreenshotRunner.h"

#include "core/Error.h"
#include "core/Logging.h"
#include "services/DemoData.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"
#include "sync/SyncService.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>
#include <algorithm>

namespace rebound {

namespace {
constexpr int kSettleMs = 450; // animations (page switches, fades) finish well within this
const QString kDemoPassphrase = QStringLiteral("screenshot mode throw-away vault");
const QString kDemoSyncPassphrase = QStringLiteral("screenshot mode throw-away sync");

// A sync through a folder beside the throw-away vault, joined by a second throw-away
// vault, so Settings → Sync shows a sync that is set up and knows another device.
void fillDemoSync(Vault &vault, const QString &vaultDir, const Clock &clock) {
    const QDir scratch = QFileInfo(vaultDir).dir();
    SyncAccount account;
    account.kind = SyncAccount::Kind::Folder;
    account.url = scratch.filePath(QStringLiteral("sync-folder"));
    QDir().mkpath(account.url);
    account.deviceLabel = QStringLiteral("Laptop");
    SyncService first(vault, clock);
    first.setKdfParams(KdfParams::floor());
    first.setUp(account, SecureBytes::fromUtf8(kDemoSyncPassphrase), false);

    auto phone = Vault::create(scratch.filePath(QStringLiteral("second-vault")),
                               SecureBytes::fromUtf8(kDemoPassphrase), KdfParams::floor(), clock);
    SyncService second(*phone, clock);
    account.deviceLabel = QStringLiteral("Phone");
    second.setUp(account, SecureBytes::fromUtf8(kDemoSyncPassphrase), true);
    first.syncNow();
}
struct TextBox {
    QQuickItem *item;
    QRectF painted; // scene coordinates, cut to what clipping ancestors let through
    bool inOverlay; // in a popup: covers the page below, so only compared with popups
    int paintIndex;
};

// Opaque rectangles (page and sheet backgrounds, bars) hide what was painted before them.
struct Cover {
    QRectF area;
    int paintIndex;
};

struct Audit {
    QList<TextBox> boxes;
    QList<Cover> covers;
    int paintIndex = 0;
};

// Where a text item sits, by QML type ("SettingRow/ColumnLayout/Label"): the report
// names no text, since texts can be the user's data (even demo data stays off disk).
QString itemPath(QQuickItem *item) {
    constexpr int kDepth = 4;
    QStringList parts;
    for (QQuickItem *p = item; p && parts.size() < kDepth; p = p->parentItem()) {
        QString name = QString::fromLatin1(p->metaObject()->className());
        name = name.section(QStringLiteral("_QMLTYPE_"), 0, 0).section(QStringLiteral("_QML_"), 0, 0);
        if (name.startsWith(QLatin1String("QQuick")))
            name = name.mid(6);
        if (!p->objectName().isEmpty())
            name += QLatin1Char('#') + p->objectName();
        parts.prepend(name);
    }
    return parts.join(QLatin1Char('/'));
}

QString where(QQuickItem *item) {
    const QPointF at = item->mapToScene(QPointF(0, 0));
    return QStringLiteral("%1 at %2,%3").arg(itemPath(item)).arg(qRound(at.x())).arg(qRound(at.y()));
}

// Text that does not fit its box: one line, no eliding, wider than the item, so it
// spills over its neighbours or is cut off; or text cut short with an ellipsis.
// Also collects where each visible text is painted, for the overlap check.
void auditTexts(QQuickItem *item, qreal opacity, QRectF clip, bool inOverlay, const QString &shot,
                QStringList &problems, Audit &audit) {
    opacity *= item->opacity();
    if (!item->isVisible() || opacity <= 0.01)
        return;
    if (item->clip())
        clip = clip.intersected(item->mapRectToScene(item->boundingRect()));
    if (clip.isEmpty())
        return;
    inOverlay = inOverlay || item->inherits("QQuickOverlay");
    const int paintIndex = audit.paintIndex++;
    const QMetaObject *meta = item->metaObject();
    if (item->inherits("QQuickRectangle") && opacity > 0.99 &&
        item->property("color").value<QColor>().alpha() == 255)
        audit.covers.append({item->mapRectToScene(item->boundingRect()).intersected(clip), paintIndex});
    if (meta->indexOfProperty("truncated") >= 0 && meta->indexOfProperty("wrapMode") >= 0) {
        const QString text = item->property("text").toString();
        const qreal contentWidth = item->property("contentWidth").toReal();
        const qreal contentHeight = item->property("contentHeight").toReal();
        const bool oneLine = item->property("wrapMode").toInt() == 0 && item->property("elide").toInt() == 0;
        constexpr qreal kTolerance = 1.5;
        const auto line = [&](const char *kind) {
            problems.append(QStringLiteral("%1\t%2\t%3 px in %4 px\t%5")
                                .arg(shot, QLatin1String(kind))
                                .arg(qRound(contentWidth))
                                .arg(qRound(item->width()))
                                .arg(where(item)));
        };
        if (!text.trimmed().isEmpty() && item->width() > 0) {
            if (item->property("truncated").toBool())
                line("elided");
            else if (oneLine && contentWidth > item->width() + kTolerance)
                line("overflow");
            // Where the glyphs are: the content box, placed by the horizontal alignment.
            const qreal w = contentWidth > item->width() && oneLine ? contentWidth
                                                                    : std::min(contentWidth, item->width());
            const int align = item->property("horizontalAlignment").toInt();
            const qreal x = align == Qt::AlignRight     ? item->width() - w
                            : align == Qt::AlignHCenter ? (item->width() - w) / 2
                                                        : 0;
            const qreal h = std::min(contentHeight, item->height() > 0 ? item->height() : contentHeight);
            const QRectF painted = item->mapRectToScene(QRectF(x, 0, w, h)).intersected(clip);
            if (!painted.isEmpty())
                audit.boxes.append({item, painted, inOverlay, paintIndex});
        }
    }
    // Paint order: by z, then in the order of the children.
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(),
                     [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
    for (QQuickItem *child : std::as_const(children))
        auditTexts(child, opacity, clip, inOverlay, shot, problems, audit);
}

bool related(QQuickItem *a, QQuickItem *b) {
    for (QQuickItem *p = a; p; p = p->parentItem())
        if (p == b)
            return true;
    for (QQuickItem *p = b; p; p = p->parentItem())
        if (p == a)
            return true;
    return false;
}

// Two texts painted over each other (more than a sliver: antialiasing and tight
// line boxes touch by a pixel).
void auditOverlaps(const Audit &audit, const QString &shot, QStringList &problems) {
    constexpr qreal kSliver = 2.0;
    const QList<TextBox> &boxes = audit.boxes;
    const auto hidden = [&](const TextBox &lower, const QRectF &area) {
        for (const Cover &c : audit.covers)
            if (c.paintIndex > lower.paintIndex && c.area.contains(area))
                return true;
        return false;
    };
    for (qsizetype i = 0; i < boxes.size(); ++i)
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            const QRectF both = boxes[i].painted.intersected(boxes[j].painted);
            if (boxes[i].inOverlay != boxes[j].inOverlay)
                continue;
            if (both.width() <= kSliver || both.height() <= kSliver || related(boxes[i].item, boxes[j].item))
                continue;
            const TextBox &lower = boxes[i].paintIndex < boxes[j].paintIndex ? boxes[i] : boxes[j];
            if (!hidden(lower, both))
                problems.append(QStringLiteral("%1\toverlap\t%2 x %3 px\t%4 | %5")
                                    .arg(shot)
                                    .arg(qRound(both.width()))
                                    .arg(qRound(both.height()))
                                    .arg(where(boxes[i].item), where(boxes[j].item)));
        }
}

} // namespace

QStringList ScreenshotRunner::pageKeys() {
    return {QStringLiteral("today"),   QStringLiteral("journal"), QStringLiteral("jobs"),
            QStringLiteral("people"),  QStringLiteral("goals"),   QStringLiteral("insights"),
            QStringLiteral("settings")};
}

QStringList ScreenshotRunner::overlayKeys() {
    return {QStringLiteral("journal-entry"),
            QStringLiteral("journal-editor"),
            QStringLiteral("journal-templates"),
            QStringLiteral("journal-calendar"),
            QStringLiteral("journal-search"),
            QStringLiteral("job-application"),
            QStringLiteral("job-editor"),
            QStringLiteral("job-interview"),
            QStringLiteral("job-feedback"),
            QStringLiteral("skills-plan"),
            QStringLiteral("rejection-flow"),
            QStringLiteral("goal-editor"),
            QStringLiteral("checklist-editor"),
            QStringLiteral("reviews"),
            QStringLiteral("review"),
            QStringLiteral("review-finished"),
            QStringLiteral("contact"),
            QStringLiteral("contact-editor"),
            QStringLiteral("log-interaction"),
            QStringLiteral("reach-out"),
            QStringLiteral("inbox"),
            QStringLiteral("insights-middle"),
            QStringLiteral("insights-end"),
            QStringLiteral("change-passphrase"),
            QStringLiteral("settings-sync"),
            QStringLiteral("sync-setup"),
            QStringLiteral("settings-data"),
            QStringLiteral("backup"),
            QStringLiteral("daylio-import")};
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
    Audit audit;
    auditTexts(m_window->contentItem(), 1.0, QRectF(QPointF(0, 0), m_window->size()), false, name,
               m_layoutProblems, audit);
    auditOverlaps(audit, name, m_layoutProblems);
    return true;
}

// DIR/layout.txt: one line per text that does not fit (shot, kind, widths, where), for
// tests and for reading after a pseudo-localised run.
void ScreenshotRunner::writeLayoutReport() {
    QFile file(QDir(m_outputDir).filePath(QStringLiteral("layout.txt")));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        ++m_failures;
        return;
    }
    QTextStream out(&file);
    for (const QString &line : std::as_const(m_layoutProblems))
        out << line << '\n';
}

// A small Daylio export (sample text, no user data) beside the throw-away vault, for
// the import preview: custom moods, activities, notes.
QUrl ScreenshotRunner::daylioSample() const {
    const QString path = QDir(m_session.dir()).absoluteFilePath(QStringLiteral("../daylio-sample.csv"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        const QDate today = QDate::currentDate();
        QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n";
        const char *rows[] = {"20:15,good,\"work | friends | reading\",Busy day,\"Two applications out.\"",
                              "08:05,Zen,\"yoga | reading\",,\"Calm morning.\"",
                              "21:40,meh,\"applied | walk\",,",
                              "19:00,Tired,\"applied | networking\",Long day,\"Three calls.\"",
                              "18:30,rad,\"friends | walk\",,\"Offer for a second interview!\""};
        int day = 1;
        for (const char *row : rows)
            csv += today.addDays(-day++).toString(Qt::ISODate).toUtf8() + ",,," + row + '\n';
        file.write(csv);
    }
    return QUrl::fromLocalFile(path);
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
            if (m_demo) {
                fillDemoData(*vault, QDate::currentDate());
                fillDemoSync(*vault, m_session.dir(), m_session.clock());
            }
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
            QString key = shots.at(s - 2);
            const bool overlay = s - 2 >= pages.size();
            if (key == QStringLiteral("daylio-import"))
                key += QLatin1Char(' ') + daylioSample().toString();
            if (!callUi(overlay ? "showOverlay" : "showPage", key)) {
                qCWarning(lcUi) << "the UI cannot show" << key;
                ++m_failures;
            }
        } else {
            grab(shots.constLast());
            writeLayoutReport();
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
