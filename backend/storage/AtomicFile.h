#pragma once
#include <QByteArray>
#include <QString>

namespace rebound {

// Replaces a file so that a crash at any moment leaves either the old or the new
// content: write a temporary sibling, fsync it, rename over, fsync the folder.
void writeFileAtomically(const QString &path, const QByteArray &content);

} // namespace rebound
