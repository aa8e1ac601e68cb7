// rebound-cli: contacts, the interactions logged with them, vCard import and export.
#include "CliCommands.h"

#include "services/VCard.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace rebound::cli {

using namespace opt;

namespace {

constexpr int kCellChars = 40;       // longest name or company in a list cell before it is cut
constexpr int kPreviewNames = 20;    // names listed in an import preview before "and N more"

QString contactTagsLabel(const QStringList &tags) {
    QStringList labels;
    for (const QString &t : tags)
        labels << contacttag::label(t);
    return labels.join(QStringLiteral(", "));
}

// "Recruiter at Acme", "Acme" or "Recruiter".
QString workLabel(const Contact &c) {
    if (!c.role.isEmpty() && !c.company.isEmpty())
        return CliText::tr("%1 at %2").arg(c.role, c.company);
    return c.role.isEmpty() ? c.company : c.role;
}

int parseCadence(const QString &text) {
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("off") || t == CliText::tr("off"))
        return Contact::kCadenceOff;
    if (t == QLatin1String("tags") || t == CliText::tr("tags"))
        return Contact::kCadenceFromTags;
    bool ok = false;
    const int days = t.toInt(&ok);
    if (!ok || days < 1 || days > Contact::kMaxCadenceDays)
        throw UsageError(CliText::tr("--cadence takes a number of days from 1 to %1, \"off\" (no keep-in-touch "
                            "reminders) or \"tags\" (the default of its tags).")
                             .arg(Contact::kMaxCadenceDays));
    return days;
}

QString cadenceSetting(int cadenceDays) {
    if (cadenceDays == Contact::kCadenceFromTags)
        return QStringLiteral("tags");
    if (cadenceDays == Contact::kCadenceOff)
        return QStringLiteral("off");
    return QStringLiteral("days");
}

} // namespace

// ---- shared ------------------------------------------------------------------------------

struct Commands::ContactOptions {
    std::optional<QString> name, company, role, url, howWeMet, notes;
    std::optional<QStringList> emails, phones, tags;
    std::optional<int> cadence;
};

Commands::ContactOptions Commands::contactOptions(bool editing) const {
    ContactOptions o;
    auto text = [&](const QString &name, std::optional<QString> &into) {
        if (a.has(name))
            into = a.value(name);
    };
    text(kName, o.name);
    text(kCompany, o.company);
    text(kRole, o.role);
    text(kUrl, o.url);
    text(kMet, o.howWeMet);
    text(kNotes, o.notes);
    if (a.has(kEmail))
        o.emails = a.list(kEmail);
    if (a.has(kPhone))
        o.phones = a.list(kPhone);
    if (a.has(kTag)) {
        QStringList tags;
        for (const QString &t : a.list(kTag)) {
            const QString key = parseKey(t, contacttag::all(), contacttag::label, kTag);
            if (!tags.contains(key))
                tags << key;
        }
        o.tags = tags;
    }
    if (a.has(kCadence))
        o.cadence = parseCadence(a.value(kCadence));
    if (!editing && (!o.name || o.name->trimmed().isEmpty()))
        throw UsageError(CliText::tr("Who is it? Give --name, e.g. contact add --name \"Maya Chen\" --tag recruiter."));
    return o;
}

void Commands::applyOptions(const ContactOptions &o, Contact &c) {
    if (o.name)
        c.name = *o.name;
    if (o.company)
        c.company = *o.company;
    if (o.role)
        c.role = *o.role;
    if (o.url)
        c.profileUrl = *o.url;
    if (o.howWeMet)
        c.howWeMet = *o.howWeMet;
    if (o.notes)
        c.notes = *o.notes;
    if (o.emails)
        c.emails = *o.emails;
    if (o.phones)
        c.phones = *o.phones;
    if (o.tags)
        c.tags = *o.tags;
    if (o.cadence)
        c.cadenceDays = *o.cadence;
}

