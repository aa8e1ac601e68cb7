#include "ContactController.h"

#include "ContactListModel.h"
#include "JobVariant.h"
#include "core/Clock.h"
#include "core/Error.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

namespace rebound {

namespace {

const QString kDayFormat = QStringLiteral("yyyy-MM-dd");

QStringList stringList(const QVariant &v) {
    QStringList out;
    for (const QVariant &item : v.toList())
        out << item.toString();
    if (out.isEmpty() && v.canConvert<QStringList>())
        out = v.toStringList();
    return out;
}

QStringList tagLabels(const QStringList &tags) {
    QStringList out;
    for (const QString &t : tags)
        out << contacttag::label(t);
    return out;
}

} // namespace

ContactController::ContactController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, [this] {
        if (!m_session.vault())
            clearState();
        reload();
    });
    reload();
}

QVariantList ContactController::interactionKinds() const {
    return keyLabels(interactionkind::all(), &interactionkind::label);
}

QString ContactController::undoKind() const {
    if (std::holds_alternative<RemovedContact>(m_removed))
        return QStringLiteral("contact");
    if (std::holds_alternative<Interaction>(m_removed))
        return QStringLiteral("interaction");
    return {};
}

void ContactController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void ContactController::clearState() {
    // Locked: keep nothing of the vault, not even an error naming its items.
    m_id.clear();
    m_contact.clear();
    m_status.clear();
    m_interactions.clear();
    m_applications.clear();
    m_tagChoices.clear();
    m_removed = std::monostate{};
    setError({});
}

bool ContactController::load(const QString &id) {
    m_id = id;
    reload();
    return loaded();
}

void ContactController::close() {
    m_id.clear();
    reload();
}

void ContactController::reload() {
    m_contact.clear();
    m_status.clear();
    m_interactions.clear();
    m_applications.clear();
    Vault *vault = m_session.vault();
    if (!vault) {
        m_tagChoices.clear();
        emit changed();
        return;
    }
    try {
        ContactRepository &repo = vault->contacts();
        const QDate today = localToday(m_session.clock());
        const QHash<QString, int> defaults = repo.cadenceDefaults();
        m_tagChoices.clear();
        for (const QString &t : contacttag::all())
            m_tagChoices.append(QVariantMap{{QStringLiteral("key"), t},
                                            {QStringLiteral("label"), contacttag::label(t)},
                                            {QStringLiteral("days"), defaults.value(t)}});
        const std::optional<ContactStatus> st = m_id.isEmpty() ? std::nullopt : repo.status(m_id);
        if (st) {
            const Contact &c = st->contact;
            m_contact = QVariantMap{{QStringLiteral("id"), c.id},
                                    {QStringLiteral("name"), c.name},
                                    {QStringLiteral("initials"), ContactListModel::initials(c.name)},
                                    {QStringLiteral("company"), c.company},
                                    {QStringLiteral("role"), c.role},
                                    {QStringLiteral("emails"), c.emails},
                                    {QStringLiteral("phones"), c.phones},
                                    {QStringLiteral("profileUrl"), c.profileUrl},
                                    {QStringLiteral("howWeMet"), c.howWeMet},
                                    {QStringLiteral("tags"), c.tags},
                                    {QStringLiteral("tagLabels"), tagLabels(c.tags)},
                                    {QStringLiteral("notes"), c.notes},
                                    {QStringLiteral("cadenceDays"), c.cadenceDays}};
            QString cadence = ContactListModel::cadenceText(st->cadenceDays);
            if (c.cadenceDays == Contact::kCadenceFromTags) {
                // The tag whose default gives the effective cadence.
                QString from;
                for (const QString &t : c.tags) {
                    const int d = defaults.value(t);
                    if (d > 0 && d == st->cadenceDays) {
                        from = contacttag::label(t);
                        break;
                    }
                }
                cadence = from.isEmpty() ? tr("off (no tag has a default)")
                                         : tr("from tags: %1, %2").arg(from, cadence);
            }
            m_status = QVariantMap{
                {QStringLiteral("lastContacted"), st->lastContacted.toString(kDayFormat)},
                {QStringLiteral("lastContactedText"), ContactListModel::agoText(st->lastContacted, today)},
                {QStringLiteral("lastContactedDate"), shortDate(st->lastContacted, today)},
                {QStringLiteral("dueOn"), st->dueOn.toString(kDayFormat)},
                {QStringLiteral("dueText"), ContactListModel::dueText(st->dueOn, today)},
                {QStringLiteral("dueDate"), shortDate(st->dueOn, today)},
                {QStringLiteral("isDue"), st->isDue(today)},
                {QStringLiteral("cadenceDays"), st->cadenceDays},
                {QStringLiteral("cadenceText"), cadence}};
            for (const Interaction &i : repo.interactions(c.id))
                m_interactions.append(QVariantMap{{QStringLiteral("id"), i.id},
                                                  {QStringLiteral("kind"), i.kind},
                                                  {QStringLiteral("kindLabel"), interactionkind::label(i.kind)},
                                                  {QStringLiteral("day"), i.occurredOn.toString(kDayFormat)},
                                                  {QStringLiteral("dateText"), shortDate(i.occurredOn, today)},
                                                  {QStringLiteral("agoText"),
                                                   ContactListModel::agoText(i.occurredOn, today)},
                                                  {QStringLiteral("note"), i.note}});
            for (const JobApplication &a : repo.applicationsOf(c.id))
                m_applications.append(QVariantMap{{QStringLiteral("id"), a.id},
                                                  {QStringLiteral("company"), a.company},
                                                  {QStringLiteral("role"), a.role},
                                                  {QStringLiteral("stage"), a.stage},
                                                  {QStringLiteral("stageLabel"), stage::label(a.stage)},
                                                  {QStringLiteral("closed"), stage::isClosed(a.stage)}});
        }
    } catch (const Error &e) {
        setError(e.message());
    }
    emit changed();
}

