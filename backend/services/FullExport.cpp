#include "FullExport.h"

#include "core/Logging.h"
#include "services/ApplicationExport.h"
#include "services/ICalendar.h"
#include "services/VCard.h"
#include "storage/SyncSchemas.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebound::exporting {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FullExport)
};

constexpr int kJournalPage = 500;
constexpr int kFixedSteps = 5; // check-ins, applications, contacts, reminders, rebound.json

// A YAML double-quoted scalar: safe for any text (colons, quotes, newlines).
QString yamlString(const QString &text) {
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 || c.unicode() == 0x7f) {
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out + u'"';
}

QString yamlList(const QStringList &items) {
    QStringList quoted;
    for (const QString &item : items)
        quoted << yamlString(item);
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

QJsonValue jsonValue(const QVariant &value) {
    switch (value.typeId()) {
    case QMetaType::UnknownType:
    case QMetaType::Nullptr:
        return QJsonValue::Null;
    case QMetaType::LongLong:
    case QMetaType::Int:
        return value.toLongLong();
    case QMetaType::Double:
        return value.toDouble();
    case QMetaType::QByteArray:
        return QString::fromLatin1(value.toByteArray().toBase64());
    default:
        return value.toString();
    }
}

class FolderWriter {
public:
    explicit FolderWriter(QString root)
        : m_root(std::move(root)) {}

    void write(const QString &relative, const QByteArray &content) {
        const QString path = QDir(m_root).filePath(relative);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            throw Error(ErrorCode::Io, Tr::tr("Could not create the folder %1.")
                                           .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
        QFile file(path);
        if (!file.open(QIODevice::NewOnly | QIODevice::WriteOnly) || file.write(content) != content.size() ||
            !file.flush()) {
            const bool full = file.error() == QFileDevice::ResourceError;
            const QString reason = file.errorString();
            if (full)
                throw Error(ErrorCode::DiskFull, Tr::tr("There is not enough space to finish the export."));
            throw Error(ErrorCode::Io,
                        Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), reason));
        }
        files << relative;
    }

    QStringList files;

private:
    QString m_root;
};

QString newFolder(const QString &parentDir, const QDateTime &now) {
    QDir parent(parentDir);
    if (!parent.exists())
        throw Error(ErrorCode::Io,
                    Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parentDir)));
    //: Name of the folder an export creates; %1 is the date and time (2026-05-01 14-30).
    const QString base = Tr::tr("Rebound export %1").arg(now.toString(QStringLiteral("yyyy-MM-dd HH-mm")));
    for (int n = 1; n < 1000; ++n) {
        const QString name = n == 1 ? base : QStringLiteral("%1 (%2)").arg(base).arg(n);
        // mkdir fails if it exists: never write into someone's folder.
        if (parent.mkdir(name))
            return parent.filePath(name);
        if (!parent.exists(name))
            break;
    }
    throw Error(
        ErrorCode::Io,
        Tr::tr("Could not create a folder for the export in %1.").arg(QDir::toNativeSeparators(parentDir)));
}

