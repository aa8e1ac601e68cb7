#include "ContactListModel.h"

#include "core/Clock.h"
#include "core/Error.h"
#include "services/VaultSession.h"
#include "storage/ContactRepository.h"
#include "storage/Vault.h"

#include <QHash>

namespace rebound {

namespace {
const QString kDayFormat = QStringLiteral("yyyy-MM-dd");
constexpr int kDaysPerWeek = 7;
constexpr int kDaysPerMonth = 30;
constexpr int kDaysPerYear = 365;
constexpr int kWeeksUntilMonths = 8; // "7 weeks ago", then "2 months ago"
} // namespace

ContactListModel::ContactListModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, &ContactListModel::refresh);
    refresh();
}

int ContactListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ContactListModel::roleNames() const {
    return {{IdRole, "contactId"},
            {NameRole, "name"},
            {InitialsRole, "initials"},
            {CompanyRole, "company"},
            {RoleRole, "jobRole"},
            {SubtitleRole, "subtitle"},
            {EmailsRole, "emails"},
            {PhonesRole, "phones"},
            {TagsRole, "tags"},
            {TagLabelsRole, "tagLabels"},
            {LastContactedRole, "lastContacted"},
            {LastContactedTextRole, "lastContactedText"},
            {CadenceDaysRole, "cadenceDays"},
            {DueOnRole, "dueOn"},
            {DueTextRole, "dueText"},
            {IsDueRole, "isDue"}};
}

QVariant ContactListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_rows.at(index.row()), role);
}

QVariant ContactListModel::value(const ContactStatus &row, int role) const {
    const Contact &c = row.contact;
    switch (role) {
    case IdRole:
        return c.id;
    case NameRole:
        return c.name;
    case InitialsRole:
        return initials(c.name);
    case CompanyRole:
        return c.company;
    case RoleRole:
        return c.role;
    case SubtitleRole: {
        QStringList parts;
        if (!c.role.isEmpty())
            parts << c.role;
        if (!c.company.isEmpty())
            parts << c.company;
        return parts.join(tr(" · "));
    }
    case EmailsRole:
        return c.emails;
    case PhonesRole:
        return c.phones;
    case TagsRole:
        return c.tags;
    case TagLabelsRole: {
        QStringList labels;
        for (const QString &t : c.tags)
            labels << contacttag::label(t);
        return labels;
    }
    case LastContactedRole:
        return row.lastContacted.toString(kDayFormat);
    case LastContactedTextRole:
        return agoText(row.lastContacted, m_today);
    case CadenceDaysRole:
        return row.cadenceDays;
    case DueOnRole:
        return row.dueOn.toString(kDayFormat);
    case DueTextRole:
        return dueText(row.dueOn, m_today);
    case IsDueRole:
        return row.isDue(m_today);
    default:
        return {};
    }
}

QVariantMap ContactListModel::get(int row) const {
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), value(m_rows.at(row), it.key()));
    return out;
}

int ContactListModel::rowOf(const QString &contactId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).contact.id == contactId)
            return i;
    return -1;
}

void ContactListModel::setText(const QString &text) {
    if (m_text == text)
        return;
    m_text = text;
    emit filterChanged();
    refresh();
}

void ContactListModel::setTag(const QString &tag) {
    if (m_tag == tag)
        return;
    m_tag = tag;
    emit filterChanged();
    refresh();
}

void ContactListModel::clearFilters() {
    if (m_text.isEmpty() && m_tag.isEmpty())
        return;
    m_text.clear();
    m_tag.clear();
    emit filterChanged();
    refresh();
}

void ContactListModel::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void ContactListModel::refresh() {
    QList<ContactStatus> rows;
    int total = 0;
    QVariantList tagChoices;
    Vault *vault = m_session.vault();
    m_today = localToday(m_session.clock());
    QString error;
    if (vault) {
        try {
            ContactRepository &repo = vault->contacts();
            const QList<ContactStatus> all = repo.statuses(m_today);
            total = int(all.size());
            QHash<QString, int> byId;
            QHash<QString, int> tagCounts;
            for (int i = 0; i < all.size(); ++i) {
                byId.insert(all.at(i).contact.id, i);
                for (const QString &t : all.at(i).contact.tags)
                    ++tagCounts[t];
            }
            ContactFilter filter;
            filter.text = m_text.trimmed();
            filter.tag = m_tag;
            for (const Contact &c : repo.list(filter)) {
                const auto it = byId.constFind(c.id);
                if (it != byId.constEnd())
                    rows.append(all.at(*it));
            }
            for (const QString &t : contacttag::all())
                tagChoices.append(QVariantMap{{QStringLiteral("key"), t},
                                              {QStringLiteral("label"), contacttag::label(t)},
                                              {QStringLiteral("count"), tagCounts.value(t)}});
        } catch (const Error &e) {
            error = e.message();
        }
    }
    beginResetModel();
    m_rows = rows;
    m_total = total;
    m_tagChoices = tagChoices;
    endResetModel();
    setError(error);
    emit resultsChanged();
}

QString ContactListModel::initials(const QString &name) {
    const QStringList words = name.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString out;
    if (!words.isEmpty())
        out += words.first().left(1).toUpper();
    if (words.size() > 1)
        out += words.last().left(1).toUpper();
    return out;
}

QString ContactListModel::agoText(const QDate &day, const QDate &today) {
    if (!day.isValid())
        return tr("never");
    const qint64 days = day.daysTo(today);
    if (days <= 0)
        return tr("today");
    if (days == 1)
        return tr("yesterday");
    if (days < kDaysPerWeek * 2)
        return tr("%1 days ago").arg(days);
    if (days < kDaysPerWeek * kWeeksUntilMonths)
        return tr("%1 weeks ago").arg(days / kDaysPerWeek);
    if (days < kDaysPerYear)
        return days < kDaysPerMonth * 2 ? tr("a month ago") : tr("%1 months ago").arg(days / kDaysPerMonth);
    return days < kDaysPerYear * 2 ? tr("a year ago") : tr("%1 years ago").arg(days / kDaysPerYear);
}

QString ContactListModel::dueText(const QDate &dueOn, const QDate &today) {
    if (!dueOn.isValid())
        return {};
    const qint64 days = today.daysTo(dueOn);
    if (days == 0)
        return tr("due today");
    if (days < 0)
        return days == -1 ? tr("1 day overdue") : tr("%1 days overdue").arg(-days);
    if (days == 1)
        return tr("due tomorrow");
    return tr("due in %1 days").arg(days);
}

QString ContactListModel::cadenceText(int days) {
    if (days <= 0)
        return tr("off");
    return days == 1 ? tr("every day") : tr("every %1 days").arg(days);
}

} // namespace rebound
