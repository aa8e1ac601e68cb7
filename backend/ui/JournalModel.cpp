#include "JournalModel.h"

#include "core/Error.h"
#include "core/Markdown.h"
#include "services/JournalTemplates.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

namespace rebound {

namespace {
constexpr int kPreviewChars = 240;

// Newest first: by date, then creation time, then id (the repository's order).
bool before(const JournalEntry &a, const JournalEntry &b) {
    return std::tuple(a.date, a.createdAt.toMSecsSinceEpoch(), a.id) >
           std::tuple(b.date, b.createdAt.toMSecsSinceEpoch(), b.id);
}
} // namespace

JournalModel::JournalModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, &JournalModel::reload);
    reload();
}

int JournalModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> JournalModel::roleNames() const {
    return {{IdRole, "entryId"},          {DateRole, "date"},          {DayRole, "day"},
            {MoodRole, "mood"},           {BodyRole, "body"},          {PreviewRole, "preview"},
            {CreatedAtRole, "createdAt"}, {UpdatedAtRole, "updatedAt"}, {TagsRole, "tags"}};
}

QVariant JournalModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PreviewRole:
        return markdown::plainPreview(e.body, kPreviewChars);
    case TagsRole:
        return e.tags;
    case IdRole:
        return e.id;
    case DateRole:
        return e.date;
    case DayRole:
        return e.date.toString(Qt::ISODate);
    case MoodRole:
        return e.mood;
    case BodyRole:
        return e.body;
    case CreatedAtRole:
        return e.createdAt;
    case UpdatedAtRole:
        return e.updatedAt;
    default:
        return {};
    }
}

bool JournalModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && !m_exhausted;
}

void JournalModel::fetchMore(const QModelIndex &parent) {
    Vault *vault = m_session.vault();
    if (parent.isValid() || m_exhausted || !vault || m_rows.isEmpty())
        return;
    try {
        const auto more = vault->journal().page(kPageSize, JournalRepository::cursorOf(m_rows.constLast()));
        m_exhausted = more.size() < kPageSize;
        if (!more.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
            m_rows.append(more);
            endInsertRows();
            emit countChanged();
        }
    } catch (const Error &e) {
        m_exhausted = true;
        setError(e.message());
    }
}

void JournalModel::reload() {
    if (!m_session.vault() && m_removed) { // locked: forget the deleted entry's text
        m_removed.reset();
        emit canUndoRemoveChanged();
    }
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_exhausted = true;
    if (Vault *vault = m_session.vault()) {
        try {
            m_rows = vault->journal().page(kPageSize);
            m_total = vault->journal().count();
            m_exhausted = m_rows.size() < kPageSize;
        } catch (const Error &e) {
            setError(e.message());
        }
    }
    endResetModel();
    emit countChanged();
}

void JournalModel::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void JournalModel::insertSorted(const JournalEntry &entry) {
    const auto pos = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                  [&](const JournalEntry &row) { return before(entry, row); });
    const int row = int(pos - m_rows.cbegin());
    // Beyond the loaded rows it will arrive with a later page.
    if (row < m_rows.size() || m_exhausted) {
        beginInsertRows({}, row, row);
        m_rows.insert(row, entry);
        endInsertRows();
    }
    ++m_total;
    emit countChanged();
}

void JournalModel::replaceRow(const JournalEntry &updated) {
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto &row) { return row.id == updated.id; });
    if (it != m_rows.end() && it->date == updated.date) {
        *it = updated;
        const QModelIndex changed = index(int(it - m_rows.begin()));
        emit dataChanged(changed, changed);
    } else {
        reload(); // moved to another day: its place in the order changed
    }
}

