#include "ContactRepository.h"

#include "JobRecords.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "core/TextRules.h"

#include <QSet>
#include <QUrl>
#include <algorithm>

namespace rebound {

namespace {

Error invalid(const QString &message) {
    return Error(ErrorCode::InvalidInput, message);
}

QString digitsOf(const QString &phone) {
    QString out;
    for (const QChar c : phone)
        if (c.isDigit())
            out.append(QChar(u'0' + c.digitValue())); // any script's digits compare equal
    return out;
}

// The part of a phone number two spellings share: "+44 20 7946 0958" and
// "020 7946 0958" both end in "207946958"... the last nine digits.
constexpr int kPhoneMatchDigits = 9;
constexpr int kPhoneMinDigits = 6;
QString phoneKey(const QString &phone) {
    const QString d = digitsOf(phone);
    return d.size() < kPhoneMinDigits ? QString() : d.right(kPhoneMatchDigits);
}

bool looksLikeEmail(const QString &email) {
    const qsizetype at = email.lastIndexOf(u'@');
    if (at <= 0 || at == email.size() - 1)
        return false;
    for (const QChar c : email)
        if (c.isSpace() || c == u'|' || c == u'<' || c == u'>' || c == u',' || c == u';')
            return false;
    return email.indexOf(u'.', at) > at + 1 || email.mid(at + 1) == QLatin1String("localhost");
}

QString cleanProfileUrl(const QString &raw) {
    QString url = text::cleanLine(raw, Contact::kMaxUrlChars, QT_TRANSLATE_NOOP("TextRules", "The profile link"));
    if (url.isEmpty())
        return url;
    if (!url.contains(QLatin1String("://")))
        url.prepend(QStringLiteral("https://"));
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    if (!parsed.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) ||
        parsed.host().isEmpty())
        throw invalid(ContactRepository::tr("“%1” is not a web link (http or https).").arg(raw.trimmed()));
    return url;
}

QList<JobApplication> applicationsByIds(Store &store, const QStringList &ids) {
    QList<JobApplication> out;
    for (const QString &id : ids)
        if (const auto app = records::find<JobApplication>(store, id))
            out.append(*app);
    std::sort(out.begin(), out.end(), [](const JobApplication &a, const JobApplication &b) {
        return a.stageDate != b.stageDate ? a.stageDate > b.stageDate : a.company < b.company;
    });
    return out;
}

QString tagForRole(const QString &role) {
    // Application roles and contact tags share these three keys.
    if (role == contacttag::kRecruiter || role == contacttag::kInterviewer || role == contacttag::kHiringManager)
        return role;
    return {};
}

} // namespace

ContactRepository::ContactRepository(Store &store)
    : m_store(store) {}

Contact ContactRepository::clean(const Contact &draft) {
    Contact c = draft;
    c.name = text::cleanLine(c.name, Contact::kMaxNameChars, QT_TRANSLATE_NOOP("TextRules", "The name"));
    if (c.name.isEmpty())
        throw invalid(tr("Give the contact a name."));
    c.company = text::cleanLine(c.company, Contact::kMaxFieldChars, QT_TRANSLATE_NOOP("TextRules", "The company"));
    c.role = text::cleanLine(c.role, Contact::kMaxFieldChars, QT_TRANSLATE_NOOP("TextRules", "The role"));

    QStringList emails;
    QSet<QString> seenEmails;
    for (const QString &raw : draft.emails) {
        const QString e = text::cleanLine(raw, Contact::kMaxFieldChars, QT_TRANSLATE_NOOP("TextRules", "An email"));
        if (e.isEmpty())
            continue;
        if (!looksLikeEmail(e))
            throw invalid(tr("“%1” is not an email address.").arg(e));
        if (seenEmails.contains(e.toCaseFolded()))
            continue;
        seenEmails.insert(e.toCaseFolded());
        emails.append(e);
    }
    if (emails.size() > Contact::kMaxEmails)
        throw invalid(tr("A contact can have at most %1 email addresses.").arg(Contact::kMaxEmails));
    c.emails = emails;

    QStringList phones;
    QSet<QString> seenPhones;
    for (const QString &raw : draft.phones) {
        const QString p = text::cleanLine(raw, Contact::kMaxFieldChars, QT_TRANSLATE_NOOP("TextRules", "A phone number"));
        if (p.isEmpty())
            continue;
        const QString digits = digitsOf(p);
        if (digits.size() < 3 || p.contains(u'|'))
            throw invalid(tr("“%1” is not a phone number.").arg(p));
        if (seenPhones.contains(digits))
            continue;
        seenPhones.insert(digits);
        phones.append(p);
    }
    if (phones.size() > Contact::kMaxPhones)
        throw invalid(tr("A contact can have at most %1 phone numbers.").arg(Contact::kMaxPhones));
    c.phones = phones;

    c.profileUrl = cleanProfileUrl(c.profileUrl);
    c.howWeMet = text::cleanMultiline(c.howWeMet, Contact::kMaxHowWeMetChars,
                                      QT_TRANSLATE_NOOP("TextRules", "How you met"));
    c.notes = text::cleanMultiline(c.notes, Contact::kMaxNotesChars, QT_TRANSLATE_NOOP("TextRules", "The notes"));

    QStringList tags;
    for (const QString &raw : draft.tags) {
        const QString t = raw.trimmed();
        if (t.isEmpty())
            continue;
        if (!contacttag::isValid(t))
            throw invalid(tr("Unknown tag: %1.").arg(t));
        if (!tags.contains(t))
            tags.append(t);
    }
    // One order everywhere, so two devices write the same value.
    std::sort(tags.begin(), tags.end(), [](const QString &a, const QString &b) {
        return contacttag::all().indexOf(a) < contacttag::all().indexOf(b);
    });
    c.tags = tags;

    if (c.cadenceDays < Contact::kCadenceFromTags || c.cadenceDays > Contact::kMaxCadenceDays)
        throw invalid(tr("Keep in touch every 1 to %1 days, or turn it off.").arg(Contact::kMaxCadenceDays));
    return c;
}

