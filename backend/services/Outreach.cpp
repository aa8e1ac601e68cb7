#include "Outreach.h"

#include "storage/Migrations.h"

#include <QUrl>

namespace rebound::outreach {

QList<OutreachTemplate> defaults() {
    return defaultOutreachTemplates();
}

QString fill(const QString &body, const Contact &contact) {
    const QString name = contact.name.trimmed();
    // The first word is the best guess at what people call someone; names written
    // family-name-first are the user's to edit in the message.
    const QString first = name.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
    QString out = body;
    out.replace(QLatin1String("{first_name}"), first.isEmpty() ? name : first);
    out.replace(QLatin1String("{name}"), name);
    out.replace(QLatin1String("{company}"), contact.company.trimmed());
    return out;
}

QString mailtoLink(const Contact &contact, const QString &subject, const QString &message) {
    if (contact.emails.isEmpty())
        return {};
    // Built by hand: every reserved character encoded, so '+', '&' and '#' in a
    // message survive mail clients' parsing (RFC 6068).
    const auto encode = [](const QString &s, const QByteArray &keep = {}) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s, keep));
    };
    QString link = QStringLiteral("mailto:") + encode(contact.emails.constFirst(), "@");
    QStringList fields;
    if (!subject.isEmpty())
        fields << QStringLiteral("subject=") + encode(subject);
    if (!message.isEmpty())
        fields << QStringLiteral("body=") + encode(QString(message).replace(QLatin1Char('\n'), QStringLiteral("\r\n")));
    if (!fields.isEmpty())
        link += QLatin1Char('?') + fields.join(QLatin1Char('&'));
    return link;
}

} // namespace rebound::outreach
