#pragma once
#include <QByteArray>
#include <QString>

namespace rebound {

// Replaces a file so that a crash at any moment leaves either the old or the new
// content: write a temporary sibling, fsync it, rename over, fsync the folder.
void writeFileAtomically(const QString &path, const QByteArray &content);

// An exclusive advisory lock on a file (created if needed), held for the object's
// lifetime: serialises read-modify-write of the vault header between the app and
// rebound-cli. Blocks until the lock is free.
class FileLock {
public:
    explicit FileLock(const QString &path);
    ~FileLock();
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;

private:
    int m_fd = -1;
};

} // namespace rebound
