#include "ReviewController.h"

#include "JobVariant.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/Feedback.h"
#include "services/ReviewExport.h"
#include "services/ReviewSummary.h"
#include "services/VaultSession.h"
#include "storage/AtomicFile.h"
#include "storage/Vault.h"

#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QStandardPaths>
#include <cmath>

namespace rebound {

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");
constexpr double kMoodSteady = 0.2; // a smaller change in the mean mood reads as "about the same"
constexpr double kMoodLow = 0.5;    // a drop this big gets a gentle word

QString dayText(const QDate &d) {
    return d.isValid() ? d.toString(kDayFormat) : QString();
}

// One decimal, in the user's locale ("3.4").
QString oneDecimal(double value) {
    return QLocale().toString(value, 'f', 1);
}

QString answerLabel(const QString &key) {
    return key.isEmpty() ? ReviewController::tr("not answered") : reviewanswer::label(key);
}

QString moodTrendText(const MoodFigures &mood) {
    if (mood.days == 0)
        return ReviewController::tr("No check-ins in this period.");
    const QString average = mood.days == 1
                                ? ReviewController::tr("Mood %1 on the one day you checked in.").arg(oneDecimal(mood.average))
                                : ReviewController::tr("Mood averaged %1 over %2 days.")
                                      .arg(oneDecimal(mood.average))
                                      .arg(mood.days);
    if (!mood.hasTrend())
        return average;
    const double change = mood.change();
    if (std::abs(change) < kMoodSteady)
        return ReviewController::tr("%1 About the same as the weeks before.").arg(average);
    if (change > 0)
        return ReviewController::tr("%1 Up %2 on the weeks before (%3).")
            .arg(average, oneDecimal(change), oneDecimal(mood.previousAverage));
    if (-change < kMoodLow)
        return ReviewController::tr("%1 Down %2 on the weeks before (%3).")
            .arg(average, oneDecimal(-change), oneDecimal(mood.previousAverage));
    return ReviewController::tr("%1 Down %2 on the weeks before (%3): be kind to yourself.")
        .arg(average, oneDecimal(-change), oneDecimal(mood.previousAverage));
}

QString effortText(const EffortProgress &e) {
    const int weeks = int(e.weeks.size());
    return ReviewController::tr("%1 a week (target %2) · met in %3 of %4 weeks")
        .arg(oneDecimal(e.averagePerWeek))
        .arg(e.target)
        .arg(e.weeksMet)
        .arg(weeks);
}

// How many answers differ from the same questions in the review before.
int countChanges(const QList<ReviewAnswer> &now, const QList<ReviewAnswer> &before) {
    int changes = 0;
    for (const ReviewAnswer &a : now) {
        for (const ReviewAnswer &b : before) {
            if (b.itemId == a.itemId) {
                changes += (!a.answer.isEmpty() && a.answer != b.answer) ? 1 : 0;
                break;
            }
        }
    }
    return changes;
}

int countAnswered(const QList<ReviewAnswer> &answers) {
    return int(std::count_if(answers.cbegin(), answers.cend(), [](const ReviewAnswer &a) { return !a.answer.isEmpty(); }));
}

} // namespace

ReviewController::ReviewController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, &ReviewController::reload);
    reload();
}

QString ReviewController::reviewId() const {
    return m_review ? m_review->id : QString();
}

QString ReviewController::checklistName() const {
    return m_review ? m_review->checklistName : QString();
}

bool ReviewController::finished() const {
    return m_review && m_review->isFinished();
}

QString ReviewController::dateText() const {
    if (!m_review)
        return {};
    const QDate today = localToday(m_session.clock());
    if (m_review->isFinished())
        return tr("Finished %1").arg(shortDate(m_review->finishedOn, today));
    return tr("Started %1").arg(shortDate(m_review->startedOn, today));
}

QString ReviewController::summary() const {
    return m_review ? m_review->summary : QString();
}

QVariantList ReviewController::answerOptions() const {
    return keyLabels(reviewanswer::all(), &reviewanswer::label);
}

QVariantList ReviewController::followUpKinds() const {
    return keyLabels(followup::all(), &followup::label);
}

QVariantList ReviewController::goalKinds() const {
    QStringList kinds = goalkind::all();
    kinds.removeAll(goalkind::kNorthStar);
    kinds.removeAll(goalkind::kEffort); // weekly targets are set on the Goals page
    return keyLabels(kinds, &goalkind::label);
}

QVariantList ReviewController::goalStatuses() const {
    return keyLabels(goalstatus::all(), &goalstatus::label);
}

