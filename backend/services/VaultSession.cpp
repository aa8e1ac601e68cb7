#include "VaultSession.h"

#include "AppSettings.h"
#include "KeyStore.h"
#include "core/Error.h"
#include "core/Logging.h"
#include "storage/Vault.h"

#include <QPointer>

namespace rebound {

VaultSession::VaultSession(QString dir, AppSettings &settings, KeyStore *keyStore, const Clock &clock,
                           QObject *parent)
    : QObject(parent)
    , m_dir(std::move(dir))
    , m_settings(settings)
    , m_keyStore(keyStore)
    , m_clock(clock)
{
}

VaultSession::~VaultSession() = default;

VaultSession::State VaultSession::state() const
{
    if (m_vault)
        return State::Unlocked;
    return Vault::exists(m_dir) ? State::Locked : State::NoVault;
}

QString VaultSession::vaultId() const
{
    if (m_vault)
        return m_vault->header().vaultId;
    try {
        return Vault::readHeader(m_dir).vaultId;
    } catch (const Error &) {
        return {};
    }
}

void VaultSession::open(std::unique_ptr<Vault> vault)
{
    m_vault = std::move(vault);
    emit stateChanged();
    emit remembersKeyChanged();
}

void VaultSession::lock()
{
    if (!m_vault)
        return;
    m_vault.reset(); // closes the database, wipes the key
    qCInfo(lcVault) << "locked";
    emit stateChanged();
}

bool VaultSession::remembersKey() const
{
    const QString id = vaultId();
    return m_keyStore && !id.isEmpty() && m_settings.remembersVault(id);
}

void VaultSession::setRemembersKey(bool remember)
{
    const QString id = vaultId();
    if (!m_keyStore || id.isEmpty() || remember == remembersKey())
        return;
    if (!remember) {
        m_keyStore->remove(id);
        m_settings.setRemembersVault(id, false);
        emit remembersKeyChanged();
        return;
    }
    if (!m_vault)
        return;
    QPointer<VaultSession> self(this);
    m_keyStore->save(id, m_vault->databaseKey(), [self, id](bool ok) {
        if (!self)
            return;
        self->m_settings.setRemembersVault(id, ok);
        emit self->remembersKeyChanged();
    });
}

void VaultSession::tryRememberedKey(std::function<void(bool)> done)
{
    const QString id = vaultId();
    if (m_vault || !remembersKey()) {
        done(m_vault != nullptr);
        return;
    }
    QPointer<VaultSession> self(this);
    m_keyStore->load(id, [self, id, done](std::optional<SecureBytes> key) {
        if (!self)
            return;
        if (key) {
            try {
                self->open(Vault::unlockWithKey(self->m_dir, std::move(*key), self->m_clock));
                done(true);
                return;
            } catch (const Error &e) {
                qCWarning(lcKeystore) << "remembered key rejected:" << int(e.code());
            }
        }
        // Missing or stale (passphrase vault replaced, keystore reset): forget it.
        self->m_keyStore->remove(id);
        self->m_settings.setRemembersVault(id, false);
        emit self->remembersKeyChanged();
        done(false);
    });
}

} // namespace rebound