Interaction ContactRepository::cleanInteraction(const Interaction &draft, const QDate &today) {
    Interaction i = draft;
    if (i.contactId.isEmpty())
        throw invalid(tr("Choose who you were in touch with."));
    if (!interactionkind::isValid(i.kind))
        throw invalid(tr("Unknown kind of contact: %1.").arg(i.kind));
    if (!i.occurredOn.isValid())
        throw invalid(tr("Give the day you were in touch."));
    text::checkDate(i.occurredOn, today);
    i.note = text::cleanMultiline(i.note, Interaction::kMaxNoteChars, QT_TRANSLATE_NOOP("TextRules", "The note"));
    return i;
}

Contact ContactRepository::create(const Contact &draft) {
    WriteTransaction tx(m_store);
    const Contact c = records::insert(m_store, tx, clean(draft));
    tx.commit();
    return c;
}

Contact ContactRepository::update(const Contact &changed) {
    WriteTransaction tx(m_store);
    const auto current = find(changed.id);
    if (!current)
        throw Error(ErrorCode::NotFound, tr("That contact no longer exists."));
    const Contact c = records::update(m_store, tx, *current, clean(changed));
    tx.commit();
    return c;
}

RemovedContact ContactRepository::remove(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = find(id);
    if (!current)
        throw Error(ErrorCode::NotFound, tr("That contact no longer exists."));
    RemovedContact removed;
    removed.contact = *current;
    removed.interactions = interactions(id);
    removed.unlinkedPeople = records::select<JobPerson>(m_store, QStringLiteral("WHERE contact_id = ?1"), {id});
    for (const JobPerson &p : removed.unlinkedPeople) {
        JobPerson unlinked = p;
        unlinked.contactId.clear();
        records::update(m_store, tx, p, unlinked);
    }
    records::removeAll(tx, removed.interactions);
    records::remove(tx, removed.contact);
    tx.commit();
    return removed;
}

void ContactRepository::restore(const RemovedContact &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed.contact);
    records::restoreAll(tx, removed.interactions);
    for (const JobPerson &p : removed.unlinkedPeople) {
        const auto now = records::find<JobPerson>(m_store, p.id);
        if (!now || !now->contactId.isEmpty())
            continue; // deleted meanwhile, or linked to someone else since
        JobPerson relinked = *now;
        relinked.contactId = removed.contact.id;
        records::update(m_store, tx, *now, relinked);
    }
    tx.commit();
}

std::optional<Contact> ContactRepository::find(const QString &id) {
    return records::find<Contact>(m_store, id);
}

