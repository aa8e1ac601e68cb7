#include "SyncService.h"

#include "FolderStore.h"
#include "SyncEngine.h"
#include "SyncStateKeys.h"
#include "WebDavStore.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "storage/SyncRepository.h"
#include "storage/Vault.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>

namespace rebound {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Sync)
};

namespace key = syncstate;

constexpr quint8 kAccountVersion = 1;

QByteArray serialize(const SyncAccount &a) {
    QByteArray out;
    QDataStream s(&out, QIODevice::WriteOnly);
    s << kAccountVersion << quint8(a.kind) << a.url << a.user << a.password << a.allowInsecureHttp << a.deviceLabel;
    return out;
}

std::optional<SyncAccount> deserialize(const QByteArray &data) {
    QDataStream s(data);
    quint8 version = 0;
    quint8 kind = 0;
    SyncAccount a;
    s >> version >> kind >> a.url >> a.user >> a.password >> a.allowInsecureHttp >> a.deviceLabel;
    if (s.status() != QDataStream::Ok || version != kAccountVersion || kind > quint8(SyncAccount::Kind::Folder))
        return std::nullopt;
    a.kind = SyncAccount::Kind(kind);
    return a;
}

QDateTime timeOf(const std::optional<QByteArray> &v) {
    if (!v || v->isEmpty())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v->toLongLong(), Qt::UTC);
}

// The server without any credentials, for status and messages.
QString serverName(const SyncAccount &a) {
    if (a.kind == SyncAccount::Kind::Folder)
        return a.url;
    QUrl url(a.url);
    return url.adjusted(QUrl::RemoveUserInfo).toString();
}

} // namespace

std::unique_ptr<RemoteStore> defaultRemote(const SyncAccount &account) {
    if (account.kind == SyncAccount::Kind::Folder)
        return std::make_unique<FolderStore>(account.url);
    WebDavConfig config;
    config.root = QUrl(account.url);
    config.user = account.user;
    config.password = account.password;
    config.allowInsecureHttp = account.allowInsecureHttp;
    return std::make_unique<WebDavStore>(config);
}

struct SyncService::Impl {
    Vault &vault;
    const Clock &clock;
    RemoteFactory factory = defaultRemote;
    KdfParams kdf = KdfParams::recommended();

    SyncRepository &repo() { return vault.sync(); }

    std::optional<SyncAccount> account() {
        auto data = repo().state(key::kAccount);
        if (!data)
            return std::nullopt;
        auto a = deserialize(*data);
        wipe(*data);
        return a;
    }

    // Runs a sync step and records how it went for status().
    template <typename F> auto recorded(F &&f) {
        const QByteArray now = QByteArray::number(clock.nowMs());
        try {
            auto result = f();
            repo().setStates({{key::kLastAttempt, now}, {key::kLastSync, now}, {key::kLastError, {}}});
            return result;
        } catch (const Error &e) {
            qCWarning(lcSync) << "sync failed:" << e.message();
            try {
                repo().setStates({{key::kLastAttempt, now}, {key::kLastError, e.message().toUtf8()}});
            } catch (const Error &) {
                // The database itself failed (disk full ...): the original error says more.
            }
            throw;
        }
    }
};

SyncService::SyncService(Vault &vault, const Clock &clock)
    : d(std::make_unique<Impl>(Impl{vault, clock})) {}

SyncService::~SyncService() = default;

void SyncService::setRemoteFactory(RemoteFactory factory) {
    d->factory = std::move(factory);
}

void SyncService::setKdfParams(const KdfParams &params) {
    d->kdf = params;
}