QString Commands::resolveContact(Vault &vault, const QString &prefix) {
    if (prefix.trimmed().isEmpty())
        throw UsageError(CliText::tr("Which contact? Give its ID (see \"contact list\")."));
    QStringList ids;
    for (const Contact &c : vault.contacts().list())
        ids << c.id;
    return matchPrefix(ids, prefix, CliText::tr("No contact has the ID %1."));
}

QJsonObject Commands::toJson(const Contact &c) {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("company"), c.company},
            {QStringLiteral("role"), c.role},
            {QStringLiteral("emails"), QJsonArray::fromStringList(c.emails)},
            {QStringLiteral("phones"), QJsonArray::fromStringList(c.phones)},
            {QStringLiteral("url"), c.profileUrl},
            {QStringLiteral("how_we_met"), c.howWeMet},
            {QStringLiteral("tags"), QJsonArray::fromStringList(c.tags)},
            {QStringLiteral("notes"), c.notes},
            {QStringLiteral("cadence"), cadenceSetting(c.cadenceDays)},
            {QStringLiteral("cadence_days"), c.cadenceDays > 0 ? QJsonValue(c.cadenceDays) : QJsonValue()},
            {QStringLiteral("created"), stamp(c.createdAt)},
            {QStringLiteral("updated"), stamp(c.updatedAt)}};
}

QJsonObject Commands::toJson(const Interaction &i) {
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("contact_id"), i.contactId},
            {QStringLiteral("kind"), i.kind},
            {QStringLiteral("date"), day(i.occurredOn)},
            {QStringLiteral("note"), i.note}};
}

QJsonObject Commands::toJson(const ContactStatus &s, const QDate &today) {
    QJsonObject o = toJson(s.contact);
    o.insert(QStringLiteral("last_contacted"), optionalJson(s.lastContacted));
    o.insert(QStringLiteral("effective_cadence_days"), s.cadenceDays);
    o.insert(QStringLiteral("due_on"), optionalJson(s.dueOn));
    o.insert(QStringLiteral("is_due"), s.isDue(today));
    return o;
}

QString Commands::dueLabel(const ContactStatus &s, const QDate &today) const {
    if (!s.dueOn.isValid())
        return CliText::tr("no reminders");
    if (s.dueOn < today)
        return CliText::tr("overdue since %1").arg(day(s.dueOn));
    if (s.dueOn == today)
        return CliText::tr("due today");
    return CliText::tr("due %1").arg(day(s.dueOn));
}

// ---- commands ----------------------------------------------------------------------------

int Commands::contactAdd() {
    a.allowOnly({kName, kCompany, kRole, kEmail, kPhone, kUrl, kMet, kTag, kNotes, kCadence}, true);
    a.allowWords(2);
    checkSingleStdin({kNotes, kMet});
    const ContactOptions o = contactOptions(false);
    auto vault = unlock();
    Contact draft;
    applyOptions(o, draft);
    if (const auto notes = textOption(kNotes))
        draft.notes = *notes;
    if (const auto met = textOption(kMet))
        draft.howWeMet = *met;
    const Contact c = vault->contacts().create(draft);
    if (a.json) {
        const auto s = vault->contacts().status(c.id);
        printJson(s ? toJson(*s, localToday(m_clock)) : toJson(c));
    } else {
        out << c.id << '\n';
    }
    return Ok;
}

