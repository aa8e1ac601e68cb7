#include "SkillsPlanController.h"

#include "JobVariant.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "services/SkillsPlan.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QLocale>

namespace rebound {

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");


// "last named today", "… yesterday", "… 5 days ago", then "… on 5 Nov".
QString lastSeenText(const QDate &date, const QDate &today) {
    if (!date.isValid())
        return SkillsPlanController::tr("not named in feedback yet");
    const qint64 ago = date.daysTo(today);
    if (ago <= 0)
        return SkillsPlanController::tr("last named today");
    if (ago == 1)
        return SkillsPlanController::tr("last named yesterday");
    if (ago < 14)
        return SkillsPlanController::tr("last named %1 days ago").arg(ago);
    return SkillsPlanController::tr("last named on %1").arg(shortDate(date, today));
}


} // namespace

SkillsPlanController::SkillsPlanController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, &SkillsPlanController::reload);
    reload();
}

QVariantList SkillsPlanController::actionKinds() const {
    return keyLabels(actionkind::all(), &actionkind::label);
}

QVariantList SkillsPlanController::actionStatuses() const {
    return keyLabels(actionstatus::all(), &actionstatus::label);
}

int SkillsPlanController::halfLifeDays() const {
    return SkillsPlanner::kHalfLifeDays;
}

void SkillsPlanController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void SkillsPlanController::reload() {
    m_strengths.clear();
    m_weaknesses.clear();
    m_feedbackCount = 0;
    m_openActions = 0;
    m_overdue = 0;
    Vault *vault = m_session.vault();
    if (!vault) { // locked: keep nothing of the vault, not even an error naming its items
        m_removed.reset();
        setError({});
        emit changed();
        return;
    }
    try {
        const QDate today = localToday(m_session.clock());
        const QList<Feedback> feedback = vault->feedback().all();
        m_feedbackCount = int(feedback.size());
        const SkillsPlan plan =
            SkillsPlanner::build(feedback, vault->feedback().skills(), vault->feedback().actions(), today);
        auto toMap = [&](const RankedSkill &r, int rank) {
            return QVariantMap{{QStringLiteral("id"), r.skill.id},
                               {QStringLiteral("name"), r.skill.name},
                               {QStringLiteral("rank"), rank},
                               {QStringLiteral("mentions"), r.mentions},
                               {QStringLiteral("score"), r.score},
                               {QStringLiteral("lastSeen"), r.lastSeen.toString(kDayFormat)},
                               {QStringLiteral("lastSeenText"), lastSeenText(r.lastSeen, today)},
                               {QStringLiteral("pitch"), r.skill.pitch}};
        };
        int rank = 0;
        for (const RankedSkill &r : plan.strengths)
            m_strengths.append(toMap(r, ++rank));
        rank = 0;
        for (const RankedSkill &r : plan.weaknesses) {
            QVariantMap item = toMap(r, ++rank);
            QVariantList actions;
            int open = 0;
            for (const SkillAction &a : r.actions) {
                const bool done = a.status == u"done";
                const bool overdue = !done && a.dueOn.isValid() && a.dueOn < today;
                open += done ? 0 : 1;
                m_overdue += overdue ? 1 : 0;
                actions.append(QVariantMap{{QStringLiteral("id"), a.id},
                                           {QStringLiteral("skillId"), a.skillId},
                                           {QStringLiteral("kind"), a.kind},
                                           {QStringLiteral("kindLabel"), actionkind::label(a.kind)},
                                           {QStringLiteral("title"), a.title},
                                           {QStringLiteral("status"), a.status},
                                           {QStringLiteral("statusLabel"), actionstatus::label(a.status)},
                                           {QStringLiteral("dueOn"), a.dueOn.toString(kDayFormat)},
                                           {QStringLiteral("dueText"), shortDate(a.dueOn, today)},
                                           {QStringLiteral("overdue"), overdue}});
            }
            m_openActions += open;
            item.insert(QStringLiteral("actions"), actions);
            item.insert(QStringLiteral("openActions"), open);
            m_weaknesses.append(item);
        }
    } catch (const Error &e) {
        setError(e.message());
    }
    emit changed();
}

template <typename F> bool SkillsPlanController::write(F &&f) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        f(*vault);
        setError({});
        reload();
        emit dataWritten();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

bool SkillsPlanController::parseDay(const QString &day, QDate *out) {
    if (day.trimmed().isEmpty()) {
        *out = QDate();
        return true;
    }
    *out = QDate::fromString(day.trimmed(), kDayFormat);
    if (!out->isValid()) {
        setError(tr("Pick a valid due day, or leave it empty."));
        return false;
    }
    return true;
}

bool SkillsPlanController::setPitch(const QString &skillId, const QString &pitch) {
    return write([&](Vault &vault) { vault.feedback().setPitch(skillId, pitch); });
}

bool SkillsPlanController::renameSkill(const QString &skillId, const QString &name) {
    return write([&](Vault &vault) { vault.feedback().renameSkill(skillId, name); });
}

QString SkillsPlanController::addAction(const QString &skillId, const QString &kind, const QString &title,
                                        const QString &dueOn) {
    QDate due;
    if (!parseDay(dueOn, &due))
        return {};
    QString id;
    write([&](Vault &vault) {
        SkillAction draft;
        draft.skillId = skillId;
        draft.kind = kind;
        draft.title = title;
        draft.dueOn = due;
        id = vault.feedback().addAction(draft).id;
    });
    return id;
}

bool SkillsPlanController::updateAction(const QString &actionId, const QString &kind, const QString &title,
                                        const QString &dueOn) {
    QDate due;
    if (!parseDay(dueOn, &due))
        return false;
    return write([&](Vault &vault) {
        auto action = vault.feedback().findAction(actionId);
        if (!action)
            throw Error(ErrorCode::NotFound, tr("That action no longer exists."));
        action->kind = kind;
        action->title = title;
        action->dueOn = due;
        vault.feedback().updateAction(*action);
    });
}

bool SkillsPlanController::setActionStatus(const QString &actionId, const QString &status) {
    return write([&](Vault &vault) {
        auto action = vault.feedback().findAction(actionId);
        if (!action)
            throw Error(ErrorCode::NotFound, tr("That action no longer exists."));
        action->status = status;
        vault.feedback().updateAction(*action);
    });
}

bool SkillsPlanController::removeAction(const QString &actionId) {
    return write([&](Vault &vault) {
        const auto action = vault.feedback().findAction(actionId);
        if (!action)
            throw Error(ErrorCode::NotFound, tr("That action no longer exists."));
        vault.feedback().removeAction(actionId);
        m_removed = action;
    });
}

bool SkillsPlanController::undoRemove() {
    if (!m_removed)
        return false;
    return write([&](Vault &vault) {
        vault.feedback().restoreAction(*m_removed);
        m_removed.reset();
    });
}

} // namespace rebound
