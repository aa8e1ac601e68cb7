#pragma once
#include <QObject>
#include <QSettings>
#include <QTime>
#include <memory>

namespace rebound {

// Preferences stored with QSettings. Only non-secret values live here: never a
// passphrase, a key, or anything the user wrote.
class AppSettings : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultAutoLockMinutes = 5;

    // Default: the platform's settings store for this app; tests pass an INI file.
    explicit AppSettings(std::unique_ptr<QSettings> settings = nullptr, QObject *parent = nullptr);

    int themeMode() const;
    void setThemeMode(int mode);
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // Daily check-in nudge: a time of day, stored here (not in the vault) so the
    // reminder can fire while the vault is locked. Invalid time = off.
    QTime checkInNudge() const;
    void setCheckInNudge(const QTime &time);
    // Whether the database key of this vault is kept in the OS keystore.
    bool remembersVault(const QString &vaultId) const;
    void setRemembersVault(const QString &vaultId, bool remember);

signals:
    void themeModeChanged();
    void autoLockMinutesChanged();
    void checkInNudgeChanged();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace rebound
