#include "ChecklistController.h"

#include "JobVariant.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "services/AppSettings.h"
#include "services/ReviewSchedule.h"
#include "services/VaultSession.h"
#include "storage/ReviewRepository.h"
#include "storage/Vault.h"

namespace rebound {

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");

QString scheduleText(int everyWeeks) {
    if (everyWeeks <= 0)
        return ChecklistController::tr("Not scheduled");
    if (everyWeeks == 1)
        return ChecklistController::tr("Every week");
    return ChecklistController::tr("Every %1 weeks").arg(everyWeeks);
}

// "due today", "due tomorrow", "due in 5 days", "due on 3 Dec", "1 day overdue", "3 days overdue".
QString dueText(const QDate &dueOn, const QDate &today) {
    if (!dueOn.isValid())
        return {};
    const qint64 days = today.daysTo(dueOn);
    if (days == 0)
        return ChecklistController::tr("due today");
    if (days == 1)
        return ChecklistController::tr("due tomorrow");
    if (days > 1 && days < 14)
        return ChecklistController::tr("due in %1 days").arg(days);
    if (days >= 14)
        return ChecklistController::tr("due on %1").arg(shortDate(dueOn, today));
    if (days == -1)
        return ChecklistController::tr("1 day overdue");
    return ChecklistController::tr("%1 days overdue").arg(-days);
}

QString lastReviewedText(const QDate &day, const QDate &today) {
    if (!day.isValid())
        return ChecklistController::tr("Not reviewed yet");
    if (day == today)
        return ChecklistController::tr("Last reviewed today");
    return ChecklistController::tr("Last reviewed on %1").arg(shortDate(day, today));
}

// "Copy of X", then "Copy of X (2)", … a name no other checklist has.
QString copyName(const QString &name, const QList<Checklist> &existing) {
    auto taken = [&](const QString &candidate) {
        return std::any_of(existing.cbegin(), existing.cend(),
                           [&](const Checklist &c) { return c.name.compare(candidate, Qt::CaseInsensitive) == 0; });
    };
    const QString base = ChecklistController::tr("Copy of %1").arg(name);
    // Cut the name, never the number, so every copy fits the limit.
    QString candidate = base.left(Checklist::kMaxNameChars);
    for (int n = 2; taken(candidate); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = base.left(Checklist::kMaxNameChars - suffix.size()) + suffix;
    }
    return candidate;
}

} // namespace

ChecklistController::ChecklistController(VaultSession &session, AppSettings &settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings) {
    connect(&m_session, &VaultSession::stateChanged, this, &ChecklistController::reload);
    connect(&m_settings, &AppSettings::rejectionChanged, this, &ChecklistController::reload);
    reload();
}

