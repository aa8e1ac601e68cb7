// Keys and translated labels of the job-search vocabularies (stages, kinds, ...).
#include "Feedback.h"
#include "Interview.h"
#include "JobApplication.h"
#include "RejectionFlow.h"
#include "Reminder.h"
#include "Vocabulary.h"

#include <QCoreApplication>
#include <utility>

namespace rebound {

namespace {

Vocabulary make(std::initializer_list<std::pair<const char *, const char *>> items) {
    return makeVocabulary("JobSearch", items);
}

const Vocabulary &stages() {
    static const Vocabulary v = make({
        {"saved", QT_TRANSLATE_NOOP("JobSearch", "Saved")},
        {"applied", QT_TRANSLATE_NOOP("JobSearch", "Applied")},
        {"screening", QT_TRANSLATE_NOOP("JobSearch", "Screening")},
        {"interviewing", QT_TRANSLATE_NOOP("JobSearch", "Interviewing")},
        {"final_round", QT_TRANSLATE_NOOP("JobSearch", "Final round")},
        {"offer", QT_TRANSLATE_NOOP("JobSearch", "Offer")},
        {"accepted", QT_TRANSLATE_NOOP("JobSearch", "Accepted")},
        {"rejected", QT_TRANSLATE_NOOP("JobSearch", "Rejected")},
        {"withdrawn", QT_TRANSLATE_NOOP("JobSearch", "Withdrawn")},
        {"no_answer", QT_TRANSLATE_NOOP("JobSearch", "No answer")},
    });
    return v;
}

const Vocabulary &workModes() {
    static const Vocabulary v = make({
        {"onsite", QT_TRANSLATE_NOOP("JobSearch", "On site")},
        {"hybrid", QT_TRANSLATE_NOOP("JobSearch", "Hybrid")},
        {"remote", QT_TRANSLATE_NOOP("JobSearch", "Remote")},
    });
    return v;
}

const Vocabulary &personRoles() {
    static const Vocabulary v = make({
        {"recruiter", QT_TRANSLATE_NOOP("JobSearch", "Recruiter")},
        {"interviewer", QT_TRANSLATE_NOOP("JobSearch", "Interviewer")},
        {"hiring_manager", QT_TRANSLATE_NOOP("JobSearch", "Hiring manager")},
        {"referrer", QT_TRANSLATE_NOOP("JobSearch", "Referrer")},
        {"other", QT_TRANSLATE_NOOP("JobSearch", "Other")},
    });
    return v;
}

const Vocabulary &interviewKinds() {
    static const Vocabulary v = make({
        {"phone_screen", QT_TRANSLATE_NOOP("JobSearch", "Phone screen")},
        {"technical", QT_TRANSLATE_NOOP("JobSearch", "Technical")},
        {"behavioural", QT_TRANSLATE_NOOP("JobSearch", "Behavioural")},
        {"panel", QT_TRANSLATE_NOOP("JobSearch", "Panel")},
        {"final", QT_TRANSLATE_NOOP("JobSearch", "Final")},
    });
    return v;
}

const Vocabulary &feedbackSources() {
    static const Vocabulary v = make({
        {"employer", QT_TRANSLATE_NOOP("JobSearch", "Employer")},
        {"mock", QT_TRANSLATE_NOOP("JobSearch", "Mock interview")},
        {"self", QT_TRANSLATE_NOOP("JobSearch", "Self-reflection")},
    });
    return v;
}

const Vocabulary &actionKinds() {
    static const Vocabulary v = make({
        {"course", QT_TRANSLATE_NOOP("JobSearch", "Course")},
        {"mock_interview", QT_TRANSLATE_NOOP("JobSearch", "Mock interview")},
        {"practice", QT_TRANSLATE_NOOP("JobSearch", "Practice")},
        {"certification", QT_TRANSLATE_NOOP("JobSearch", "Certification")},
        {"reading", QT_TRANSLATE_NOOP("JobSearch", "Reading")},
    });
    return v;
}

const Vocabulary &actionStatuses() {
    static const Vocabulary v = make({
        {"todo", QT_TRANSLATE_NOOP("JobSearch", "To do")},
        {"doing", QT_TRANSLATE_NOOP("JobSearch", "In progress")},
        {"done", QT_TRANSLATE_NOOP("JobSearch", "Done")},
    });
    return v;
}

} // namespace

namespace stage {
const QStringList &all() { return stages().keys; }
bool isValid(const QString &key) { return stages().keys.contains(key); }
bool isClosed(const QString &key) {
    return key == kAccepted || key == kRejected || key == kWithdrawn || key == kNoAnswer;
}
QString label(const QString &key) { return stages().label(key); }
} // namespace stage

namespace workmode {
const QStringList &all() { return workModes().keys; }
bool isValid(const QString &key) { return key.isEmpty() || workModes().keys.contains(key); }
QString label(const QString &key) { return workModes().label(key); }
} // namespace workmode

namespace personrole {
const QStringList &all() { return personRoles().keys; }
bool isValid(const QString &key) { return personRoles().keys.contains(key); }
QString label(const QString &key) { return personRoles().label(key); }
} // namespace personrole

namespace interviewkind {
const QStringList &all() { return interviewKinds().keys; }
bool isValid(const QString &key) { return interviewKinds().keys.contains(key); }
QString label(const QString &key) { return interviewKinds().label(key); }
} // namespace interviewkind

namespace feedbacksource {
const QStringList &all() { return feedbackSources().keys; }
bool isValid(const QString &key) { return feedbackSources().keys.contains(key); }
QString label(const QString &key) { return feedbackSources().label(key); }
} // namespace feedbacksource

namespace actionkind {
const QStringList &all() { return actionKinds().keys; }
bool isValid(const QString &key) { return actionKinds().keys.contains(key); }
QString label(const QString &key) { return actionKinds().label(key); }
} // namespace actionkind

namespace actionstatus {
const QStringList &all() { return actionStatuses().keys; }
bool isValid(const QString &key) { return actionStatuses().keys.contains(key); }
QString label(const QString &key) { return actionStatuses().label(key); }
} // namespace actionstatus

namespace reminderkind {
namespace {
const Vocabulary &kinds() {
    static const Vocabulary v = makeVocabulary("Reminders", {
        {"keep_in_touch", QT_TRANSLATE_NOOP("Reminders", "Keep in touch")},
        {"feedback_follow_up", QT_TRANSLATE_NOOP("Reminders", "Feedback follow-up")},
        {"post_rejection", QT_TRANSLATE_NOOP("Reminders", "Keep in touch after a rejection")},
        {"reapply", QT_TRANSLATE_NOOP("Reminders", "Re-apply window")},
        {"interview_prep", QT_TRANSLATE_NOOP("Reminders", "Interview prep")},
        {"check_in", QT_TRANSLATE_NOOP("Reminders", "Daily check-in")},
        {"goal_review", QT_TRANSLATE_NOOP("Reminders", "Goal review")},
        {"skills_action", QT_TRANSLATE_NOOP("Reminders", "Skills action")},
    });
    return v;
}
} // namespace
const QStringList &all() { return kinds().keys; }
const QStringList &stored() {
    static const QStringList keys{kInterviewPrep, kFeedbackFollowUp, kPostRejection, kReapply, kGoalReview};
    return keys;
}
bool isValid(const QString &key) { return stored().contains(key); }
QString label(const QString &key) { return kinds().label(key); }
} // namespace reminderkind

namespace rejectionstep {
const QStringList &all() {
    static const QStringList keys{kFeelings, kFeedback, kCase, kBridges, kWentWell};
    return keys;
}
} // namespace rejectionstep

} // namespace rebound