QVariantList ReviewController::actionKinds() const {
    return keyLabels(actionkind::all(), &actionkind::label);
}

void ReviewController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void ReviewController::clearState() {
    m_review.reset();
    m_rawAnswers.clear();
    m_answers.clear();
    m_context.clear();
    m_answered = 0;
}

QString ReviewController::followUpText(const ReviewAnswer &a) const {
    const FollowUp &f = a.followUp;
    const bool done = !a.followUpId.isEmpty();
    if (f.kind == followup::kNewGoal && !f.detail.isEmpty())
        return (done ? tr("Added “%1” as an alternative path to “%2”") : tr("Adds “%1” as an alternative path to “%2”"))
            .arg(f.title, m_goalTitles.value(f.detail, tr("a goal that no longer exists")));
    if (f.kind == followup::kNewGoal)
        return (done ? tr("Added the goal “%1” (%2)") : tr("Adds the goal “%1” (%2)"))
            .arg(f.title, goalkind::label(f.target));
    if (f.kind == followup::kGoalStatus) {
        const QString title = m_goalTitles.value(f.target, tr("a goal that no longer exists"));
        return (done ? tr("Marked “%1” as %2") : tr("Marks “%1” as %2")).arg(title, goalstatus::label(f.detail).toLower());
    }
    if (f.kind == followup::kSkillAction)
        return (done ? tr("Planned “%1” for %2 (%3)") : tr("Plans “%1” for %2 (%3)"))
            .arg(f.title, f.target, actionkind::label(f.detail).toLower());
    return {};
}

QVariantMap ReviewController::answerMap(const ReviewAnswer &a, const std::optional<ReviewAnswer> &previous,
                                        bool hasPrevious) const {
    const FollowUp &f = a.followUp;
    QString targetLabel, detailLabel;
    if (f.kind == followup::kNewGoal) {
        targetLabel = goalkind::label(f.target);
        detailLabel = m_goalTitles.value(f.detail); // the goal it is an alternative to, if any
    } else if (f.kind == followup::kGoalStatus) {
        targetLabel = m_goalTitles.value(f.target);
        detailLabel = goalstatus::label(f.detail);
    } else if (f.kind == followup::kSkillAction) {
        targetLabel = f.target;
        detailLabel = actionkind::label(f.detail);
    }
    const QString before = previous ? previous->answer : QString();
    return QVariantMap{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("position"), a.position},
        {QStringLiteral("question"), a.itemText},
        {QStringLiteral("hint"), a.itemHint},
        {QStringLiteral("answer"), a.answer},
        {QStringLiteral("answerLabel"), a.answer.isEmpty() ? QString() : reviewanswer::label(a.answer)},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("followUpKind"), f.kind},
        {QStringLiteral("followUpTitle"), f.title},
        {QStringLiteral("followUpTarget"), f.target},
        {QStringLiteral("followUpTargetLabel"), targetLabel},
        {QStringLiteral("followUpDetail"), f.detail},
        {QStringLiteral("followUpDetailLabel"), detailLabel},
        {QStringLiteral("followUpText"), followUpText(a)},
        {QStringLiteral("followUpDone"), !a.followUpId.isEmpty()},
        {QStringLiteral("hasPrevious"), hasPrevious && previous.has_value()},
        {QStringLiteral("previousAnswer"), before},
        {QStringLiteral("previousAnswerLabel"), previous ? answerLabel(before) : QString()},
        {QStringLiteral("changed"), previous.has_value() && !a.answer.isEmpty() && a.answer != before},
    };
}

