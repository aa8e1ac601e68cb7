#pragma once
#include "RemoteStore.h"
#include "core/Clock.h"
#include "crypto/KeyDerivation.h"
#include "crypto/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace rebound {

class Vault;
class SyncRepository;

// Where the encrypted sync data lives. Stored inside the vault (encrypted), so
// the app and rebound-cli share it and nothing about it is in QSettings.
struct SyncAccount {
    enum class Kind { WebDav, Folder };
    Kind kind = Kind::WebDav;
    QString url;          // https://host/path/ for WebDAV, a local path for Folder
    QString user;         // WebDAV only
    QByteArray password;  // WebDAV only; wiped by the holder when done
    bool allowInsecureHttp = false; // the user confirmed plain http to a non-local host
    QString deviceLabel;  // how other devices list this one ("Laptop")
};

struct SyncProgress {
    int done = 0;
    int total = 0;   // 0 = unknown yet
    QString phase;   // translated, e.g. "Sending changes"
};
using SyncProgressFn = std::function<void(const SyncProgress &)>;

struct SyncReport {
    int requests = 0;
    qint64 bytesUp = 0;
    qint64 bytesDown = 0;
    int batchesSent = 0;
    int batchesReceived = 0;
    int opsSent = 0;
    int opsReceived = 0;
    int changedRecords = 0; // > 0: the UI must reload
    int conflicts = 0;      // new conflict revisions kept
    qint64 elapsedMs = 0;
};

struct SyncDevice {
    QString label;
    QDateTime lastSeen; // UTC; invalid if never
    bool thisDevice = false;
};

struct SyncStatus {
    bool configured = false;
    bool needsPassphrase = false; // the sync passphrase changed on another device
    SyncAccount::Kind kind = SyncAccount::Kind::WebDav;
    QString server;      // URL or folder, no credentials
    QString user;
    QString deviceLabel;
    QDateTime lastSync;      // last complete sync (UTC)
    QDateTime lastAttempt;   // last attempt, complete or not
    QString lastError;       // plain language; empty after a complete sync
    int pendingChanges = 0;  // local changes not yet sent
    int conflicts = 0;       // conflict revisions waiting for the user
    QList<SyncDevice> devices;
};

// Everything sync can do, blocking, on an unlocked vault. Used by rebound-cli
// and by the app's sync worker thread (which opens its own Vault connection).
// Every failure throws rebound::Error with a plain-language message; what was
// merged before the failure stays, and the next sync resumes.
class SyncService {
public:
    using RemoteFactory = std::function<std::unique_ptr<RemoteStore>(const SyncAccount &)>;

    SyncService(Vault &vault, const Clock &clock);
    ~SyncService();

    // Tests and the fault proxy: how a RemoteStore is made from an account
    // (default: WebDavStore or FolderStore).
    void setRemoteFactory(RemoteFactory factory);
    // Tests: a cheaper Argon2id than KdfParams::recommended() for new headers.
    void setKdfParams(const KdfParams &params);

    SyncStatus status();
    // join = false: start a new sync at an empty remote folder (refused if one
    // exists there). join = true: join the existing one (wrong sync passphrase
    // -> ErrorCode::WrongPassphrase). On success the account is saved and a
    // first sync runs.
    SyncReport setUp(const SyncAccount &account, const SecureBytes &syncPassphrase, bool join,
                     const SyncProgressFn &progress = {});
    SyncReport syncNow(const SyncProgressFn &progress = {}, const std::atomic_bool *cancel = nullptr);
    // After status().needsPassphrase: the new sync passphrase set on another device.
    void enterPassphrase(const SecureBytes &syncPassphrase);
    // Re-wraps the sync keys under a new passphrase (other devices will ask for it).
    void changePassphrase(const SecureBytes &next);
    // Adds a new sync key for all future writes (after losing a device).
    void rotateKey();
    // Forgets the account and keys on this device; the remote data stays.
    void turnOff();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace rebound
