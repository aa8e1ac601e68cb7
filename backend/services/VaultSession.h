#pragma once
#include "core/Clock.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace rebound {

class Vault;
class AppSettings;
class KeyStore;

// Owns the one unlocked vault of the running app (or none) and its "remember on
// this device" state. Models listen to stateChanged to load or drop their data.
class VaultSession : public QObject {
    Q_OBJECT
public:
    enum class State { NoVault, Locked, Unlocked };

    // keyStore may be null (no OS keystore, screenshot mode, tests).
    VaultSession(QString dir, AppSettings &settings, KeyStore *keyStore, const Clock &clock,
                 QObject *parent = nullptr);
    ~VaultSession() override;

    State state() const;
    const QString &dir() const { return m_dir; }
    Vault *vault() const { return m_vault.get(); }
    const Clock &clock() const { return m_clock; }

    void open(std::unique_ptr<Vault> vault);
    // Also counts as a lock request when nothing is open yet: an unlock still
    // running in the background must not open the vault afterwards.
    void lock();
    // Changes with every lock request. Background unlocks record it when they
    // start and drop their result if it changed meanwhile.
    quint64 lockGeneration() const { return m_lockGeneration; }

    bool remembersKey() const;
    // Stores the unlocked vault's key in the OS keystore, or removes it.
    void setRemembersKey(bool remember);
    // Tries the remembered key; calls done(true) once unlocked. A missing or stale
    // key is forgotten and the passphrase screen stays.
    void tryRememberedKey(std::function<void(bool unlocked)> done);

signals:
    void stateChanged();
    void remembersKeyChanged();

private:
    QString vaultId() const;

    QString m_dir;
    AppSettings &m_settings;
    KeyStore *m_keyStore;
    const Clock &m_clock;
    std::unique_ptr<Vault> m_vault;
    quint64 m_lockGeneration = 0;
    // What the user last asked for while a keystore job may still be running.
    std::optional<bool> m_rememberIntent;
};

} // namespace rebound
