#include "JournalSearchModel.h"

#include "core/Error.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

namespace rebound {

JournalSearchModel::JournalSearchModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    m_filter.limit = kLimit;
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &JournalSearchModel::refresh);
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        if (!m_session.vault())
            clear(); // never keep results (plaintext) of a locked vault
        refresh();
    });
}

int JournalSearchModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_hits.size());
}

QHash<int, QByteArray> JournalSearchModel::roleNames() const {
    return {{IdRole, "entryId"}, {DateRole, "date"},       {DayRole, "day"},    {MoodRole, "mood"},
            {SnippetRole, "snippet"}, {TagsRole, "tags"}, {ScoreRole, "score"}};
}

QVariant JournalSearchModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return hit.snippet.toHtml();
    case IdRole:
        return hit.entry.id;
    case DateRole:
        return hit.entry.date;
    case DayRole:
        return hit.entry.date.toString(Qt::ISODate);
    case MoodRole:
        return hit.entry.mood;
    case TagsRole:
        return hit.entry.tags;
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

void JournalSearchModel::schedule(int delayMs) {
    emit filterChanged();
    m_debounce.start(delayMs);
}

void JournalSearchModel::setText(const QString &text) {
    if (text != m_filter.text) {
        m_filter.text = text;
        schedule(kDebounceMs);
    }
}

void JournalSearchModel::setMoodMin(int mood) {
    if (mood != m_filter.moodMin) {
        m_filter.moodMin = mood;
        schedule(0);
    }
}

void JournalSearchModel::setMoodMax(int mood) {
    if (mood != m_filter.moodMax) {
        m_filter.moodMax = mood;
        schedule(0);
    }
}

void JournalSearchModel::setEmotion(const QString &id) {
    if (id != m_filter.emotion) {
        m_filter.emotion = id;
        schedule(0);
    }
}

void JournalSearchModel::setTag(const QString &tag) {
    if (tag != m_filter.tag) {
        m_filter.tag = tag;
        schedule(0);
    }
}

void JournalSearchModel::setFrom(const QDate &date) {
    if (date != m_filter.from) {
        m_filter.from = date;
        schedule(0);
    }
}

void JournalSearchModel::setTo(const QDate &date) {
    if (date != m_filter.to) {
        m_filter.to = date;
        schedule(0);
    }
}

int JournalSearchModel::filterCount() const {
    return int(m_filter.moodMin > 0 || m_filter.moodMax > 0) + int(!m_filter.emotion.isEmpty()) +
           int(!m_filter.tag.isEmpty()) + int(m_filter.from.isValid() || m_filter.to.isValid());
}

void JournalSearchModel::clearFilters() {
    const QString text = m_filter.text;
    m_filter = JournalFilter{};
    m_filter.text = text;
    m_filter.limit = kLimit;
    schedule(0);
}

void JournalSearchModel::clear() {
    m_filter = JournalFilter{};
    m_filter.limit = kLimit;
    schedule(0);
}

void JournalSearchModel::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void JournalSearchModel::refresh() {
    m_debounce.stop();
    QList<JournalHit> hits;
    QStringList tags;
    if (Vault *vault = m_session.vault()) {
        try {
            tags = vault->journal().tags();
            if (active())
                hits = vault->journal().search(m_filter);
            setError({});
        } catch (const Error &e) {
            setError(e.message()); // keep the previous results visible
            return;
        }
    }
    beginResetModel();
    m_hits = std::move(hits);
    m_tags = std::move(tags);
    endResetModel();
    emit resultsChanged();
}

} // namespace rebound
