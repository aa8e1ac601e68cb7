#pragma once
#include "RemoteStore.h"

namespace rebound {

// Throws ErrorCode::Remote unless path is relative, '/'-separated and stays
// inside the sync root (no "..", ".", empty segments, backslashes or NULs).
// The empty path is the root itself.
void checkRemotePath(const QString &path);

// RemoteStore on a local folder (one that Syncthing, Dropbox ... keep in step).
// create() never overwrites (link() of a finished temporary file), replace()
// compares the ETag under a lock on the folder and renames atomically.
// An ETag is the hex BLAKE2b-128 of the content, so it changes with every
// change (stat and list read the files to compute it). "Requests" count calls.
class FolderStore : public RemoteStore {
public:
    explicit FolderStore(const QString &root);

    std::optional<QList<RemoteEntry>> list(const QString &folder) override;
    std::optional<RemoteObject> get(const QString &path) override;
    std::optional<RemoteEntry> stat(const QString &path) override;
    std::optional<QString> create(const QString &path, const QByteArray &data) override;
    std::optional<QString> replace(const QString &path, const QByteArray &data,
                                   const QString &ifMatch) override;
    void makeFolder(const QString &path) override;
    void remove(const QString &path) override;

    RemoteStats stats() const override { return m_stats; }
    void resetStats() override { m_stats = {}; }
    QString displayName() const override { return m_root; }

    // Temporary files being written start with this; list() skips them.
    static QString tempPrefix();

private:
    QString full(const QString &path) const;
    std::optional<QByteArray> read(const QString &path);

    QString m_root;
    RemoteStats m_stats;
};

} // namespace rebound