template <typename F> bool ContactController::write(F &&f) {
    Vault *vault = m_session.vault();
    if (!vault) {
        setError(tr("The vault is locked. Unlock it and try again."));
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
        return false;
    }
}

bool ContactController::parseDay(const QString &day, QDate *out) {
    const QString trimmed = day.trimmed();
    if (trimmed.isEmpty()) {
        *out = localToday(m_session.clock());
        return true;
    }
    *out = QDate::fromString(trimmed, kDayFormat);
    if (!out->isValid()) {
        setError(tr("Pick a valid day."));
        return false;
    }
    return true;
}

Contact ContactController::applyFields(Contact c, const QVariantMap &fields) {
    auto text = [&](const char *key, QString *target) {
        const QString k = QString::fromLatin1(key);
        if (fields.contains(k))
            *target = fields.value(k).toString();
    };
    text("name", &c.name);
    text("company", &c.company);
    text("role", &c.role);
    text("profileUrl", &c.profileUrl);
    text("howWeMet", &c.howWeMet);
    text("notes", &c.notes);
    auto list = [&](const char *key, QStringList *target) {
        const QString k = QString::fromLatin1(key);
        if (!fields.contains(k))
            return;
        QStringList cleaned;
        for (const QString &s : stringList(fields.value(k)))
            if (!s.trimmed().isEmpty())
                cleaned << s;
        *target = cleaned;
    };
    list("emails", &c.emails);
    list("phones", &c.phones);
    list("tags", &c.tags);
    if (fields.contains(QStringLiteral("cadenceDays")))
        c.cadenceDays = fields.value(QStringLiteral("cadenceDays")).toInt();
    return c;
}

QString ContactController::create(const QVariantMap &fields) {
    QString id;
    write([&](Vault &vault) { id = vault.contacts().create(applyFields(Contact{}, fields)).id; });
    return id;
}

QString ContactController::save(const QVariantMap &fields) {
    const QString id = fields.value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return create(fields);
    const bool ok = write([&](Vault &vault) {
        const std::optional<Contact> existing = vault.contacts().find(id);
        if (!existing)
            throw Error(ErrorCode::NotFound, tr("That contact no longer exists."));
        vault.contacts().update(applyFields(*existing, fields));
    });
    return ok ? id : QString();
}

bool ContactController::remove(const QString &contactId) {
    return write([&](Vault &vault) {
        m_removed = vault.contacts().remove(contactId);
        if (m_id == contactId)
            m_id.clear();
    });
}

bool ContactController::undoRemove() {
    if (!canUndo())
        return false;
    return write([&](Vault &vault) {
        if (const auto *c = std::get_if<RemovedContact>(&m_removed))
            vault.contacts().restore(*c);
        else if (const auto *i = std::get_if<Interaction>(&m_removed))
            vault.contacts().restoreInteraction(*i);
        m_removed = std::monostate{};
    });
}

QString ContactController::logInteraction(const QString &contactId, const QString &kind, const QString &day,
                                          const QString &note) {
    QDate on;
    if (!parseDay(day, &on))
        return {};
    QString id;
    write([&](Vault &vault) {
        Interaction draft;
        draft.contactId = contactId;
        draft.kind = kind;
        draft.occurredOn = on;
        draft.note = note;
        id = vault.contacts().logInteraction(draft).id;
    });
    return id;
}

bool ContactController::updateInteraction(const QString &interactionId, const QString &kind, const QString &day,
                                          const QString &note) {
    QDate on;
    if (!parseDay(day, &on))
        return false;
    return write([&](Vault &vault) {
        Interaction changed;
        bool found = false;
        for (const QVariant &v : std::as_const(m_interactions))
            found = found || v.toMap().value(QStringLiteral("id")).toString() == interactionId;
        // The open contact's list names it; find it through its contact otherwise.
        const QString contactId = found ? m_id : QString();
        if (contactId.isEmpty())
            throw Error(ErrorCode::NotFound, tr("That interaction no longer exists."));
        for (const Interaction &i : vault.contacts().interactions(contactId))
            if (i.id == interactionId)
                changed = i;
        if (changed.id.isEmpty())
            throw Error(ErrorCode::NotFound, tr("That interaction no longer exists."));
        changed.kind = kind;
        changed.occurredOn = on;
        changed.note = note;
        vault.contacts().updateInteraction(changed);
    });
}

bool ContactController::removeInteraction(const QString &interactionId) {
    return write([&](Vault &vault) { m_removed = vault.contacts().removeInteraction(interactionId); });
}

} // namespace rebound