int Commands::contactList() {
    a.allowOnly({kSearch, kTag, kDue}, true);
    a.allowWords(2);
    if (a.has(kDue) && !a.value(kDue).isEmpty())
        throw UsageError(CliText::tr("contact list --due takes no value: it lists the contacts due now."));
    ContactFilter filter;
    filter.text = a.value(kSearch).trimmed();
    if (a.has(kTag))
        filter.tag = parseKey(a.value(kTag), contacttag::all(), contacttag::label, kTag);
    const bool dueOnly = a.has(kDue);
    auto vault = unlock();
    const QDate today = localToday(m_clock);
    QHash<QString, ContactStatus> statusOf;
    for (const ContactStatus &s : vault->contacts().statuses(today, dueOnly))
        statusOf.insert(s.contact.id, s);
    QList<ContactStatus> rows; // by name, as list() orders them; due ones: most overdue first
    for (const Contact &c : vault->contacts().list(filter))
        if (statusOf.contains(c.id))
            rows << statusOf.value(c.id);
    if (dueOnly)
        std::stable_sort(rows.begin(), rows.end(),
                         [](const ContactStatus &l, const ContactStatus &r) { return l.dueOn < r.dueOn; });
    if (a.json) {
        QJsonArray arr;
        for (const ContactStatus &s : rows)
            arr.append(toJson(s, today));
        printJson(QJsonObject{{QStringLiteral("date"), day(today)}, {QStringLiteral("contacts"), arr}});
        return Ok;
    }
    if (rows.isEmpty()) {
        if (dueOnly)
            out << CliText::tr("Nobody is due for a catch-up.") << '\n';
        else if (!filter.text.isEmpty() || !filter.tag.isEmpty())
            out << CliText::tr("No contacts match.") << '\n';
        else
            out << CliText::tr("No contacts yet. Add one: rebound-cli contact add --name \"Maya Chen\" --tag recruiter.")
                << '\n';
        return Ok;
    }
    QList<QStringList> table;
    for (const ContactStatus &s : rows)
        table.append({s.contact.id.left(kShortId), preview(s.contact.name, kCellChars),
                      preview(workLabel(s.contact), kCellChars), contactTagsLabel(s.contact.tags),
                      s.lastContacted.isValid() ? CliText::tr("last %1").arg(day(s.lastContacted)) : CliText::tr("never contacted"),
                      dueLabel(s, today)});
    printTable(table);
    return Ok;
}

int Commands::contactShow() {
    a.allowOnly({}, true);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which contact? Give its ID (see \"contact list\")."));
    auto vault = unlock();
    const QString id = resolveContact(*vault, a.words.value(2));
    const auto s = vault->contacts().status(id);
    if (!s)
        throw Error(ErrorCode::NotFound, CliText::tr("That contact no longer exists."));
    const QDate today = localToday(m_clock);
    const QList<Interaction> interactions = vault->contacts().interactions(id);
    const QList<JobApplication> apps = vault->contacts().applicationsOf(id);
    if (a.json) {
        QJsonObject o = toJson(*s, today);
        QJsonArray logged, linked;
        for (const Interaction &i : interactions)
            logged.append(toJson(i));
        for (const JobApplication &app : apps)
            linked.append(QJsonObject{{QStringLiteral("id"), app.id},
                                      {QStringLiteral("company"), app.company},
                                      {QStringLiteral("role"), app.role},
                                      {QStringLiteral("stage"), app.stage}});
        o.insert(QStringLiteral("interactions"), logged);
        o.insert(QStringLiteral("applications"), linked);
        printJson(o);
        return Ok;
    }
    const Contact &c = s->contact;
    out << c.name << '\n';
    QString cadence;
    if (c.cadenceDays == Contact::kCadenceOff)
        cadence = CliText::tr("off");
    else if (c.cadenceDays > 0)
        cadence = CliText::tr("every %1 days").arg(c.cadenceDays);
    else if (s->cadenceDays > 0)
        cadence = CliText::tr("every %1 days (from its tags)").arg(s->cadenceDays);
    else
        cadence = CliText::tr("off (none of its tags has a cadence)");
    QList<QStringList> fields{{CliText::tr("ID:"), c.id},
                              {CliText::tr("Company:"), c.company},
                              {CliText::tr("Role:"), c.role},
                              {CliText::tr("Email:"), c.emails.join(QStringLiteral(", "))},
                              {CliText::tr("Phone:"), c.phones.join(QStringLiteral(", "))},
                              {CliText::tr("Profile:"), c.profileUrl},
                              {CliText::tr("How we met:"), c.howWeMet},
                              {CliText::tr("Tags:"), contactTagsLabel(c.tags)},
                              {CliText::tr("Keep in touch:"), cadence},
                              {CliText::tr("Last contacted:"), s->lastContacted.isValid() ? day(s->lastContacted) : CliText::tr("never")},
                              {CliText::tr("Next:"), dueLabel(*s, today)}};
    fields.removeIf([](const QStringList &row) { return row.value(1).isEmpty(); });
    printTable(fields, QStringLiteral("  "));
    if (!c.notes.isEmpty())
        out << '\n' << CliText::tr("Notes:") << '\n' << c.notes << '\n';
    out << '\n' << CliText::tr("Interactions:") << '\n';
    if (interactions.isEmpty()) {
        out << "  " << CliText::tr("none logged yet") << '\n';
    } else {
        QList<QStringList> rows;
        for (const Interaction &i : interactions)
            rows.append({i.id.left(kShortId), day(i.occurredOn), interactionkind::label(i.kind), i.note.simplified()});
        printTable(rows, QStringLiteral("  "));
    }
    if (!apps.isEmpty()) {
        out << '\n' << CliText::tr("Applications:") << '\n';
        QList<QStringList> rows;
        for (const JobApplication &app : apps)
            rows.append({app.id.left(kShortId), titleOf(app), stage::label(app.stage)});
        printTable(rows, QStringLiteral("  "));
    }
    return Ok;
}

