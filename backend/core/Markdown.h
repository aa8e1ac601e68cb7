#pragma once
#include <QString>

namespace rebound::markdown {

// Markdown as the user wrote it, made safe for Qt's Text.MarkdownText renderer:
// images become their alt text (a remote image would leak that the entry was
// opened), raw HTML is shown as text, and links keep their text only.
QString safeForDisplay(const QString &markdown);
// One line of plain text for previews: markup characters removed.
QString plainPreview(const QString &markdown, int maxChars);

} // namespace rebound::markdown