JournalEntry JournalModel::fromMap(const QVariantMap &f, JournalEntry e) {
    const auto has = [&](const char *key) { return f.contains(QLatin1String(key)); };
    if (has("date"))
        e.date = f.value(QStringLiteral("date")).toDate();
    if (has("mood"))
        e.mood = f.value(QStringLiteral("mood")).toInt();
    if (has("body"))
        e.body = f.value(QStringLiteral("body")).toString();
    if (has("tags"))
        e.tags = f.value(QStringLiteral("tags")).toStringList();
    if (has("emotions"))
        e.emotions = f.value(QStringLiteral("emotions")).toStringList();
    if (has("checkInId"))
        e.checkInId = f.value(QStringLiteral("checkInId")).toString();
    if (has("templateKey"))
        e.templateKey = f.value(QStringLiteral("templateKey")).toString();
    return e;
}

QString JournalModel::addEntry(const QDate &date, int mood, const QString &body) {
    return createEntry({{QStringLiteral("date"), date}, {QStringLiteral("mood"), mood}, {QStringLiteral("body"), body}});
}

QString JournalModel::createEntry(const QVariantMap &fields) {
    Vault *vault = m_session.vault();
    if (!vault)
        return {};
    try {
        const JournalEntry entry = vault->journal().create(fromMap(fields, JournalEntry{}));
        setError({});
        insertSorted(entry);
        emit dataWritten();
        return entry.id;
    } catch (const Error &e) {
        setError(e.message());
        return {};
    }
}

bool JournalModel::updateEntry(const QString &id, const QDate &date, int mood, const QString &body) {
    return saveEntry({{QStringLiteral("id"), id},
                      {QStringLiteral("date"), date},
                      {QStringLiteral("mood"), mood},
                      {QStringLiteral("body"), body}});
}

bool JournalModel::saveEntry(const QVariantMap &fields) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        const QString id = fields.value(QStringLiteral("id")).toString();
        const auto current = vault->journal().find(id);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That entry no longer exists."));
        const JournalEntry updated = vault->journal().update(fromMap(fields, *current));
        setError({});
        replaceRow(updated);
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

bool JournalModel::removeEntry(const QString &id) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        const auto current = vault->journal().find(id);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That entry no longer exists."));
        vault->journal().remove(id);
        m_removed = current;
        emit canUndoRemoveChanged();
        setError({});
        const auto it =
            std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const auto &row) { return row.id == id; });
        if (it != m_rows.cend()) {
            const int row = int(it - m_rows.cbegin());
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
        --m_total;
        emit countChanged();
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

bool JournalModel::undoRemove() {
    Vault *vault = m_session.vault();
    if (!vault || !m_removed)
        return false;
    try {
        const JournalEntry restored = vault->journal().restore(*m_removed);
        m_removed.reset();
        emit canUndoRemoveChanged();
        setError({});
        insertSorted(restored);
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

QString JournalModel::idAt(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

QVariantMap JournalModel::entry(const QString &id) const {
    Vault *vault = m_session.vault();
    if (!vault)
        return {};
    try {
        const auto e = vault->journal().find(id);
        if (!e)
            return {};
        QStringList emotionNames;
        for (const QString &emotion : e->emotions)
            emotionNames << vault->catalog().nameOf(emotion);
        return {{QStringLiteral("id"), e->id},
                {QStringLiteral("date"), e->date},
                {QStringLiteral("mood"), e->mood},
                {QStringLiteral("body"), e->body},
                {QStringLiteral("displayBody"), markdown::safeForDisplay(e->body)},
                {QStringLiteral("tags"), e->tags},
                {QStringLiteral("emotions"), e->emotions},
                {QStringLiteral("emotionNames"), emotionNames},
                {QStringLiteral("checkInId"), e->checkInId},
                {QStringLiteral("templateKey"), e->templateKey},
                {QStringLiteral("createdAt"), e->createdAt},
                {QStringLiteral("updatedAt"), e->updatedAt}};
    } catch (const Error &) {
        return {};
    }
}

QVariantList JournalModel::templates() const {
    QVariantList out;
    for (const JournalTemplate &t : journalTemplates())
        out.append(QVariantMap{{QStringLiteral("key"), t.key},
                               {QStringLiteral("title"), t.title},
                               {QStringLiteral("summary"), t.summary},
                               {QStringLiteral("body"), t.body},
                               {QStringLiteral("tags"), t.tags}});
    return out;
}

} // namespace rebound