void ChecklistController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void ChecklistController::reload() {
    m_checklists.clear();
    m_next.clear();
    m_nudge.clear();
    m_prompt.clear();
    Vault *vault = m_session.vault();
    if (!vault) { // locked: keep nothing of the vault, not even an error naming its checklists
        m_removed = std::monostate{};
        setError({});
        emit changed();
        return;
    }
    try {
        const QDate today = localToday(m_session.clock());
        ReviewSchedule schedule(*vault, m_settings.rejection());
        const QList<ReviewDue> scheduled = schedule.scheduled();
        const QList<Review> inProgress = vault->reviews().inProgress();
        auto dueMap = [&](const ReviewDue &d) {
            return QVariantMap{{QStringLiteral("checklistId"), d.checklist.id},
                               {QStringLiteral("name"), d.checklist.name},
                               {QStringLiteral("dueOn"), d.dueOn.toString(kDayFormat)},
                               {QStringLiteral("dueText"), dueText(d.dueOn, today)},
                               {QStringLiteral("due"), d.isDue(today)},
                               {QStringLiteral("inProgressId"), d.inProgressId}};
        };

        for (const Checklist &c : vault->checklists().list()) {
            const auto due = std::find_if(scheduled.cbegin(), scheduled.cend(),
                                          [&](const ReviewDue &d) { return d.checklist.id == c.id; });
            QDate lastReviewed;
            QDate dueOn;
            QString inProgressId;
            if (due != scheduled.cend()) {
                lastReviewed = due->lastReviewed;
                dueOn = due->dueOn;
                inProgressId = due->inProgressId;
            } else {
                if (const auto last = vault->reviews().lastFinished(c.id))
                    lastReviewed = last->finishedOn;
                const auto open = std::find_if(inProgress.cbegin(), inProgress.cend(),
                                               [&](const Review &r) { return r.checklistId == c.id; });
                if (open != inProgress.cend())
                    inProgressId = open->id;
            }
            m_checklists.append(QVariantMap{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("everyWeeks"), c.everyWeeks},
                {QStringLiteral("scheduleText"), scheduleText(c.everyWeeks)},
                {QStringLiteral("itemCount"), int(vault->checklists().items(c.id).size())},
                {QStringLiteral("lastReviewed"), lastReviewed.toString(kDayFormat)},
                {QStringLiteral("lastReviewedText"), lastReviewedText(lastReviewed, today)},
                {QStringLiteral("dueOn"), dueOn.toString(kDayFormat)},
                {QStringLiteral("dueText"), dueText(dueOn, today)},
                {QStringLiteral("due"), dueOn.isValid() && dueOn <= today},
                {QStringLiteral("inProgressId"), inProgressId}});
        }

        if (!scheduled.isEmpty())
            m_next = dueMap(scheduled.constFirst());

        const ReviewNudge nudge = schedule.nudge(today);
        m_nudge = QVariantMap{
            {QStringLiteral("suggested"), nudge.suggested},
            {QStringLiteral("rejections"), nudge.rejections},
            {QStringLiteral("windowDays"), nudge.windowDays},
            {QStringLiteral("text"),
             nudge.suggested ? tr("%1 rejections in the last %2 days. That is a lot to carry: a review can help you "
                                  "see what to keep and what to change.")
                                   .arg(nudge.rejections)
                                   .arg(nudge.windowDays)
                             : QString()}};

        // Today: an unfinished review, else a due one, else the nudge (with the default checklist).
        if (!inProgress.isEmpty()) {
            const Review &r = inProgress.constFirst();
            m_prompt = QVariantMap{
                {QStringLiteral("reason"), QStringLiteral("resume")},
                {QStringLiteral("checklistId"), r.checklistId},
                {QStringLiteral("name"), r.checklistName},
                {QStringLiteral("inProgressId"), r.id},
                {QStringLiteral("title"), tr("Your review is waiting")},
                {QStringLiteral("text"),
                 r.startedOn == today
                     ? tr("You started “%1” today. Pick up where you left off.").arg(r.checklistName)
                     : tr("You started “%1” on %2. Pick up where you left off.")
                           .arg(r.checklistName, shortDate(r.startedOn, today))}};
        } else if (!scheduled.isEmpty() && scheduled.constFirst().isDue(today)) {
            const ReviewDue &d = scheduled.constFirst();
            m_prompt = dueMap(d);
            m_prompt.insert(QStringLiteral("reason"), QStringLiteral("due"));
            m_prompt.insert(QStringLiteral("title"), tr("Time for a review"));
            m_prompt.insert(QStringLiteral("text"),
                            tr("“%1” is %2. A calm look back helps you adjust course.")
                                .arg(d.checklist.name, dueText(d.dueOn, today)));
        } else if (nudge.suggested) {
            const QList<Checklist> lists = vault->checklists().list();
            const auto preferred = std::find_if(lists.cbegin(), lists.cend(), [](const Checklist &c) {
                return c.id == ChecklistRepository::kDefaultId;
            });
            const Checklist *pick = preferred != lists.cend() ? &*preferred : lists.isEmpty() ? nullptr : &lists.constFirst();
            if (pick)
                m_prompt = QVariantMap{{QStringLiteral("reason"), QStringLiteral("nudge")},
                                       {QStringLiteral("checklistId"), pick->id},
                                       {QStringLiteral("name"), pick->name},
                                       {QStringLiteral("inProgressId"), QString()},
                                       {QStringLiteral("title"), tr("A review might help now")},
                                       {QStringLiteral("text"), m_nudge.value(QStringLiteral("text"))}};
        }
    } catch (const Error &e) {
        setError(e.message());
    }
    emit changed();
}

