#include "JournalTemplates.h"

#include <QCoreApplication>

namespace rebound {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(JournalTemplates)
};
} // namespace

QList<JournalTemplate> journalTemplates() {
    // Our own words for the advice in the seed articles: feel it first, separate
    // what was in your hands from what was not, learn one thing, then move on.
    return {
        {QStringLiteral("after-rejection"),
         Tr::tr("After a rejection"),
         Tr::tr("Let the feeling land, then sort what you could and could not control."),
         Tr::tr("## What I feel right now\n"
            "Name it honestly. Disappointment after a no is normal; it means this one mattered.\n\n\n"
            "## What was in my control\n"
            "My preparation, my answers, how I followed up.\n\n\n"
            "## What was not\n"
            "Their budget, the other candidates, internal choices I will never see.\n\n\n"
            "## One thing I'll carry into the next one\n\n\n"
            "> A rejection is something that happened, not who I am.\n"),
         {Tr::tr("rejection")}},
        {QStringLiteral("interview-reflection"),
         Tr::tr("Interview reflection"),
         Tr::tr("Capture it while it's fresh: what stumped you, what went well."),
         Tr::tr("## Questions that stumped me\n\n\n"
            "## Moments I felt less confident\n\n\n"
            "## What went well\n"
            "At least one thing, however small.\n\n\n"
            "## What I'd practise before the next one\n\n\n"
            "## Feedback to ask for\n"
            "A short, polite question about my strengths and where I fell short.\n"),
         {Tr::tr("interview")}},
        {QStringLiteral("reframe"),
         Tr::tr("Reframe a hard thought"),
         Tr::tr("Write the thought down, then look at it the way a friend would."),
         Tr::tr("## The thought\n"
            "What is my mind telling me?\n\n\n"
            "## What supports it, what doesn't\n\n\n"
            "## What I'd tell a friend who thought this\n\n\n"
            "## A kinder, truer way to put it\n"),
         {Tr::tr("reframe")}},
        {QStringLiteral("win-of-the-day"),
         Tr::tr("Win of the day"),
         Tr::tr("Every step counts: an answer, good feedback, a final round."),
         Tr::tr("## Today's win\n"
            "A reply, an interview, a kind word, a skill that clicked.\n\n\n"
            "## Why it matters\n\n\n"
            "## What it says about me\n"),
         {Tr::tr("win")}},
        {QStringLiteral("who-supports-me"),
         Tr::tr("Who supports me"),
         Tr::tr("The people in your corner, and one to reach out to this week."),
         Tr::tr("## People who have my back\n"
            "Friends, family, mentors, former colleagues.\n\n\n"
            "## Who I could ask for advice or an introduction\n\n\n"
            "## Someone I'll get in touch with this week\n\n\n"
            "## How I can help someone else\n"),
         {Tr::tr("network")}},
    };
}

std::optional<JournalTemplate> findTemplate(const QString &key) {
    // By value, translated now: the language may change between calls.
    for (const JournalTemplate &t : journalTemplates())
        if (t.key == key)
            return t;
    return std::nullopt;
}

} // namespace rebound
