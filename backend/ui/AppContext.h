#pragma once
#include "JournalModel.h"
#include "SettingsController.h"
#include "VaultController.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace rebound {

// Handed to Main.qml as its one required property: everything the UI may use,
// wired by the composition root (no context properties, no global singletons).
class AppContext : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by the application")
    Q_PROPERTY(rebound::VaultController *vault READ vault CONSTANT)
    Q_PROPERTY(rebound::JournalModel *journal READ journal CONSTANT)
    Q_PROPERTY(rebound::SettingsController *settings READ settings CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString platformName READ platformName CONSTANT)
    Q_PROPERTY(bool mobile READ mobile CONSTANT)
    // Qt 6.4 has no colour-scheme hint; we read the platform palette instead.
    Q_PROPERTY(bool systemPrefersDark READ systemPrefersDark CONSTANT)

public:
    AppContext(VaultController *vault, JournalModel *journal, SettingsController *settings,
               QString platformName, bool mobile, QObject *parent = nullptr);

    VaultController *vault() const { return m_vault; }
    JournalModel *journal() const { return m_journal; }
    SettingsController *settings() const { return m_settings; }
    QString version() const;
    QString platformName() const { return m_platformName; }
    bool mobile() const { return m_mobile; }
    bool systemPrefersDark() const;

private:
    VaultController *m_vault;
    JournalModel *m_journal;
    SettingsController *m_settings;
    QString m_platformName;
    bool m_mobile;
};

} // namespace rebound