template <typename F> bool ChecklistController::write(F &&f) {
    Vault *vault = m_session.vault();
    if (!vault) {
        setError(tr("The vault is locked."));
        return false;
    }
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

std::optional<ChecklistItem> ChecklistController::findItem(const QString &id) const {
    Vault *vault = m_session.vault();
    if (!vault)
        return std::nullopt;
    for (const Checklist &c : vault->checklists().list())
        for (const ChecklistItem &i : vault->checklists().items(c.id))
            if (i.id == id)
                return i;
    return std::nullopt;
}

QVariantList ChecklistController::items(const QString &checklistId) const {
    QVariantList out;
    Vault *vault = m_session.vault();
    if (!vault)
        return out;
    try {
        for (const ChecklistItem &i : vault->checklists().items(checklistId))
            out.append(QVariantMap{{QStringLiteral("id"), i.id},
                                   {QStringLiteral("text"), i.text},
                                   {QStringLiteral("hint"), i.hint},
                                   {QStringLiteral("position"), i.position}});
    } catch (const Error &) {
    }
    return out;
}

QString ChecklistController::addChecklist(const QString &name, int everyWeeks) {
    QString id;
    write([&](Vault &vault) {
        Checklist draft;
        draft.name = name;
        draft.everyWeeks = everyWeeks;
        id = vault.checklists().create(draft).id;
    });
    return id;
}

bool ChecklistController::updateChecklist(const QString &id, const QString &name, int everyWeeks) {
    return write([&](Vault &vault) {
        auto list = vault.checklists().find(id);
        if (!list)
            throw Error(ErrorCode::NotFound, tr("That checklist no longer exists."));
        list->name = name;
        list->everyWeeks = everyWeeks;
        vault.checklists().update(*list);
    });
}

QString ChecklistController::duplicateChecklist(const QString &id, const QString &name) {
    QString copyId;
    write([&](Vault &vault) {
        const auto list = vault.checklists().find(id);
        if (!list)
            throw Error(ErrorCode::NotFound, tr("That checklist no longer exists."));
        const QString wanted = name.trimmed().isEmpty() ? copyName(list->name, vault.checklists().list()) : name;
        copyId = vault.checklists().duplicate(id, wanted).id;
    });
    return copyId;
}

bool ChecklistController::removeChecklist(const QString &id) {
    return write([&](Vault &vault) { m_removed = vault.checklists().remove(id); });
}

QString ChecklistController::addItem(const QString &checklistId, const QString &text, const QString &hint) {
    QString id;
    write([&](Vault &vault) {
        ChecklistItem draft;
        draft.checklistId = checklistId;
        draft.text = text;
        draft.hint = hint;
        id = vault.checklists().addItem(draft).id;
    });
    return id;
}

bool ChecklistController::updateItem(const QString &id, const QString &text, const QString &hint) {
    return write([&](Vault &vault) {
        auto item = findItem(id);
        if (!item)
            throw Error(ErrorCode::NotFound, tr("That question no longer exists."));
        item->text = text;
        item->hint = hint;
        vault.checklists().updateItem(*item);
    });
}

bool ChecklistController::removeItem(const QString &id) {
    return write([&](Vault &vault) {
        const auto item = findItem(id);
        if (!item)
            throw Error(ErrorCode::NotFound, tr("That question no longer exists."));
        vault.checklists().removeItem(id);
        m_removed = *item;
    });
}

bool ChecklistController::moveItem(const QString &id, int delta) {
    return write([&](Vault &vault) { vault.checklists().moveItem(id, delta); });
}

bool ChecklistController::undoRemove() {
    if (m_removed.index() == 0)
        return false;
    return write([&](Vault &vault) {
        if (const auto *list = std::get_if<RemovedChecklist>(&m_removed))
            vault.checklists().restore(*list);
        else if (const auto *item = std::get_if<ChecklistItem>(&m_removed))
            vault.checklists().restoreItem(*item);
        m_removed = std::monostate{};
    });
}

} // namespace rebound
