#pragma once
#include <QList>
#include <QString>
#include <optional>

namespace rebound {

// Guided journal templates, written in our own words from the advice the app grows
// from (feel it, reflect, separate what you control, notice wins, lean on people).
// The user starts an entry from one and edits it freely; the entry remembers the key.
struct JournalTemplate {
    QString key;   // stable: "after-rejection", ...
    QString title; // translated
    QString summary;
    QString body; // Markdown with prompts
    QStringList tags;

    bool operator==(const JournalTemplate &) const = default;
};

QList<JournalTemplate> journalTemplates();
std::optional<JournalTemplate> findTemplate(const QString &key);

} // namespace rebound