int Commands::contactLog() {
    a.allowOnly({kKind, kDate, kNote}, true);
    a.allowWords(3);
    checkSingleStdin({kNote});
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which contact? Give its ID (see \"contact list\")."));
    Interaction draft;
    draft.kind = parseKey(a.value(kKind, interactionkind::kMessage), interactionkind::all(), interactionkind::label,
                          kKind);
    draft.occurredOn = a.has(kDate) ? parseDate(a.value(kDate).trimmed()) : localToday(m_clock);
    auto vault = unlock();
    draft.contactId = resolveContact(*vault, a.words.value(2));
    if (const auto note = textOption(kNote))
        draft.note = *note;
    const Interaction logged = vault->contacts().logInteraction(draft);
    const auto s = vault->contacts().status(draft.contactId);
    if (a.json) {
        QJsonObject o = toJson(logged);
        if (s) {
            o.insert(QStringLiteral("last_contacted"), optionalJson(s->lastContacted));
            o.insert(QStringLiteral("due_on"), optionalJson(s->dueOn));
        }
        printJson(o);
    } else {
        out << logged.id << '\n';
    }
    if (s) {
        err << CliText::tr("Logged: %1 with %2 on %3.")
                   .arg(interactionkind::label(logged.kind), s->contact.name, day(logged.occurredOn))
            << Qt::endl;
        if (s->dueOn.isValid())
            err << CliText::tr("Next keep-in-touch: %1.").arg(day(s->dueOn)) << Qt::endl;
    }
    return Ok;
}

int Commands::contactEdit() {
    a.allowOnly({kName, kCompany, kRole, kEmail, kPhone, kUrl, kMet, kTag, kNotes, kCadence}, true);
    a.allowWords(3);
    checkSingleStdin({kNotes, kMet});
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which contact? Give its ID (see \"contact list\")."));
    if (a.options.isEmpty())
        throw UsageError(CliText::tr("Nothing to change: give --name, --company, --role, --email, --phone, --url, --met, "
                            "--tag, --notes or --cadence."));
    ContactOptions o = contactOptions(true);
    auto vault = unlock();
    const auto current = vault->contacts().find(resolveContact(*vault, a.words.value(2)));
    if (!current)
        throw Error(ErrorCode::NotFound, CliText::tr("That contact no longer exists."));
    if (const auto notes = textOption(kNotes))
        o.notes = *notes;
    if (const auto met = textOption(kMet))
        o.howWeMet = *met;
    Contact next = *current;
    applyOptions(o, next);
    const Contact saved = vault->contacts().update(next);
    if (a.json) {
        const auto s = vault->contacts().status(saved.id);
        printJson(s ? toJson(*s, localToday(m_clock)) : toJson(saved));
    } else {
        err << CliText::tr("Updated %1.").arg(saved.name) << Qt::endl;
    }
    return Ok;
}

