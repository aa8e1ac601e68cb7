#include "ApplicationListModel.h"

#include "ApplicationController.h"
#include "core/Error.h"
#include "core/Interview.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

namespace rebound {

namespace {
constexpr int kUpcomingLimit = 1000; // interviews looked at for "next interview"
} // namespace

ApplicationListModel::ApplicationListModel(VaultSession &session, QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session) {
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &ApplicationListModel::refresh);
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        if (!m_session.vault()) { // never keep a locked vault's companies and search words
            m_text.clear();
            m_workMode.clear();
            m_source.clear();
            emit filterChanged();
        }
        refresh();
    });
    refresh();
}

int ApplicationListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ApplicationListModel::roleNames() const {
    return {{IdRole, "applicationId"},
            {CompanyRole, "company"},
            {RoleRole, "role"},
            {StageRole, "stage"},
            {StageLabelRole, "stageLabel"},
            {StageDateRole, "stageDate"},
            {StageDayRole, "stageDay"},
            {DaysInStageRole, "daysInStage"},
            {ClosedRole, "closed"},
            {WorkModeRole, "workMode"},
            {WorkModeLabelRole, "workModeLabel"},
            {LocationRole, "location"},
            {SourceRole, "source"},
            {LinkRole, "link"},
            {NextInterviewRole, "nextInterview"},
            {NextInterviewAtRole, "nextInterviewAt"},
            {SectionRole, "section"}};
}

QVariant ApplicationListModel::value(const Row &row, int role) const {
    const JobApplication &a = row.application;
    switch (role) {
    case Qt::DisplayRole:
    case CompanyRole:
        return a.company;
    case IdRole:
        return a.id;
    case RoleRole:
        return a.role;
    case StageRole:
        return a.stage;
    case StageLabelRole:
        return stage::label(a.stage);
    case StageDateRole:
        return a.stageDate;
    case StageDayRole:
        return a.stageDate.toString(Qt::ISODate);
    case DaysInStageRole:
        return int(std::max<qint64>(0, a.stageDate.daysTo(m_today)));
    case ClosedRole:
        return stage::isClosed(a.stage);
    case WorkModeRole:
        return a.workMode;
    case WorkModeLabelRole:
        return a.workMode.isEmpty() ? QString() : workmode::label(a.workMode);
    case LocationRole:
        return a.location;
    case SourceRole:
        return a.source;
    case LinkRole:
        return a.link;
    case NextInterviewRole:
        if (!row.nextInterviewAt.isValid())
            return QString();
        return tr("%1 · %2").arg(interviewkind::label(row.nextInterviewKind),
                                 ApplicationController::interviewWhen(row.nextInterviewAt, m_today));
    case NextInterviewAtRole:
        return row.nextInterviewAt;
    case SectionRole:
        return stage::isClosed(a.stage) ? tr("Closed") : stage::label(a.stage);
    default:
        return {};
    }
}

QVariant ApplicationListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return value(m_rows.at(index.row()), role);
}

QVariantMap ApplicationListModel::toMap(const Row &row) const {
    QVariantMap map;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        map.insert(QString::fromLatin1(it.value()), value(row, it.key()));
    return map;
}

QVariantList ApplicationListModel::columns() const {
    QVariantList out;
    for (const QString &key : stage::all()) {
        if (stage::isClosed(key))
            continue;
        out.append(QVariantMap{{QStringLiteral("stage"), key},
                               {QStringLiteral("label"), stage::label(key)},
                               {QStringLiteral("count"), m_stageCounts.value(key)}});
    }
    if (m_showClosed)
        out.append(QVariantMap{{QStringLiteral("stage"), kClosedColumn},
                               {QStringLiteral("label"), tr("Closed")},
                               {QStringLiteral("count"), m_closedCount}});
    return out;
}

QVariantList ApplicationListModel::inColumn(const QString &column) const {
    QVariantList out;
    for (const Row &row : m_rows) {
        const QString &s = row.application.stage;
        if (column == kClosedColumn ? stage::isClosed(s) : s == column)
            out.append(toMap(row));
    }
    return out;
}

int ApplicationListModel::countIn(const QString &stageKey) const {
    return m_stageCounts.value(stageKey);
}

QVariantMap ApplicationListModel::get(int row) const {
    return row >= 0 && row < m_rows.size() ? toMap(m_rows.at(row)) : QVariantMap();
}

int ApplicationListModel::rowOf(const QString &applicationId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).application.id == applicationId)
            return int(i);
    return -1;
}

void ApplicationListModel::schedule(int delayMs) {
    emit filterChanged();
    m_debounce.start(delayMs);
}

void ApplicationListModel::setText(const QString &text) {
    if (text != m_text) {
        m_text = text;
        schedule(kDebounceMs);
    }
}

void ApplicationListModel::setShowClosed(bool show) {
    if (show != m_showClosed) {
        m_showClosed = show;
        schedule(0);
    }
}

void ApplicationListModel::setWorkMode(const QString &mode) {
    if (mode != m_workMode) {
        m_workMode = mode;
        schedule(0);
    }
}

void ApplicationListModel::setSource(const QString &source) {
    if (source != m_source) {
        m_source = source;
        schedule(0);
    }
}

void ApplicationListModel::clearFilters() {
    m_text.clear();
    m_workMode.clear();
    m_source.clear();
    schedule(0);
}

void ApplicationListModel::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void ApplicationListModel::refresh() {
    m_debounce.stop();
    QList<Row> rows;
    QHash<QString, int> counts;
    int total = 0;
    int closed = 0;
    QStringList sources;
    const QDate today = localToday(m_session.clock());
    if (Vault *vault = m_session.vault()) {
        try {
            ApplicationFilter filter;
            filter.text = m_text;
            filter.workMode = m_workMode;
            filter.source = m_source;
            QHash<QString, Interview> next; // application id -> its soonest coming interview
            const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs());
            for (const Interview &i : vault->interviews().upcoming(now, kUpcomingLimit))
                if (!next.contains(i.applicationId))
                    next.insert(i.applicationId, i);
            for (const JobApplication &a : vault->applications().list(filter)) {
                const bool isClosed = stage::isClosed(a.stage);
                closed += int(isClosed);
                if (isClosed && !m_showClosed)
                    continue;
                counts[a.stage] += 1;
                Row row{a, {}, {}};
                if (const auto it = next.constFind(a.id); it != next.cend() && !isClosed) {
                    row.nextInterviewAt = it->startsAt;
                    row.nextInterviewKind = it->kind;
                }
                rows.append(row);
            }
            total = vault->applications().count();
            sources = vault->applications().sources();
            setError({});
        } catch (const Error &e) {
            setError(e.message()); // keep what is shown
            return;
        }
    } else {
        setError({});
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_stageCounts = std::move(counts);
    m_total = total;
    m_closedCount = closed;
    m_sources = std::move(sources);
    m_today = today;
    ++m_revision;
    endResetModel();
    emit resultsChanged();
}

} // namespace rebound