void ReviewController::loadHistory(Vault &vault, const QDate &today) {
    m_history.clear();
    for (const Review &r : vault.reviews().list()) {
        const QList<ReviewAnswer> answers = vault.reviews().answers(r.id);
        int changes = 0;
        if (const auto before = vault.reviews().previous(r))
            changes = countChanges(answers, vault.reviews().answers(before->id));
        m_history.append(QVariantMap{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("checklistId"), r.checklistId},
            {QStringLiteral("checklistName"), r.checklistName},
            {QStringLiteral("startedOn"), dayText(r.startedOn)},
            {QStringLiteral("finishedOn"), dayText(r.finishedOn)},
            {QStringLiteral("dateText"), r.isFinished() ? tr("Finished %1").arg(shortDate(r.finishedOn, today))
                                                         : tr("Started %1").arg(shortDate(r.startedOn, today))},
            {QStringLiteral("inProgress"), !r.isFinished()},
            {QStringLiteral("answered"), countAnswered(answers)},
            {QStringLiteral("total"), int(answers.size())},
            {QStringLiteral("changes"), changes},
        });
    }
    m_goalChoices.clear();
    m_goalTitles.clear();
    for (const Goal &g : vault.goals().list(true)) {
        m_goalTitles.insert(g.id, g.title);
        if (!g.isOpen())
            continue;
        m_goalChoices.append(QVariantMap{{QStringLiteral("key"), g.id},
                                         {QStringLiteral("label"), g.title},
                                         {QStringLiteral("kindLabel"), goalkind::label(g.kind)},
                                         {QStringLiteral("status"), g.status},
                                         // may take an alternative path (a new-goal follow-up's detail)
                                         {QStringLiteral("canHaveAlternatives"),
                                          g.parentId.isEmpty() && g.kind != goalkind::kEffort}});
    }
    m_skillNames.clear();
    for (const Skill &s : vault.feedback().skills())
        m_skillNames.append(s.name);
}

void ReviewController::loadReview(Vault &vault, const QDate &today) {
    const QString id = m_review->id;
    m_review = vault.reviews().find(id);
    if (!m_review) { // removed (here or on another device)
        clearState();
        return;
    }
    m_rawAnswers = vault.reviews().answers(id);
    const auto before = vault.reviews().previous(*m_review);
    const QList<ReviewAnswer> previous = before ? vault.reviews().answers(before->id) : QList<ReviewAnswer>();
    m_answers.clear();
    for (const ReviewAnswer &a : m_rawAnswers) {
        std::optional<ReviewAnswer> match;
        for (const ReviewAnswer &b : previous) {
            if (b.itemId == a.itemId) {
                match = b;
                break;
            }
        }
        m_answers.append(answerMap(a, match, before.has_value()));
    }
    m_answered = countAnswered(m_rawAnswers);

    const ReviewSummaryData data = ReviewSummary::compute(vault, *m_review, today, QLocale().firstDayOfWeek());
    const qint64 days = data.from.daysTo(data.to) + 1;
    QVariantMap ctx;
    ctx.insert(QStringLiteral("from"), dayText(data.from));
    ctx.insert(QStringLiteral("to"), dayText(data.to));
    ctx.insert(QStringLiteral("hasPrevious"), data.previous.has_value());
    ctx.insert(QStringLiteral("previousDateText"),
               data.previous ? shortDate(data.previous->finishedOn, today) : QString());
    ctx.insert(QStringLiteral("periodText"),
               data.previous ? tr("Since your last review on %1 (%2 days)")
                                   .arg(shortDate(data.previous->finishedOn, today))
                                   .arg(days)
                             : tr("The last %1 days: %2 to %3")
                                   .arg(days)
                                   .arg(shortDate(data.from, today), shortDate(data.to, today)));
    ctx.insert(QStringLiteral("mood"),
               QVariantMap{{QStringLiteral("average"), data.mood.average},
                           {QStringLiteral("averageText"), data.mood.days > 0 ? oneDecimal(data.mood.average) : QString()},
                           {QStringLiteral("days"), data.mood.days},
                           {QStringLiteral("previousAverage"), data.mood.previousAverage},
                           {QStringLiteral("hasTrend"), data.mood.hasTrend()},
                           {QStringLiteral("change"), data.mood.change()},
                           {QStringLiteral("trendText"), moodTrendText(data.mood)}});
    ctx.insert(QStringLiteral("pipeline"), QVariantMap{{QStringLiteral("applied"), data.pipeline.applied},
                                                       {QStringLiteral("interviews"), data.pipeline.interviews},
                                                       {QStringLiteral("offers"), data.pipeline.offers},
                                                       {QStringLiteral("rejections"), data.pipeline.rejections},
                                                       {QStringLiteral("open"), data.pipeline.open}});
    QVariantList effort;
    for (const EffortProgress &e : data.effort)
        effort.append(QVariantMap{{QStringLiteral("title"), e.goal.title},
                                  {QStringLiteral("metricLabel"), e.metricLabel},
                                  {QStringLiteral("target"), e.target},
                                  {QStringLiteral("averagePerWeek"), e.averagePerWeek},
                                  {QStringLiteral("weeksMet"), e.weeksMet},
                                  {QStringLiteral("weeks"), int(e.weeks.size())},
                                  {QStringLiteral("thisWeek"), e.thisWeek},
                                  {QStringLiteral("met"), e.averagePerWeek >= e.target},
                                  {QStringLiteral("text"), effortText(e)}});
    ctx.insert(QStringLiteral("effort"), effort);
    QVariantList changes;
    for (const AnswerChange &c : data.changes)
        changes.append(QVariantMap{{QStringLiteral("question"), c.question},
                                   {QStringLiteral("before"), c.before},
                                   {QStringLiteral("beforeLabel"), answerLabel(c.before)},
                                   {QStringLiteral("after"), c.after},
                                   {QStringLiteral("afterLabel"), answerLabel(c.after)}});
    ctx.insert(QStringLiteral("changes"), changes);
    QVariantList goals;
    for (const Goal &g : data.goalsChanged)
        goals.append(QVariantMap{{QStringLiteral("id"), g.id},
                                 {QStringLiteral("title"), g.title},
                                 {QStringLiteral("status"), g.status},
                                 {QStringLiteral("statusLabel"), goalstatus::label(g.status)}});
    ctx.insert(QStringLiteral("goalsChanged"), goals);
    QVariantList feedback;
    for (const Feedback &fb : data.recentFeedback) {
        QString applicationId = fb.applicationId;
        if (applicationId.isEmpty() && !fb.interviewId.isEmpty())
            if (const auto interview = vault.interviews().find(fb.interviewId))
                applicationId = interview->applicationId;
        QString company;
        if (!applicationId.isEmpty())
            if (const auto application = vault.applications().find(applicationId))
                company = application->company;
        feedback.append(QVariantMap{{QStringLiteral("id"), fb.id},
                                    {QStringLiteral("receivedOn"), dayText(fb.receivedOn)},
                                    {QStringLiteral("dateText"), shortDate(fb.receivedOn, today)},
                                    {QStringLiteral("sourceLabel"), feedbacksource::label(fb.source)},
                                    {QStringLiteral("text"), fb.text},
                                    {QStringLiteral("company"), company}});
    }
    ctx.insert(QStringLiteral("recentFeedback"), feedback);
    QVariantList gaps;
    for (const RankedSkill &s : data.topGaps)
        gaps.append(QVariantMap{{QStringLiteral("name"), s.skill.name},
                                {QStringLiteral("mentions"), s.mentions},
                                {QStringLiteral("text"), s.mentions == 1 ? tr("named once") : tr("named %1 times").arg(s.mentions)}});
    ctx.insert(QStringLiteral("topGaps"), gaps);
    m_context = ctx;
}