int Commands::contactDelete() {
    a.allowOnly({kYes}, false);
    a.allowWords(3);
    if (a.words.size() < 3)
        throw UsageError(CliText::tr("Which contact? Give its ID (see \"contact list\")."));
    const bool sure = a.has(kYes);
    if (!sure && !in.interactive())
        throw UsageError(
            CliText::tr("Deleting cannot be undone here: add --yes to confirm (there is no terminal to ask on)."));
    auto vault = unlock();
    const QString id = resolveContact(*vault, a.words.value(2));
    const auto c = vault->contacts().find(id);
    if (!c)
        throw Error(ErrorCode::NotFound, CliText::tr("That contact no longer exists."));
    if (!sure) {
        const auto logged = vault->contacts().interactions(id).size();
        const QString question = logged ? CliText::tr("Delete %1 with %2 logged interaction(s)?").arg(c->name).arg(logged)
                                        : CliText::tr("Delete %1?").arg(c->name);
        if (!confirm(question)) {
            err << CliText::tr("Nothing was deleted.") << Qt::endl;
            return Failure;
        }
    }
    const RemovedContact removed = vault->contacts().remove(id);
    err << CliText::tr("Deleted %1.").arg(c->name) << Qt::endl;
    if (!removed.unlinkedPeople.isEmpty())
        err << CliText::tr("The applications that named them keep the name; they are no longer linked to a contact.")
            << Qt::endl;
    return Ok;
}

