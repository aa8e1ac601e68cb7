// Keys, translated labels and defaults of the contact vocabularies. QtCore only:
// the vCard fuzz target links this file on its own.
#include "Contact.h"
#include "Vocabulary.h"

namespace rebound {

namespace {

const Vocabulary &tags() {
    static const Vocabulary v = makeVocabulary("Contacts", {
        {"recruiter", QT_TRANSLATE_NOOP("Contacts", "Recruiter")},
        {"interviewer", QT_TRANSLATE_NOOP("Contacts", "Interviewer")},
        {"hiring_manager", QT_TRANSLATE_NOOP("Contacts", "Hiring manager")},
        {"mentor", QT_TRANSLATE_NOOP("Contacts", "Mentor")},
        {"peer", QT_TRANSLATE_NOOP("Contacts", "Peer")},
        {"support", QT_TRANSLATE_NOOP("Contacts", "Support")},
    });
    return v;
}

const Vocabulary &interactionKinds() {
    static const Vocabulary v = makeVocabulary("Contacts", {
        {"message", QT_TRANSLATE_NOOP("Contacts", "Message")},
        {"email", QT_TRANSLATE_NOOP("Contacts", "Email")},
        {"call", QT_TRANSLATE_NOOP("Contacts", "Call")},
        {"meeting", QT_TRANSLATE_NOOP("Contacts", "Meeting")},
        {"coffee", QT_TRANSLATE_NOOP("Contacts", "Coffee")},
        {"event", QT_TRANSLATE_NOOP("Contacts", "Event")},
    });
    return v;
}

} // namespace

namespace contacttag {
const QStringList &all() { return tags().keys; }
bool isValid(const QString &key) { return tags().contains(key); }
QString label(const QString &key) { return tags().label(key); }
int defaultCadenceDays(const QString &key) {
    // Recruiters forget quiet candidates; mentors and the people who support you
    // are worth seeing more often.
    if (key == kRecruiter)
        return 60;
    if (key == kInterviewer)
        return 90;
    if (key == kHiringManager)
        return 60;
    if (key == kMentor)
        return 30;
    if (key == kPeer)
        return 45;
    if (key == kSupport)
        return 14;
    return 0;
}
} // namespace contacttag

namespace interactionkind {
const QStringList &all() { return interactionKinds().keys; }
bool isValid(const QString &key) { return interactionKinds().contains(key); }
QString label(const QString &key) { return interactionKinds().label(key); }
} // namespace interactionkind

} // namespace rebound
