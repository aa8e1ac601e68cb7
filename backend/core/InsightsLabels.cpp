// Keys and translated labels of the Insights vocabularies.
#include "Insights.h"
#include "Vocabulary.h"

namespace rebound {

namespace {

const Vocabulary &effortKinds() {
    static const Vocabulary v = makeVocabulary("Insights", {
        {"applications", QT_TRANSLATE_NOOP("Insights", "Applications")},
        {"outreach", QT_TRANSLATE_NOOP("Insights", "Outreach")},
        {"practice", QT_TRANSLATE_NOOP("Insights", "Practice")},
        {"learning", QT_TRANSLATE_NOOP("Insights", "Learning")},
        {"journaling", QT_TRANSLATE_NOOP("Insights", "Journaling")},
        {"other", QT_TRANSLATE_NOOP("Insights", "Other effort")},
    });
    return v;
}

const Vocabulary &funnelSteps() {
    static const Vocabulary v = makeVocabulary("Insights", {
        {"applied", QT_TRANSLATE_NOOP("Insights", "Applied")},
        {"screening", QT_TRANSLATE_NOOP("Insights", "Screening")},
        {"interview", QT_TRANSLATE_NOOP("Insights", "Interview")},
        {"final", QT_TRANSLATE_NOOP("Insights", "Final round")},
        {"offer", QT_TRANSLATE_NOOP("Insights", "Offer")},
    });
    return v;
}

const Vocabulary &recoveryStatuses() {
    static const Vocabulary v = makeVocabulary("Insights", {
        {"recovered", QT_TRANSLATE_NOOP("Insights", "Back to baseline")},
        {"recovering", QT_TRANSLATE_NOOP("Insights", "Still recovering")},
        {"not_recovered", QT_TRANSLATE_NOOP("Insights", "Not back within 90 days")},
        {"no_baseline", QT_TRANSLATE_NOOP("Insights", "No mood in the 30 days before")},
        {"no_mood_after", QT_TRANSLATE_NOOP("Insights", "No mood logged since")},
    });
    return v;
}

QString keyAt(const Vocabulary &v, int i) {
    return i >= 0 && i < v.keys.size() ? v.keys.at(i) : QString();
}

} // namespace

namespace effortkind {
QString key(int kind) { return keyAt(effortKinds(), kind); }
QString label(int kind) { return effortKinds().label(key(kind)); }
} // namespace effortkind

namespace funnelstep {
QString key(int step) { return keyAt(funnelSteps(), step); }
QString label(int step) { return funnelSteps().label(key(step)); }
} // namespace funnelstep

namespace recoverystatus {
QString key(int status) { return keyAt(recoveryStatuses(), status); }
QString label(int status) { return recoveryStatuses().label(key(status)); }
} // namespace recoverystatus

} // namespace rebound
