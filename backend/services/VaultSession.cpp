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
    , m_clock(clock) {}

VaultSession::~VaultSession() = default;

VaultSession::State VaultSession::state() const {
    if (m_vault)
        return State::Unlocked;
    return Vault::exists(m_dir) ? State::Locked : State::NoVault;
}

QString VaultSession::vaultId() const {
    if (m_vault)
        return m_vault->header().vaultId;
    try {
        return Vault::readHeader(m_dir).vaultId;
    } catch (const Error &) {
        return {};
    }
}

void VaultSession::open(std::unique_ptr<Vault> vault) {
    m_vault = std::move(vault);
    emit stateChanged();
    emit remembersKeyChanged();
}

void VaultSession::lock() {
    ++m_lockGeneration;
    if (!m_vault)
        return;
    m_vault.reset(); // closes the database, wipes the key
    qCInfo(lcVault) << "locked";
    emit stateChanged();
}

bool VaultSession::remembersKey() const {
    const QString id = vaultId();
    return m_keyStore && !id.isEmpty() && m_settings.remembersVault(id);
}

void VaultSession::setRemembersKey(bool remember) {
    const QString id = vaultId();
    if (!m_keyStore || id.isEmpty() || remember == m_rememberIntent.value_or(remembersKey()))
        return;
    if (remember && !m_vault)
        return;
    m_rememberIntent = remember;
    QPointer<VaultSession> self(this);
    if (!remember) {
        m_keyStore->remove(id, [self, id](bool removed) {
            if (!self)
                return;
            // Still remembered if the keystore refused: never claim it is gone.
            self->m_settings.setRemembersVault(id, !removed);
            self->m_rememberIntent.reset();
            emit self->remembersKeyChanged();
        });
        return;
    }
    m_keyStore->save(id, m_vault->databaseKey(), [self, id](bool ok) {
        if (!self)
            return;
        if (ok && self->m_rememberIntent == false) {
            self->m_keyStore->remove(id, {}); // turned off again while saving
            return;
        }
        self->m_settings.setRemembersVault(id, ok);
        self->m_rememberIntent.reset();
        emit self->remembersKeyChanged();
    });
}

void VaultSession::tryRememberedKey(std::function<void(bool)> done) {
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
                qCWarning(lcKeystore) << "remembered key not usable:" << int(e.code());
                if (e.code() != ErrorCode::WrongPassphrase) {
                    // The key may be fine (vault on an unmounted drive, busy, newer
                    // schema...): keep it, the passphrase screen stays.
                    done(false);
                    return;
                }
            }
        }
        // Missing or stale (vault replaced, keystore reset): forget it.
        self->m_keyStore->remove(id, {});
        self->m_settings.setRemembersVault(id, false);
        emit self->remembersKeyChanged();
        done(false);
    });
}

} // namespace rebound
