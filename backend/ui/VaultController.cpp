#include "VaultController.h"

#include "Background.h"
#include "services/Backup.h"
#include "services/PassphraseStrength.h"
#include "services/VaultSession.h"
#include "storage/Vault.h"

#include <QDir>

namespace rebound {

VaultController::VaultController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session) {
    connect(&m_session, &VaultSession::stateChanged, this, &VaultController::stateChanged);
    connect(&m_session, &VaultSession::remembersKeyChanged, this, &VaultController::rememberOnDeviceChanged);
}

VaultController::State VaultController::state() const {
    switch (m_session.state()) {
    case VaultSession::State::NoVault:
        return NoVault;
    case VaultSession::State::Locked:
        return Locked;
    case VaultSession::State::Unlocked:
        break;
    }
    return Unlocked;
}

QString VaultController::vaultPath() const {
    return QDir::toNativeSeparators(m_session.dir());
}
bool VaultController::rememberOnDevice() const {
    return m_session.remembersKey();
}
int VaultController::minimumPassphraseLength() const {
    return PassphraseStrength::kMinimumLength;
}

void VaultController::setBusy(bool busy) {
    if (m_busy != busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void VaultController::setError(const QString &message) {
    if (m_error != message) {
        m_error = message;
        emit errorMessageChanged();
    }
}

void VaultController::clearError() {
    setError({});
}

QVariantMap VaultController::passphraseStrength(const QString &passphrase) const {
    const auto s = PassphraseStrength::estimate(passphrase);
    return {{QStringLiteral("score"), s.score},
            {QStringLiteral("label"), s.label},
            {QStringLiteral("hint"), s.hint},
            {QStringLiteral("acceptable"), s.acceptable}};
}

template <typename Work> void VaultController::openInBackground(Work work, bool remember) {
    const quint64 generation = m_session.lockGeneration();
    runInBackground(this, std::move(work),
                    [this, remember, generation](Outcome<std::unique_ptr<Vault>> outcome) {
                        setBusy(false);
                        if (auto *error = std::get_if<Error>(&outcome))
                            return setError(error->message());
                        // Locked (or backgrounded) while Argon2id ran, or already opened another
                        // way: the new vault object is dropped here, which locks it again.
                        if (m_session.lockGeneration() != generation || m_session.vault())
                            return;
                        m_session.open(std::move(std::get<0>(outcome)));
                        if (remember)
                            m_session.setRemembersKey(true);
                    });
}

void VaultController::createVault(const QString &passphrase, const QString &confirmation, bool remember) {
    if (m_busy)
        return;
    if (passphrase != confirmation)
        return setError(tr("The two passphrases do not match."));
    if (!PassphraseStrength::estimate(passphrase).acceptable)
        return setError(tr("Use at least %1 characters.").arg(PassphraseStrength::kMinimumLength));
    clearError();
    setBusy(true);
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passphrase));
    openInBackground(
        [dir = m_session.dir(), secret, clock = &m_session.clock()] {
            return Vault::create(dir, *secret, KdfParams::recommended(), *clock);
        },
        remember);
}

void VaultController::unlock(const QString &passphrase, bool remember) {
    if (m_busy || m_session.state() != VaultSession::State::Locked)
        return;
    if (passphrase.isEmpty())
        return setError(tr("Enter your passphrase."));
    clearError();
    setBusy(true);
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passphrase));
    openInBackground([dir = m_session.dir(), secret,
                      clock = &m_session.clock()] { return Vault::unlock(dir, *secret, *clock); },
                     remember);
}

void VaultController::restoreBackup(const QUrl &file, const QString &passphrase, bool remember) {
    if (m_busy || m_session.state() != VaultSession::State::NoVault)
        return;
    if (file.isEmpty())
        return setError(tr("Choose the backup file first."));
    if (passphrase.isEmpty())
        return setError(tr("Enter the backup's passphrase."));
    clearError();
    setBusy(true);
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(passphrase));
    openInBackground(
        [dir = m_session.dir(), path = file.isLocalFile() ? file.toLocalFile() : file.toString(), secret] {
            return backup::restore(path, *secret, dir, *secret, KdfParams::recommended());
        },
        remember);
}

void VaultController::lock() {
    clearError();
    m_session.lock();
}

void VaultController::setRememberOnDevice(bool remember) {
    m_session.setRemembersKey(remember);
}

void VaultController::changePassphrase(const QString &current, const QString &next,
                                       const QString &confirmation) {
    if (m_busy)
        return;
    if (next != confirmation)
        return setError(tr("The two new passphrases do not match."));
    if (!PassphraseStrength::estimate(next).acceptable)
        return setError(tr("Use at least %1 characters.").arg(PassphraseStrength::kMinimumLength));
    clearError();
    setBusy(true);
    auto oldSecret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(current));
    auto newSecret = std::make_shared<SecureBytes>(SecureBytes::fromUtf8(next));
    runInBackground(
        this,
        [dir = m_session.dir(), oldSecret, newSecret] {
            Vault::changePassphrase(dir, *oldSecret, *newSecret);
            return true;
        },
        [this](Outcome<bool> outcome) {
            setBusy(false);
            if (auto *error = std::get_if<Error>(&outcome))
                return setError(error->message());
            emit passphraseChanged();
        });
}

} // namespace rebound