QByteArray checkInsCsv(Vault &vault) {
    QString out = QStringLiteral("date,mood,emotions,efforts,note,created_at,id\r\n");
    const QList<CheckIn> all = vault.checkIns().between(QDate(1, 1, 1), QDate(9999, 12, 31), INT_MAX);
    CatalogRepository &catalog = vault.catalog();
    const auto names = [&catalog](const QStringList &ids) {
        QStringList list;
        for (const QString &id : ids)
            list << catalog.nameOf(id);
        return list.join(QStringLiteral("; "));
    };
    for (auto it = all.crbegin(); it != all.crend(); ++it) { // oldest first
        const CheckIn &c = *it;
        out += QStringList{c.date.toString(Qt::ISODate),
                           QString::number(c.mood),
                           csvField(names(c.emotions)),
                           csvField(names(c.efforts)),
                           csvField(c.note),
                           c.createdAt.toUTC().toString(Qt::ISODate),
                           c.id}
                   .join(u',') +
               QStringLiteral("\r\n");
    }
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

QByteArray everythingJson(Vault &vault, const QDateTime &now, qint64 *records) {
    QJsonObject tables;
    for (const EntitySchema *schema : allSyncSchemas()) {
        QJsonArray rows;
        for (const QVariantList &row : vault.sync().rows(*schema)) {
            QJsonObject o{{QStringLiteral("id"), jsonValue(row.value(0))}};
            for (int i = 0; i < schema->fields.size(); ++i)
                o.insert(schema->fields[i], jsonValue(row.value(i + 1)));
            rows.append(o);
        }
        *records += rows.size();
        tables.insert(schema->table, rows);
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("rebound-export")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("exportedAt"), now.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("appVersion"), QCoreApplication::applicationVersion()},
                           {QStringLiteral("tables"), tables}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace

QString journalMarkdown(const JournalEntry &entry, const QStringList &emotionNames) {
    QString out = QStringLiteral("---\n");
    out += QStringLiteral("date: %1\n").arg(entry.date.toString(Qt::ISODate));
    if (entry.mood != JournalEntry::kNoMood)
        out += QStringLiteral("mood: %1\n").arg(entry.mood);
    if (!entry.tags.isEmpty())
        out += QStringLiteral("tags: %1\n").arg(yamlList(entry.tags));
    if (!emotionNames.isEmpty())
        out += QStringLiteral("emotions: %1\n").arg(yamlList(emotionNames));
    if (!entry.templateKey.isEmpty())
        out += QStringLiteral("template: %1\n").arg(yamlString(entry.templateKey));
    out += QStringLiteral("created: %1\n").arg(entry.createdAt.toUTC().toString(Qt::ISODate));
    out += QStringLiteral("id: %1\n").arg(entry.id);
    out += QStringLiteral("---\n\n");
    out += entry.body;
    if (!entry.body.endsWith(u'\n'))
        out += u'\n';
    return out;
}

FolderExport exportFolder(Vault &vault, const QString &parentDir, const QList<DueReminder> &upcoming,
                          const QDateTime &now, const ExportProgress &progress) {
    FolderExport result;
    result.folder = newFolder(parentDir, now);
    FolderWriter writer(result.folder);
    try {
        const int total = vault.journal().count() + kFixedSteps;
        int done = 0;
        const auto step = [&](int n = 1) {
            done += n;
            if (progress)
                progress(std::min(done, total), total);
        };
        if (progress)
            progress(0, total);

        // Journal: newest first from the repository; numbered per day in that order.
        QHash<QDate, int> perDay;
        CatalogRepository &catalog = vault.catalog();
        std::optional<JournalRepository::Cursor> cursor;
        for (;;) {
            const QList<JournalEntry> page = vault.journal().page(kJournalPage, cursor);
            if (page.isEmpty())
                break;
            for (const JournalEntry &e : page) {
                QStringList emotions;
                for (const QString &id : e.emotions)
                    emotions << catalog.nameOf(id);
                const int n = ++perDay[e.date];
                const QString name = n == 1
                                         ? e.date.toString(Qt::ISODate)
                                         : QStringLiteral("%1-%2").arg(e.date.toString(Qt::ISODate)).arg(n);
                writer.write(QStringLiteral("journal/%1/%2.md").arg(e.date.year()).arg(name),
                             journalMarkdown(e, emotions).toUtf8());
                ++result.journalEntries;
            }
            step(int(page.size()));
            const JournalEntry &last = page.constLast();
            cursor = JournalRepository::cursorOf(last);
        }

        writer.write(QStringLiteral("check-ins.csv"), checkInsCsv(vault));
        step();
        const QList<ApplicationRecord> applications = collect(vault);
        writer.write(QStringLiteral("applications.csv"), applicationsCsv(applications));
        writer.write(QStringLiteral("applications.json"), applicationsJson(applications));
        step();
        writer.write(QStringLiteral("contacts.vcf"), vcard::write(vault.contacts().list()));
        step();
        writer.write(QStringLiteral("reminders.ics"), icalendar::write(upcoming, now.toUTC()));
        step();
        writer.write(QStringLiteral("rebound.json"), everythingJson(vault, now, &result.records));
        step();
    } catch (...) {
        QDir(result.folder).removeRecursively();
        throw;
    }
    result.files = writer.files;
    qCInfo(lcExport) << "exported" << result.journalEntries << "journal entries," << result.records
                     << "records";
    return result;
}

} // namespace rebound::exporting