QList<Contact> ContactRepository::list(const ContactFilter &filter) {
    QList<Contact> all = records::select<Contact>(m_store, QString());
    const QString needle = text::foldedName(filter.text.trimmed());
    QList<std::pair<QString, Contact>> keyed;
    for (const Contact &c : all) {
        if (!filter.tag.isEmpty() && !c.tags.contains(filter.tag))
            continue;
        if (!needle.isEmpty()) {
            const QString hay = text::foldedName(QStringList{c.name, c.company, c.role, c.emails.join(u' ')}.join(u'\n'));
            const QString needleDigits = digitsOf(needle);
            bool phoneHit = false;
            if (needleDigits.size() >= 3 && needleDigits.size() == needle.size() - needle.count(u' ') - needle.count(u'+'))
                for (const QString &p : c.phones)
                    phoneHit = phoneHit || digitsOf(p).contains(needleDigits);
            if (!hay.contains(needle) && !phoneHit)
                continue;
        }
        keyed.append({text::foldedName(c.name), c});
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<Contact> out;
    out.reserve(keyed.size());
    for (const auto &k : keyed)
        out.append(k.second);
    return out;
}

int ContactRepository::count() {
    Statement st = m_store.db().query(QStringLiteral("SELECT count(*) FROM contacts"));
    st.step();
    return int(st.int64(0));
}

QList<ContactStatus> ContactRepository::statuses(const QDate &today, bool dueOnly) {
    const QHash<QString, int> defaults = cadenceDefaults();
    QHash<QString, QDate> last;
    Statement st = m_store.db().query(
        QStringLiteral("SELECT contact_id, MAX(occurred_on) FROM interactions GROUP BY contact_id"));
    while (st.step())
        last.insert(st.text(0), QDate::fromString(st.text(1), Qt::ISODate));
    QList<ContactStatus> out;
    for (const Contact &c : list()) {
        ContactStatus s;
        s.contact = c;
        s.lastContacted = last.value(c.id);
        s.cadenceDays = effectiveCadence(c, defaults);
        if (s.cadenceDays > 0) {
            const QDate from = s.lastContacted.isValid() ? s.lastContacted
                                                         : c.createdAt.toTimeZone(m_store.clock().timeZone()).date();
            s.dueOn = from.addDays(s.cadenceDays);
        }
        if (dueOnly && !s.isDue(today))
            continue;
        out.append(s);
    }
    if (dueOnly)
        std::stable_sort(out.begin(), out.end(),
                         [](const ContactStatus &a, const ContactStatus &b) { return a.dueOn < b.dueOn; });
    return out;
}

std::optional<ContactStatus> ContactRepository::status(const QString &id) {
    const auto c = find(id);
    if (!c)
        return std::nullopt;
    ContactStatus s;
    s.contact = *c;
    const QList<Interaction> all = interactions(id);
    if (!all.isEmpty())
        s.lastContacted = all.constFirst().occurredOn;
    s.cadenceDays = effectiveCadence(*c);
    if (s.cadenceDays > 0) {
        const QDate from =
            s.lastContacted.isValid() ? s.lastContacted : c->createdAt.toTimeZone(m_store.clock().timeZone()).date();
        s.dueOn = from.addDays(s.cadenceDays);
    }
    return s;
}

Interaction ContactRepository::logInteraction(const Interaction &draft) {
    WriteTransaction tx(m_store);
    const Interaction cleaned = cleanInteraction(draft, localToday(m_store.clock()));
    if (!find(cleaned.contactId))
        throw Error(ErrorCode::NotFound, tr("That contact no longer exists."));
    const Interaction i = records::insert(m_store, tx, cleaned);
    tx.commit();
    return i;
}

Interaction ContactRepository::updateInteraction(const Interaction &changed) {
    WriteTransaction tx(m_store);
    const auto current = records::find<Interaction>(m_store, changed.id);
    if (!current)
        throw Error(ErrorCode::NotFound, tr("That interaction no longer exists."));
    Interaction next = cleanInteraction(changed, localToday(m_store.clock()));
    next.contactId = current->contactId; // an interaction stays with its contact
    const Interaction i = records::update(m_store, tx, *current, next);
    tx.commit();
    return i;
}

Interaction ContactRepository::removeInteraction(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = records::find<Interaction>(m_store, id);
    if (!current)
        throw Error(ErrorCode::NotFound, tr("That interaction no longer exists."));
    records::remove(tx, *current);
    tx.commit();
    return *current;
}

void ContactRepository::restoreInteraction(const Interaction &removed) {
    WriteTransaction tx(m_store);
    if (!find(removed.contactId))
        throw Error(ErrorCode::NotFound, tr("That contact no longer exists."));
    records::restore(tx, removed);
    tx.commit();
}

QList<Interaction> ContactRepository::interactions(const QString &contactId) {
    return records::select<Interaction>(
        m_store, QStringLiteral("WHERE contact_id = ?1 ORDER BY occurred_on DESC, created_at DESC"), {contactId});
}

QList<Interaction> ContactRepository::interactionsBetween(const QDate &from, const QDate &to) {
    return records::select<Interaction>(
        m_store, QStringLiteral("WHERE occurred_on >= ?1 AND occurred_on <= ?2 ORDER BY occurred_on, created_at"),
        {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

QHash<QString, int> ContactRepository::cadenceDefaults() {
    QHash<QString, int> out;
    for (const QString &tag : contacttag::all())
        out.insert(tag, contacttag::defaultCadenceDays(tag));
    for (const TagCadence &t : records::select<TagCadence>(m_store, QString()))
        if (contacttag::isValid(t.id))
            out.insert(t.id, t.days);
    return out;
}

void ContactRepository::setCadenceDefault(const QString &tag, int days) {
    if (!contacttag::isValid(tag))
        throw invalid(tr("Unknown tag: %1.").arg(tag));
    if (days < 0 || days > Contact::kMaxCadenceDays)
        throw invalid(tr("Keep in touch every 1 to %1 days, or turn it off.").arg(Contact::kMaxCadenceDays));
    WriteTransaction tx(m_store);
    const auto current = records::find<TagCadence>(m_store, tag);
    if (current) {
        TagCadence next = *current;
        next.days = days;
        records::update(m_store, tx, *current, next);
    } else {
        TagCadence t;
        t.id = tag;
        t.days = days;
        t.createdAt = records::fromMs(m_store.clock().nowMs());
        t.updatedAt = t.createdAt;
        tx.insert(records::Codec<TagCadence>::schema(), t.id, records::Codec<TagCadence>::fields(t));
    }
    tx.commit();
}

int ContactRepository::effectiveCadence(const Contact &contact) {
    if (contact.cadenceDays != Contact::kCadenceFromTags)
        return std::max(0, contact.cadenceDays);
    return effectiveCadence(contact, cadenceDefaults());
}

int ContactRepository::effectiveCadence(const Contact &contact, const QHash<QString, int> &defaults) {
    if (contact.cadenceDays != Contact::kCadenceFromTags)
        return std::max(0, contact.cadenceDays);
    int best = 0;
    for (const QString &tag : contact.tags) {
        const int days = defaults.value(tag, contacttag::defaultCadenceDays(tag));
        if (days > 0 && (best == 0 || days < best))
            best = days;
    }
    return best;
}

QList<JobApplication> ContactRepository::applicationsOf(const QString &contactId) {
    QStringList ids;
    Statement st = m_store.db().query(
        QStringLiteral("SELECT DISTINCT application_id FROM job_people WHERE contact_id = ?1"));
    st.bind(1, contactId);
    while (st.step())
        ids.append(st.text(0));
    return applicationsByIds(m_store, ids);
}

JobPerson ContactRepository::linkPerson(const QString &jobPersonId, const QString &contactId) {
    WriteTransaction tx(m_store);
    const auto person = records::find<JobPerson>(m_store, jobPersonId);
    if (!person)
        throw Error(ErrorCode::NotFound, tr("That person is no longer on the application."));
    if (!contactId.isEmpty() && !find(contactId))
        throw Error(ErrorCode::NotFound, tr("That contact no longer exists."));
    JobPerson next = *person;
    next.contactId = contactId;
    next = records::update(m_store, tx, *person, next);
    tx.commit();
    return next;
}

Contact ContactRepository::createFromPerson(const QString &jobPersonId) {
    WriteTransaction tx(m_store);
    const auto person = records::find<JobPerson>(m_store, jobPersonId);
    if (!person)
        throw Error(ErrorCode::NotFound, tr("That person is no longer on the application."));
    Contact draft;
    draft.name = person->name;
    if (!person->email.trimmed().isEmpty())
        draft.emails = {person->email};
    if (const auto app = records::find<JobApplication>(m_store, person->applicationId))
        draft.company = app->company;
    const QString tag = tagForRole(person->role);
    if (!tag.isEmpty())
        draft.tags = {tag};
    const Contact c = records::insert(m_store, tx, clean(draft));
    JobPerson linked = *person;
    linked.contactId = c.id;
    records::update(m_store, tx, *person, linked);
    tx.commit();
    return c;
}

QList<Contact> ContactRepository::importContacts(const QList<Contact> &drafts) {
    if (drafts.size() > kMaxImport)
        throw invalid(tr("At most %1 contacts can be imported at once.").arg(kMaxImport));
    QList<Contact> cleaned;
    cleaned.reserve(drafts.size());
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        try {
            cleaned.append(clean(drafts[i]));
        } catch (const Error &e) {
            // "Contact 3 (Maya Chen): “x” is not an email address." — nothing is imported.
            throw invalid(tr("Contact %1 (%2): %3")
                              .arg(i + 1)
                              .arg(drafts[i].name.trimmed().isEmpty() ? tr("no name") : drafts[i].name.trimmed().left(60),
                                   e.message()));
        }
    }
    WriteTransaction tx(m_store);
    QList<Contact> out;
    out.reserve(cleaned.size());
    for (const Contact &c : cleaned)
        out.append(records::insert(m_store, tx, c));
    tx.commit();
    return out;
}

QList<ContactMatch> ContactRepository::duplicatesOf(const QList<Contact> &drafts) {
    QHash<QString, std::pair<Contact, QString>> byEmail;
    QHash<QString, std::pair<Contact, QString>> byPhone;
    for (const Contact &c : records::select<Contact>(m_store, QStringLiteral("ORDER BY created_at"))) {
        for (const QString &e : c.emails)
            byEmail.insert(e.trimmed().toCaseFolded(), {c, e});
        for (const QString &p : c.phones) {
            const QString key = phoneKey(p);
            if (!key.isEmpty())
                byPhone.insert(key, {c, p});
        }
    }
    QList<ContactMatch> out;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        std::optional<std::pair<Contact, QString>> hit;
        for (const QString &e : drafts[i].emails) {
            const auto it = byEmail.constFind(e.trimmed().toCaseFolded());
            if (it != byEmail.constEnd()) {
                hit = *it;
                break;
            }
        }
        if (!hit)
            for (const QString &p : drafts[i].phones) {
                const auto it = byPhone.constFind(phoneKey(p));
                if (!phoneKey(p).isEmpty() && it != byPhone.constEnd()) {
                    hit = *it;
                    break;
                }
            }
        if (hit)
            out.append({int(i), hit->first, hit->second});
    }
    return out;
}

QList<OutreachTemplate> ContactRepository::templates() {
    return records::select<OutreachTemplate>(m_store, QStringLiteral("ORDER BY position, name COLLATE NOCASE"));
}

OutreachTemplate ContactRepository::saveTemplate(const OutreachTemplate &draft) {
    OutreachTemplate t = draft;
    t.name = text::cleanLine(t.name, OutreachTemplate::kMaxNameChars,
                             QT_TRANSLATE_NOOP("TextRules", "The template name"));
    if (t.name.isEmpty())
        throw invalid(tr("Give the template a name."));
    t.body = text::cleanMultiline(t.body, OutreachTemplate::kMaxBodyChars,
                                  QT_TRANSLATE_NOOP("TextRules", "The message"));
    if (t.body.trimmed().isEmpty())
        throw invalid(tr("Write the message of the template."));
    WriteTransaction tx(m_store);
    OutreachTemplate out;
    if (t.id.isEmpty()) {
        Statement st = m_store.db().query(QStringLiteral("SELECT COALESCE(MAX(position), -1) FROM outreach_templates"));
        st.step();
        t.position = int(st.int64(0)) + 1;
        out = records::insert(m_store, tx, t);
    } else {
        const auto current = records::find<OutreachTemplate>(m_store, t.id);
        if (!current)
            throw Error(ErrorCode::NotFound, tr("That template no longer exists."));
        t.position = current->position;
        out = records::update(m_store, tx, *current, t);
    }
    tx.commit();
    return out;
}

OutreachTemplate ContactRepository::removeTemplate(const QString &id) {
    WriteTransaction tx(m_store);
    const auto current = records::find<OutreachTemplate>(m_store, id);
    if (!current)
        throw Error(ErrorCode::NotFound, tr("That template no longer exists."));
    records::remove(tx, *current);
    tx.commit();
    return *current;
}

void ContactRepository::restoreTemplate(const OutreachTemplate &removed) {
    WriteTransaction tx(m_store);
    records::restore(tx, removed);
    tx.commit();
}

} // namespace rebound