SyncStatus SyncService::status() {
    SyncStatus s;
    auto account = d->account();
    if (!account)
        return s;
    SyncRepository &repo = d->repo();
    s.configured = true;
    s.kind = account->kind;
    s.server = serverName(*account);
    s.user = account->user;
    s.deviceLabel = account->deviceLabel;
    wipe(account->password);
    s.needsPassphrase = repo.state(key::kNeedsPassphrase).value_or(QByteArray("0")) == QByteArray("1");
    s.lastSync = timeOf(repo.state(key::kLastSync));
    s.lastAttempt = timeOf(repo.state(key::kLastAttempt));
    s.lastError = QString::fromUtf8(repo.state(key::kLastError).value_or(QByteArray()));
    s.pendingChanges = repo.pendingCount(repo.state(key::kPushed).value_or(QByteArray("0")).toLongLong());
    s.conflicts = repo.conflictCount();
    s.devices.append(SyncDevice{s.deviceLabel, s.lastSync, true});
    for (const SyncPeer &p : repo.peers())
        s.devices.append(SyncDevice{p.label.isEmpty() ? Tr::tr("Unnamed device") : p.label, p.lastSeen, false});
    return s;
}

SyncReport SyncService::setUp(const SyncAccount &account, const SecureBytes &syncPassphrase, bool join,
                              const SyncProgressFn &progress) {
    if (d->account())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Sync is already set up on this device. Turn it off first."));
    if (account.url.trimmed().isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Enter the server address or folder."));
    if (syncPassphrase.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Enter the sync passphrase."));
    std::unique_ptr<RemoteStore> remote = d->factory(account);
    SyncEngine engine(d->vault.store(), d->repo(), *remote, d->clock);
    if (progress)
        progress(SyncProgress{0, 0, join ? Tr::tr("Joining the sync") : Tr::tr("Setting up sync")});
    if (join)
        engine.join(syncPassphrase, account.deviceLabel);
    else
        engine.create(syncPassphrase, d->kdf, account.deviceLabel);
    QByteArray stored = serialize(account);
    d->repo().setState(key::kAccount, stored);
    wipe(stored);
    try {
        return d->recorded([&] { return engine.run(progress, nullptr); });
    } catch (const Error &e) {
        throw Error(e.code(), Tr::tr("Sync is set up, but the first sync did not finish: %1").arg(e.message()));
    }
}

SyncReport SyncService::syncNow(const SyncProgressFn &progress, const std::atomic_bool *cancel) {
    auto account = d->account();
    if (!account)
        throw Error(ErrorCode::NotFound, Tr::tr("Sync is not set up on this device."));
    return d->recorded([&] {
        std::unique_ptr<RemoteStore> remote = d->factory(*account);
        wipe(account->password);
        SyncEngine engine(d->vault.store(), d->repo(), *remote, d->clock);
        return engine.run(progress, cancel);
    });
}

void SyncService::enterPassphrase(const SecureBytes &syncPassphrase) {
    auto account = d->account();
    if (!account)
        throw Error(ErrorCode::NotFound, Tr::tr("Sync is not set up on this device."));
    std::unique_ptr<RemoteStore> remote = d->factory(*account);
    wipe(account->password);
    SyncEngine(d->vault.store(), d->repo(), *remote, d->clock).enterPassphrase(syncPassphrase);
}

void SyncService::changePassphrase(const SecureBytes &next) {
    auto account = d->account();
    if (!account)
        throw Error(ErrorCode::NotFound, Tr::tr("Sync is not set up on this device."));
    if (next.isEmpty())
        throw Error(ErrorCode::InvalidInput, Tr::tr("Enter the new sync passphrase."));
    std::unique_ptr<RemoteStore> remote = d->factory(*account);
    wipe(account->password);
    KdfParams kdf = d->kdf.withNewSalt();
    SyncEngine(d->vault.store(), d->repo(), *remote, d->clock).changePassphrase(next, kdf);
}

void SyncService::rotateKey() {
    auto account = d->account();
    if (!account)
        throw Error(ErrorCode::NotFound, Tr::tr("Sync is not set up on this device."));
    std::unique_ptr<RemoteStore> remote = d->factory(*account);
    wipe(account->password);
    SyncEngine(d->vault.store(), d->repo(), *remote, d->clock).rotateKey();
}

void SyncService::turnOff() {
    d->repo().clearState();
    qCInfo(lcSync) << "sync turned off on this device";
}

} // namespace rebound
