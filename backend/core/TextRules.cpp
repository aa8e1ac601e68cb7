#include "TextRules.h"

#include "Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace rebound::text {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TextRules)
};

QString label(const char *what) {
    return QCoreApplication::translate("TextRules", what);
}

bool isBadControl(char16_t c, bool allowNewlines) {
    if (c == u'\t')
        return false;
    if (c == u'\n')
        return !allowNewlines;
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029;
}

void checkChars(const QString &text, bool allowNewlines, const char *what) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            throw Error(ErrorCode::InvalidInput, Tr::tr("%1 contains a broken character.").arg(label(what)));
        }
        if (c.isLowSurrogate())
            throw Error(ErrorCode::InvalidInput, Tr::tr("%1 contains a broken character.").arg(label(what)));
        if (isBadControl(c.unicode(), allowNewlines))
            throw Error(ErrorCode::InvalidInput,
                        allowNewlines || c != u'\n'
                            ? Tr::tr("%1 contains a control character (U+%2).")
                                  .arg(label(what))
                                  .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                            : Tr::tr("%1 must be a single line.").arg(label(what)));
    }
}

void checkLength(const QString &text, int maxChars, const char *what) {
    if (text.size() > maxChars)
        throw Error(ErrorCode::InvalidInput,
                    Tr::tr("%1 is too long (%2 characters; at most %3).").arg(label(what)).arg(text.size()).arg(maxChars));
}

} // namespace

QString cleanMultiline(const QString &text, int maxChars, const char *what) {
    QString out = text;
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    checkLength(out, maxChars, what);
    checkChars(out, true, what);
    return out;
}

QString cleanLine(const QString &text, int maxChars, const char *what) {
    QString out = text.trimmed();
    checkChars(out, false, what);
    checkLength(out, maxChars, what);
    return out;
}

QStringList cleanTags(const QStringList &tags, int maxTags) {
    constexpr int kMaxTagChars = 40;
    QStringList out;
    QSet<QString> seen;
    for (const QString &raw : tags) {
        QString tag = cleanLine(raw, kMaxTagChars, QT_TRANSLATE_NOOP("TextRules", "A tag"));
        tag = tag.simplified();
        if (tag.startsWith(QLatin1Char('#')))
            tag.remove(0, 1);
        if (tag.isEmpty())
            continue;
        if (tag.contains(QLatin1Char('|')) || tag.contains(QLatin1Char(',')))
            throw Error(ErrorCode::InvalidInput, Tr::tr("Tags cannot contain “|” or commas."));
        const QString key = tag.toCaseFolded();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        out << tag;
    }
    if (out.size() > maxTags)
        throw Error(ErrorCode::InvalidInput, Tr::tr("Too many tags (at most %1).").arg(maxTags));
    return out;
}

void checkDate(const QDate &date, const QDate &today) {
    if (!date.isValid() || date.year() < 1900)
        throw Error(ErrorCode::InvalidInput, Tr::tr("Please give a valid date (from 1900 on)."));
    if (today.isValid() && date > today.addDays(1))
        throw Error(ErrorCode::InvalidInput,
                    Tr::tr("%1 is in the future; entries are for days that have begun.")
                        .arg(date.toString(Qt::ISODate)));
}

QStringList cleanIds(const QStringList &ids, int maxIds, const char *what) {
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9:_-]{1,64}$"));
    QStringList out;
    for (const QString &id : ids) {
        if (!valid.match(id).hasMatch())
            throw Error(ErrorCode::InvalidInput, Tr::tr("%1: “%2” is not a known item.").arg(label(what), id.left(64)));
        if (!out.contains(id))
            out << id;
    }
    if (out.size() > maxIds)
        throw Error(ErrorCode::InvalidInput, Tr::tr("%1: too many (at most %2).").arg(label(what)).arg(maxIds));
    return out;
}

QString foldedName(const QString &name) {
    return name.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString joinList(const QStringList &items) {
    if (items.isEmpty())
        return {};
    return QLatin1Char('|') + items.join(QLatin1Char('|')) + QLatin1Char('|');
}

QStringList splitList(const QString &stored) {
    return stored.split(QLatin1Char('|'), Qt::SkipEmptyParts);
}

} // namespace rebound::text
