#pragma once
#include "storage/ReviewRepository.h"

#include <QHash>
#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <optional>

namespace rebound {

class Vault;
class VaultSession;

// The open review for QML (walk a checklist, answer, plan follow-ups, finish,
// export) and the review history. Dates travel as "yyyy-MM-dd".
class ReviewController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    // [{id, checklistName, startedOn, finishedOn, dateText, inProgress, answered, total, changes}] newest first
    Q_PROPERTY(QVariantList history READ history NOTIFY historyChanged)
    Q_PROPERTY(QString reviewId READ reviewId NOTIFY reviewChanged) // "" when none is open
    Q_PROPERTY(QString checklistName READ checklistName NOTIFY reviewChanged)
    Q_PROPERTY(bool finished READ finished NOTIFY reviewChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY reviewChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY reviewChanged)
    // [{id, position, question, hint, answer, answerLabel, note, followUpKind, followUpTitle,
    //   followUpTarget, followUpTargetLabel, followUpDetail, followUpDetailLabel, followUpText
    //   (one line saying what it will do / did), followUpDone, previousAnswer,
    //   previousAnswerLabel, changed}] by position
    Q_PROPERTY(QVariantList answers READ answers NOTIFY reviewChanged)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY reviewChanged)
    // Since the last review: {periodText, hasPrevious, previousDateText,
    //   mood: {average, days, previousAverage, change, trendText},
    //   pipeline: {applied, interviews, offers, rejections, open},
    //   effort: [{title, metricLabel, target, averagePerWeek, weeksMet, weeks, thisWeek, text}],
    //   changes: [{question, before, beforeLabel, after, afterLabel}],
    //   goalsChanged: [{id, title, statusLabel}],
    //   recentFeedback: [{id, receivedOn, dateText, sourceLabel, text, company}],
    //   topGaps: [{name, mentions, text}]}
    Q_PROPERTY(QVariantMap context READ context NOTIFY reviewChanged)
    // Pickers: [{key, label}]
    Q_PROPERTY(QVariantList answerOptions READ answerOptions CONSTANT)
    Q_PROPERTY(QVariantList followUpKinds READ followUpKinds CONSTANT)
    // For the follow-up editor: open goals [{key (goal id), label (title), kindLabel, status}],
    // goal kinds without the north star, statuses and skill action kinds [{key, label}], and
    // the names of skills already named in feedback.
    Q_PROPERTY(QVariantList goalChoices READ goalChoices NOTIFY historyChanged)
    Q_PROPERTY(QVariantList goalKinds READ goalKinds CONSTANT)
    Q_PROPERTY(QVariantList goalStatuses READ goalStatuses CONSTANT)
    Q_PROPERTY(QVariantList actionKinds READ actionKinds CONSTANT)
    Q_PROPERTY(QStringList skillNames READ skillNames NOTIFY historyChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY historyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit ReviewController(VaultSession &session, QObject *parent = nullptr);

    QVariantList history() const { return m_history; }
    QString reviewId() const;
    QString checklistName() const;
    bool finished() const;
    QString dateText() const;
    QString summary() const;
    QVariantList answers() const { return m_answers; }
    int answeredCount() const { return m_answered; }
    QVariantMap context() const { return m_context; }
    QVariantList answerOptions() const;
    QVariantList followUpKinds() const;
    QVariantList goalChoices() const { return m_goalChoices; }
    QVariantList goalKinds() const;
    QVariantList goalStatuses() const;
    QVariantList actionKinds() const;
    QStringList skillNames() const { return m_skillNames; }
    bool canUndo() const { return m_removed.has_value(); }
    QString errorMessage() const { return m_error; }

    // Starts (or resumes) a review of the checklist and opens it; returns its id.
    Q_INVOKABLE QString start(const QString &checklistId);
    Q_INVOKABLE bool open(const QString &reviewId);
    Q_INVOKABLE void close();
    // answer: "", yes, no or unsure.
    Q_INVOKABLE bool setAnswer(const QString &answerId, const QString &answer, const QString &note);
    // kind "" removes the follow-up; see followup:: for target/detail.
    Q_INVOKABLE bool setFollowUp(const QString &answerId, const QString &kind, const QString &title,
                                 const QString &target, const QString &detail);
    Q_INVOKABLE bool setSummary(const QString &summary);
    // Applies the follow-ups and finishes; the review stays open, read-only.
    Q_INVOKABLE bool finish();
    Q_INVOKABLE bool remove(const QString &reviewId);
    Q_INVOKABLE bool undoRemove();
    Q_INVOKABLE QString markdown() const;
    // Writes the Markdown to a local file (not encrypted: the UI says so).
    Q_INVOKABLE bool exportMarkdown(const QUrl &file);
    Q_INVOKABLE QString suggestedFileName() const;
    // Copies the Markdown to the system clipboard.
    Q_INVOKABLE bool copyMarkdown();
    // The suggested file in the user's documents folder, for a save dialog.
    Q_INVOKABLE QUrl suggestedExportFile() const;
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clearError() { setError({}); }

signals:
    void historyChanged();
    void reviewChanged();
    void errorMessageChanged();
    void dataWritten();
    // After finish(): one line saying what the follow-ups did, for a toast.
    void finishedWith(const QString &message);

private:
    template <typename F> bool write(F &&f);
    void setError(const QString &message);
    void clearState();
    void loadReview(Vault &vault, const QDate &today);
    void loadHistory(Vault &vault, const QDate &today);
    QVariantMap answerMap(const ReviewAnswer &a, const std::optional<ReviewAnswer> &previous,
                          bool hasPrevious) const;
    QString followUpText(const ReviewAnswer &a) const;

    VaultSession &m_session;
    std::optional<Review> m_review;
    QList<ReviewAnswer> m_rawAnswers;
    QVariantList m_history, m_answers, m_goalChoices;
    QStringList m_skillNames;
    QHash<QString, QString> m_goalTitles; // id → title, for follow-up lines
    QVariantMap m_context;
    int m_answered = 0;
    std::optional<RemovedReview> m_removed;
    QString m_error;
};

} // namespace rebound
