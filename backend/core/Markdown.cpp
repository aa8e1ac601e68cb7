#include "Markdown.h"

#include <QRegularExpression>

namespace rebound::markdown {

QString safeForDisplay(const QString &markdown) {
    static const QRegularExpression image(QStringLiteral(R"(!\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression autolink(QStringLiteral(R"(<((?:https?|ftp|file|mailto):[^>]*)>)"));
    QString out = markdown;
    out.replace(image, QStringLiteral("\\1"));
    out.replace(link, QStringLiteral("\\1"));
    out.replace(autolink, QStringLiteral("\\1"));
    // Whatever image syntax is left (reference images "![x][r]", brackets in the
    // alt text) becomes literal text: no form of "![" can reach the renderer.
    out.replace(QStringLiteral("!["), QStringLiteral("!\\["));
    // Qt's renderer accepts inline HTML (incl. <img src=...>): escape every '<'.
    out.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    return out;
}

QString plainPreview(const QString &markdown, int maxChars) {
    static const QRegularExpression markup(QStringLiteral(R"((^|\s)#{1,6}\s|\*\*|__|`|^>\s?|!\[|\]\([^)]*\))"),
                                           QRegularExpression::MultilineOption);
    QString text = markdown.left(maxChars * 3);
    text.replace(markup, QStringLiteral("\\1"));
    text = text.simplified();
    if (text.size() > maxChars)
        text = text.left(maxChars - 1) + QChar(0x2026);
    return text;
}

} // namespace rebound::markdown