void ReviewController::reload() {
    Vault *vault = m_session.vault();
    if (!vault) { // locked: keep nothing of the vault, not even an error naming its items
        clearState();
        m_history.clear();
        m_goalChoices.clear();
        m_goalTitles.clear();
        m_skillNames.clear();
        m_removed.reset();
        setError({});
        emit historyChanged();
        emit reviewChanged();
        return;
    }
    try {
        const QDate today = localToday(m_session.clock());
        loadHistory(*vault, today);
        if (m_review)
            loadReview(*vault, today);
    } catch (const Error &e) {
        setError(e.message());
    }
    emit historyChanged();
    emit reviewChanged();
}

template <typename F> bool ReviewController::write(F &&f) {
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
        reload(); // show what is stored, not what was refused
        return false;
    }
}

QString ReviewController::start(const QString &checklistId) {
    QString id;
    write([&](Vault &vault) {
        m_review = vault.reviews().start(checklistId, localToday(m_session.clock()));
        id = m_review->id;
    });
    return id;
}

bool ReviewController::open(const QString &id) {
    Vault *vault = m_session.vault();
    if (!vault)
        return false;
    try {
        const auto review = vault->reviews().find(id);
        if (!review)
            throw Error(ErrorCode::NotFound, tr("That review no longer exists."));
        m_review = review;
        setError({});
        reload();
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

void ReviewController::close() {
    if (!m_review)
        return;
    clearState();
    emit reviewChanged();
}

bool ReviewController::setAnswer(const QString &answerId, const QString &answer, const QString &note) {
    return write([&](Vault &vault) {
        const auto current = vault.reviews().findAnswer(answerId);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That question is no longer part of the review."));
        vault.reviews().answer(answerId, answer, note, current->followUp);
    });
}

bool ReviewController::setFollowUp(const QString &answerId, const QString &kind, const QString &title,
                                   const QString &target, const QString &detail) {
    return write([&](Vault &vault) {
        const auto current = vault.reviews().findAnswer(answerId);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That question is no longer part of the review."));
        FollowUp followUp;
        followUp.kind = kind;
        if (!kind.isEmpty()) {
            followUp.title = title;
            followUp.target = target;
            followUp.detail = detail;
        }
        vault.reviews().answer(answerId, current->answer, current->note, followUp);
    });
}

bool ReviewController::setSummary(const QString &text) {
    if (!m_review) {
        setError(tr("Open a review first."));
        return false;
    }
    return write([&](Vault &vault) { vault.reviews().setSummary(m_review->id, text); });
}

bool ReviewController::finish() {
    if (!m_review) {
        setError(tr("Open a review first."));
        return false;
    }
    FinishedReview done;
    const bool ok =
        write([&](Vault &vault) { done = vault.reviews().finish(m_review->id, localToday(m_session.clock())); });
    if (!ok)
        return false;
    const int goals = int(done.goalIds.size());
    const int actions = int(done.actionIds.size());
    const QString goalText = goals == 1 ? tr("1 goal added or changed") : tr("%1 goals added or changed").arg(goals);
    const QString actionText = actions == 1 ? tr("1 skills action planned") : tr("%1 skills actions planned").arg(actions);
    QString message;
    if (goals == 0 && actions == 0)
        message = tr("Review finished.");
    else if (actions == 0)
        message = tr("Review finished: %1.").arg(goalText);
    else if (goals == 0)
        message = tr("Review finished: %1.").arg(actionText);
    else
        message = tr("Review finished: %1 and %2.").arg(goalText, actionText);
    emit finishedWith(message);
    return true;
}

bool ReviewController::remove(const QString &id) {
    return write([&](Vault &vault) {
        m_removed = vault.reviews().remove(id);
        if (m_review && m_review->id == id)
            clearState();
    });
}

bool ReviewController::undoRemove() {
    if (!m_removed)
        return false;
    return write([&](Vault &vault) {
        vault.reviews().restore(*m_removed);
        m_removed.reset();
    });
}

QString ReviewController::markdown() const {
    Vault *vault = m_session.vault();
    if (!vault || !m_review)
        return {};
    try {
        const QDate today = localToday(m_session.clock());
        const ReviewSummaryData data = ReviewSummary::compute(*vault, *m_review, today, QLocale().firstDayOfWeek());
        return ReviewExport::markdown(data, vault->reviews().answers(m_review->id), vault->goals().northStar(),
                                      vault->goals().list(false));
    } catch (const Error &) {
        return {};
    }
}

bool ReviewController::copyMarkdown() {
    const QString text = markdown();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (text.isEmpty() || !clipboard) {
        setError(tr("Could not copy the review."));
        return false;
    }
    clipboard->setText(text);
    setError({});
    return true;
}

QString ReviewController::suggestedFileName() const {
    if (!m_review)
        return {};
    const QDate day = m_review->isFinished() ? m_review->finishedOn : m_review->startedOn;
    return tr("review-%1").arg(day.toString(kDayFormat)) + QStringLiteral(".md");
}

QUrl ReviewController::suggestedExportFile() const {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
    return QUrl::fromLocalFile(QDir(folder).filePath(suggestedFileName()));
}

bool ReviewController::exportMarkdown(const QUrl &fileUrl) {
    if (!m_session.vault()) {
        setError(tr("The vault is locked."));
        return false;
    }
    const QString path = fileUrl.isLocalFile() ? fileUrl.toLocalFile() : fileUrl.toString();
    try {
        if (!m_review)
            throw Error(ErrorCode::InvalidInput, tr("Open a review first."));
        if (path.isEmpty() || (!fileUrl.isLocalFile() && !fileUrl.scheme().isEmpty()))
            throw Error(ErrorCode::InvalidInput, tr("Choose a file on this device to export to."));
        if (QFileInfo(path).isDir())
            throw Error(ErrorCode::InvalidInput, tr("\"%1\" is a folder. Choose a file name.").arg(path));
        const QString text = markdown();
        if (text.isEmpty())
            throw Error(ErrorCode::Io, tr("Could not read the review from the vault."));
        try {
            writeFileAtomically(path, text.toUtf8());
        } catch (const Error &e) {
            if (e.code() != ErrorCode::Io)
                throw;
            throw Error(ErrorCode::Io,
                        tr("Could not write \"%1\". Check that the folder exists and you may write there.")
                            .arg(QFileInfo(path).fileName()));
        }
        setError({});
        return true;
    } catch (const Error &e) {
        setError(e.message());
        return false;
    }
}

} // namespace rebound