int Commands::contactImport() {
    a.allowOnly({kYes, kSkipDuplicates}, false);
    a.allowWords(3);
    const QString path = a.words.value(2);
    if (path.trimmed().isEmpty())
        throw UsageError(CliText::tr("Which file? e.g. contact import contacts.vcf (vCard 3.0 or 4.0)."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorCode::Io,
                    CliText::tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > vcard::kMaxInputBytes)
        throw Error(ErrorCode::InvalidInput, CliText::tr("%1 is larger than %2 MiB; nothing was imported.")
                                                 .arg(QDir::toNativeSeparators(path))
                                                 .arg(vcard::kMaxInputBytes / (1024 * 1024)));
    const QByteArray data = file.readAll();
    const vcard::ParseResult parsed = vcard::parse(data);
    if (!parsed.ok()) {
        QString message = parsed.error->message;
        const QString line = QString::number(parsed.error->line);
        if (parsed.error->line > 0 && !message.contains(line))
            message = CliText::tr("Line %1: %2").arg(line, message);
        throw Error(ErrorCode::InvalidInput,
                    CliText::tr("%1 is not a vCard file we can read. %2 Nothing was imported.")
                        .arg(QDir::toNativeSeparators(path), message));
    }
    auto vault = unlock();
    QList<Contact> drafts = parsed.contacts;
    const QList<ContactMatch> matches = vault->contacts().duplicatesOf(drafts);

    // The preview: what the file holds, what was skipped, who is already here.
    out << CliText::tr("%1 holds %2 contact(s):").arg(QFileInfo(path).fileName()).arg(drafts.size()) << '\n';
    for (qsizetype i = 0; i < drafts.size() && i < kPreviewNames; ++i) {
        const Contact &d = drafts[i];
        QStringList bits{d.name};
        if (const QString work = workLabel(d); !work.isEmpty())
            bits << QStringLiteral("(%1)").arg(work);
        if (!d.emails.isEmpty())
            bits << d.emails.constFirst();
        out << "  " << bits.join(u' ') << '\n';
    }
    if (drafts.size() > kPreviewNames)
        out << "  " << CliText::tr("and %1 more").arg(drafts.size() - kPreviewNames) << '\n';
    if (!parsed.warnings.isEmpty()) {
        out << CliText::tr("Skipped while reading:") << '\n';
        for (const QString &w : parsed.warnings)
            out << "  - " << w << '\n';
    }
    QSet<int> duplicateIndexes;
    if (!matches.isEmpty()) {
        out << CliText::tr("Already in your contacts (same email or phone):") << '\n';
        for (const ContactMatch &m : matches) {
            duplicateIndexes.insert(m.draftIndex);
            out << "  " << CliText::tr("%1 — shares %2 with %3 (%4)")
                               .arg(drafts.value(m.draftIndex).name, m.reason, m.existing.name,
                                    m.existing.id.left(kShortId))
                << '\n';
        }
    }
    const bool skip = a.has(kSkipDuplicates);
    if (skip) {
        QList<Contact> kept;
        for (qsizetype i = 0; i < drafts.size(); ++i)
            if (!duplicateIndexes.contains(int(i)))
                kept << drafts[i];
        drafts = kept;
    }
    if (drafts.isEmpty()) {
        err << CliText::tr("Nothing to import.") << Qt::endl;
        return Ok;
    }
    const QString question =
        skip && !duplicateIndexes.isEmpty()
            ? CliText::tr("Import %1 contact(s), leaving out %2 already here?").arg(drafts.size()).arg(duplicateIndexes.size())
        : !duplicateIndexes.isEmpty()
            ? CliText::tr("Import %1 contact(s), including %2 that may be already here (--skip-duplicates leaves them out)?")
                  .arg(drafts.size())
                  .arg(duplicateIndexes.size())
            : CliText::tr("Import %1 contact(s)?").arg(drafts.size());
    if (!a.has(kYes)) {
        if (!in.interactive()) {
            err << CliText::tr("Nothing was imported: add --yes to import (there is no terminal to ask on).") << Qt::endl;
            return Usage;
        }
        if (!confirm(question)) {
            err << CliText::tr("Nothing was imported.") << Qt::endl;
            return Failure;
        }
    }
    const QList<Contact> imported = vault->contacts().importContacts(drafts);
    err << CliText::tr("Imported %1 contact(s).").arg(imported.size()) << Qt::endl;
    return Ok;
}

int Commands::contactExport() {
    a.allowOnly({kOutput}, false);
    a.allowWords(2);
    const QString path = a.value(kOutput);
    if (a.has(kOutput)) {
        const QFileInfo file(path);
        if (path.trimmed().isEmpty() || file.isDir())
            throw UsageError(CliText::tr("--output takes the name of a file to write."));
        if (!file.absoluteDir().exists())
            throw Error(ErrorCode::Io, CliText::tr("The folder %1 does not exist; nothing was written.")
                                           .arg(QDir::toNativeSeparators(file.absolutePath())));
    }
    auto vault = unlock();
    const QList<Contact> contacts = vault->contacts().list();
    const QByteArray bytes = vcard::write(contacts);
    if (a.has(kOutput)) {
        try {
            writeFileAtomically(path, bytes);
        } catch (const Error &e) {
            if (e.code() == ErrorCode::DiskFull)
                throw;
            throw Error(e.code(), CliText::tr("Could not write %1 (is the folder writable?). Nothing was written.")
                                      .arg(QDir::toNativeSeparators(path)));
        }
        err << CliText::tr("Exported %1 contact(s) to %2 (vCard 4.0).").arg(contacts.size()).arg(QDir::toNativeSeparators(path))
            << Qt::endl
            << CliText::tr("Warning: the export is not encrypted. Anyone who can read the file can read your "
                  "contacts; delete it when you no longer need it.")
            << Qt::endl;
        return Ok;
    }
    out << QString::fromUtf8(bytes);
    out.flush();
    err << CliText::tr("Warning: the export is not encrypted; take care where you keep it.") << Qt::endl;
    return Ok;
}

} // namespace rebound::cli
