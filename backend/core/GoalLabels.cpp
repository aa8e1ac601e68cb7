// Keys and translated labels of the goal and review vocabularies.
#include "Goal.h"
#include "Review.h"
#include "Vocabulary.h"

namespace rebound {

namespace {

Vocabulary make(std::initializer_list<std::pair<const char *, const char *>> items) {
    return makeVocabulary("Goals", items);
}

const Vocabulary &goalKinds() {
    static const Vocabulary v = make({
        {"role", QT_TRANSLATE_NOOP("Goals", "Target role")},
        {"industry", QT_TRANSLATE_NOOP("Goals", "Industry")},
        {"skill", QT_TRANSLATE_NOOP("Goals", "Skill")},
        {"certification", QT_TRANSLATE_NOOP("Goals", "Certification")},
        {"effort", QT_TRANSLATE_NOOP("Goals", "Weekly effort")},
        {"other", QT_TRANSLATE_NOOP("Goals", "Other")},
        {"north_star", QT_TRANSLATE_NOOP("Goals", "North star")},
    });
    return v;
}

const Vocabulary &goalStatuses() {
    static const Vocabulary v = make({
        {"active", QT_TRANSLATE_NOOP("Goals", "Active")},
        {"paused", QT_TRANSLATE_NOOP("Goals", "Paused")},
        {"achieved", QT_TRANSLATE_NOOP("Goals", "Achieved")},
        {"dropped", QT_TRANSLATE_NOOP("Goals", "Dropped")},
    });
    return v;
}

const Vocabulary &metrics() {
    static const Vocabulary v = make({
        {"applications", QT_TRANSLATE_NOOP("Goals", "Applications sent")},
        {"interviews", QT_TRANSLATE_NOOP("Goals", "Interviews held")},
        {"journal", QT_TRANSLATE_NOOP("Goals", "Journal entries")},
    });
    return v;
}

const Vocabulary &answers() {
    static const Vocabulary v = make({
        {"yes", QT_TRANSLATE_NOOP("Goals", "Yes")},
        {"no", QT_TRANSLATE_NOOP("Goals", "No")},
        {"unsure", QT_TRANSLATE_NOOP("Goals", "Unsure")},
    });
    return v;
}

const Vocabulary &followUps() {
    static const Vocabulary v = make({
        {"new_goal", QT_TRANSLATE_NOOP("Goals", "New goal")},
        {"goal_status", QT_TRANSLATE_NOOP("Goals", "Change a goal")},
        {"skill_action", QT_TRANSLATE_NOOP("Goals", "Skills action")},
    });
    return v;
}

} // namespace

namespace goalkind {
const QStringList &all() { return goalKinds().keys; }
bool isValid(const QString &key) { return goalKinds().contains(key); }
QString label(const QString &key) { return goalKinds().label(key); }
} // namespace goalkind

namespace goalstatus {
const QStringList &all() { return goalStatuses().keys; }
bool isValid(const QString &key) { return goalStatuses().contains(key); }
QString label(const QString &key) { return goalStatuses().label(key); }
} // namespace goalstatus

namespace effortmetric {
QStringList builtIns() { return metrics().keys; }
bool isValid(const QString &key) {
    return metrics().contains(key) || (key.startsWith(kEffortPrefix) && key.size() > kEffortPrefix.size());
}
QString label(const QString &key, const QString &effortName) {
    if (key.startsWith(kEffortPrefix))
        //: a weekly effort goal counting check-ins tagged with an effort, e.g. "Check-ins: reached out"
        return QCoreApplication::translate("Goals", "Check-ins: %1")
            .arg(effortName.isEmpty() ? key.mid(kEffortPrefix.size()) : effortName);
    return metrics().label(key);
}
} // namespace effortmetric

namespace reviewanswer {
const QStringList &all() { return answers().keys; }
bool isValid(const QString &key) { return key.isEmpty() || answers().contains(key); }
QString label(const QString &key) {
    return key.isEmpty() ? QCoreApplication::translate("Goals", "Not answered") : answers().label(key);
}
} // namespace reviewanswer

namespace followup {
const QStringList &all() { return followUps().keys; }
bool isValid(const QString &key) { return key.isEmpty() || followUps().contains(key); }
QString label(const QString &key) { return followUps().label(key); }
} // namespace followup

} // namespace rebound
