#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace rebound {

// What the sync engine needs from "dumb storage": a WebDAV folder or a local
// (synced) folder. Paths are relative to the sync root, '/'-separated, never
// starting with '/', e.g. "rebound.vault", "batches/3f2a.../0000000001".
// All calls block (the engine runs on a worker thread or in the CLI) and throw
// rebound::Error on failure:
//   ErrorCode::Network  - unreachable, timed out, dropped, 5xx after retries,
//                         truncated body: worth retrying later;
//   ErrorCode::Remote   - the server refused: 401/403 (message says "check the
//                         account"), 507 (no space), 404 on a collection the
//                         caller needs, anything else unexpected.
// Messages are translated, plain language, and never contain credentials.
struct RemoteEntry {
    QString name;   // last path segment, no trailing '/'
    bool isFolder = false;
    qint64 size = -1;
    QString etag;   // opaque; empty if the server gave none
};

struct RemoteObject {
    QByteArray data;
    QString etag;
};

// Counters for the benchmark and the request-budget tests.
struct RemoteStats {
    int requests = 0;
    qint64 bytesUp = 0;   // request bodies
    qint64 bytesDown = 0; // response bodies
};

class RemoteStore {
public:
    virtual ~RemoteStore() = default;

    // Children of a folder (Depth 1), without the folder itself.
    // nullopt when the folder does not exist.
    virtual std::optional<QList<RemoteEntry>> list(const QString &folder) = 0;
    // nullopt when the object does not exist (404).
    virtual std::optional<RemoteObject> get(const QString &path) = 0;
    // Size and ETag without the body (HEAD); nullopt when missing.
    virtual std::optional<RemoteEntry> stat(const QString &path) = 0;
    // Creates a new object; never overwrites (If-None-Match: *). Returns the
    // new ETag (may be empty), or nullopt if something already exists there (412).
    virtual std::optional<QString> create(const QString &path, const QByteArray &data) = 0;
    // Overwrites only if the current ETag still equals ifMatch (If-Match).
    // Returns the new ETag, or nullopt if it changed meanwhile (412) or is gone.
    virtual std::optional<QString> replace(const QString &path, const QByteArray &data,
                                           const QString &ifMatch) = 0;
    // Creates a folder and missing parents (MKCOL); fine if it exists.
    virtual void makeFolder(const QString &path) = 0;
    // Deletes an object; fine if already gone.
    virtual void remove(const QString &path) = 0;

    virtual RemoteStats stats() const = 0;
    virtual void resetStats() = 0;
    // For messages: the server or folder, without credentials.
    virtual QString displayName() const = 0;
};

} // namespace rebound
