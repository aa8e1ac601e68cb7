#pragma once
#include <QObject>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

namespace rebound {

class VaultSession;
class PassphraseStrength;

// What the create/unlock screens and Settings → Security talk to. Slow work
// (Argon2id) runs off the GUI thread; `busy` is true meanwhile.
class VaultController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(QString vaultPath READ vaultPath CONSTANT)
    Q_PROPERTY(bool rememberOnDevice READ rememberOnDevice NOTIFY rememberOnDeviceChanged)
    Q_PROPERTY(int minimumPassphraseLength READ minimumPassphraseLength CONSTANT)

public:
    enum State { NoVault, Locked, Unlocked };
    Q_ENUM(State)

    explicit VaultController(VaultSession &session, QObject *parent = nullptr);

    State state() const;
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_error; }
    QString vaultPath() const;
    bool rememberOnDevice() const;
    int minimumPassphraseLength() const;

    Q_INVOKABLE void createVault(const QString &passphrase, const QString &confirmation, bool remember);
    Q_INVOKABLE void unlock(const QString &passphrase, bool remember);
    // Makes this device's vault from a backup file; the backup's passphrase becomes
    // the vault's (it can be changed in Settings afterwards).
    Q_INVOKABLE void restoreBackup(const QUrl &file, const QString &passphrase, bool remember);
    Q_INVOKABLE void lock();
    Q_INVOKABLE void changePassphrase(const QString &current, const QString &next,
                                      const QString &confirmation);
    Q_INVOKABLE void setRememberOnDevice(bool remember);
    // {score: 0..4, label: "Weak"…"Very strong", hint: "Add another word"…}
    Q_INVOKABLE QVariantMap passphraseStrength(const QString &passphrase) const;
    Q_INVOKABLE void clearError();

signals:
    void stateChanged();
    void busyChanged();
    void errorMessageChanged();
    void rememberOnDeviceChanged();
    void passphraseChanged(); // a change of passphrase succeeded

private:
    void setBusy(bool busy);
    void setError(const QString &message);
    // Runs work (create or unlock) off the GUI thread and opens its vault.
    template <typename Work> void openInBackground(Work work, bool remember);

    VaultSession &m_session;
    bool m_busy = false;
    QString m_error;
};

} // namespace rebound
