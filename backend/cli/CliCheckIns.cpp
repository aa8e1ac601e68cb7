// rebound-cli: check-ins and small wins.
#include "CliCommands.h"

namespace rebound::cli {

using namespace opt;

QJsonObject Commands::toJson(Vault &vault, const CheckIn &c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
            {QStringLiteral("mood"), c.mood},
            {QStringLiteral("emotions"), catalogJson(vault, c.emotions)},
            {QStringLiteral("efforts"), catalogJson(vault, c.efforts)},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("created"), stamp(c.createdAt)}};
}

QJsonObject Commands::toJson(const SmallWin &w) {
    return {{QStringLiteral("id"), w.id},
            {QStringLiteral("date"), w.date.toString(Qt::ISODate)},
            {QStringLiteral("text"), w.text},
            {QStringLiteral("created"), stamp(w.createdAt)}};
}

QJsonObject Commands::toJson(const DayMood &d) {
    return {{QStringLiteral("date"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("mood"), d.level() ? QJsonValue(d.level()) : QJsonValue()},
            {QStringLiteral("average"), d.average > 0 ? QJsonValue(d.average) : QJsonValue()},
            {QStringLiteral("check_ins"), d.checkIns},
            {QStringLiteral("entries"), d.entries}};
}

int Commands::checkIn() {
    a.allowOnly({kMood, kEmotion, kEffort, kNote, kDate}, true);
    a.allowWords(1);
    if (!a.has(kMood))
        throw UsageError(CliText::tr("How are you? A check-in needs --mood 1-5."));
    CheckIn draft;
    draft.mood = parseMood(a.value(kMood));
    if (draft.mood == JournalEntry::kNoMood)
        throw UsageError(CliText::tr("A check-in needs a mood from 1 to 5."));
    draft.date = a.has(kDate) ? parseDate(a.value(kDate)) : QDate(); // the repository's today
    draft.note = a.value(kNote);
    auto vault = unlock();
    draft.emotions = resolveCatalog(*vault, CatalogItem::Kind::Emotion, a.list(kEmotion));
    draft.efforts = resolveCatalog(*vault, CatalogItem::Kind::Effort, a.list(kEffort));
    const CheckIn c = vault->checkIns().create(draft);
    const DayMood day = vault->checkIns().dayMood(c.date);
    if (a.json) {
        printJson(QJsonObject{{QStringLiteral("checkin"), toJson(*vault, c)},
                              {QStringLiteral("day"), toJson(day)}});
        return Ok;
    }
    out << CliText::tr("Checked in for %1: mood %2").arg(c.date.toString(Qt::ISODate)).arg(c.mood);
    if (!c.emotions.isEmpty())
        out << CliText::tr(", feeling %1").arg(namesOf(*vault, c.emotions).join(QStringLiteral(", ")));
    if (!c.efforts.isEmpty())
        out << CliText::tr("; did %1").arg(namesOf(*vault, c.efforts).join(QStringLiteral(", ")));
    out << '\n'
        << (day.checkIns == 1 ? CliText::tr("Mood of the day: %1 (one check-in)").arg(day.level())
                              : CliText::tr("Mood of the day: %1 (average %2 of %3 check-ins)")
                                    .arg(day.level())
                                    .arg(day.average, 0, 'f', 1)
                                    .arg(day.checkIns))
        << '\n';
    return Ok;
}

int Commands::checkInList() {
    a.allowOnly({kLimit}, true);
    a.allowWords(2);
    const int limit = limitOption(20, 10'000);
    auto vault = unlock();
    const QList<CheckIn> checkIns = vault->checkIns().latest(limit);
    if (a.json) {
        QJsonArray arr;
        for (const CheckIn &c : checkIns)
            arr.append(toJson(*vault, c));
        printJson(arr);
        return Ok;
    }
    if (checkIns.isEmpty())
        out << CliText::tr("No check-ins yet.") << '\n';
    for (const CheckIn &c : checkIns) {
        QStringList details = namesOf(*vault, c.emotions);
        details += namesOf(*vault, c.efforts);
        if (!c.note.isEmpty())
            details << QStringLiteral("“%1”").arg(c.note);
        out << c.id.left(kShortId) << "  " << c.date.toString(Qt::ISODate) << "  " << c.mood;
        if (!details.isEmpty())
            out << "  " << details.join(QStringLiteral(", "));
        out << '\n';
    }
    return Ok;
}

int Commands::winAdd() {
    a.allowOnly({kDate}, true);
    const QDate date = a.has(kDate) ? parseDate(a.value(kDate)) : QDate(); // the repository's today
    QString text = a.words.mid(2).join(u' ');
    auto vault = unlock();
    if (text.trimmed().isEmpty()) {
        if (in.interactive())
            err << CliText::tr("Describe the win in one line; finish with Ctrl-D.") << Qt::endl;
        text = in.readRest();
    }
    const SmallWin w = vault->checkIns().addWin(date, text.trimmed());
    if (a.json)
        printJson(toJson(w));
    else
        out << w.id << '\n';
    return Ok;
}

int Commands::winList() {
    a.allowOnly({kLimit}, true);
    a.allowWords(2);
    const int limit = limitOption(50, 10'000);
    auto vault = unlock();
    const QList<SmallWin> wins = vault->checkIns().wins(limit);
    if (a.json) {
        QJsonArray arr;
        for (const SmallWin &w : wins)
            arr.append(toJson(w));
        printJson(arr);
        return Ok;
    }
    if (wins.isEmpty())
        out << CliText::tr("No wins noted yet. Every step counts: \"rebound-cli win add ...\".") << '\n';
    for (const SmallWin &w : wins)
        out << w.id.left(kShortId) << "  " << w.date.toString(Qt::ISODate) << "  " << w.text << '\n';
    return Ok;
}

} // namespace rebound::cli
