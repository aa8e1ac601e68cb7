import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Auto-lock, keyring, passphrase and lock.
SettingsSection {
    id: section

    required property AppContext app

    signal changePassphraseRequested

    function autoLockLabel(minutes: int): string {
        if (minutes <= 0)
            return qsTr("Never");
        if (minutes === 1)
            return qsTr("After 1 minute");
        if (minutes === 60)
            return qsTr("After 1 hour");
        if (minutes % 60 === 0)
            return qsTr("After %1 hours").arg(minutes / 60);
        return qsTr("After %1 minutes").arg(minutes);
    }

    title: qsTr("Security")
    iconName: "shield"

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Lock automatically")
        stackable: true
        description: qsTr("When Rebound has not been used for a while.")

        ComboBox {
            id: autoLock

            readonly property var choices: section.app.settings.autoLockChoices()

            implicitWidth: Theme.choiceWidth
            model: choices.map(m => ({
                            "value": m,
                            "text": section.autoLockLabel(m)
                        }))
            textRole: "text"
            valueRole: "value"
            currentIndex: Math.max(0, choices.indexOf(section.app.settings.autoLockMinutes))
            Accessible.name: qsTr("Lock automatically: %1").arg(displayText)
            onActivated: section.app.settings.autoLockMinutes = currentValue
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Remember on this device")
        description: qsTr("Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.")

        Switch {
            checked: section.app.vault.rememberOnDevice
            enabled: !section.app.vault.busy
            Accessible.name: qsTr("Remember on this device")
            onToggled: section.app.vault.setRememberOnDevice(checked)
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Passphrase")
        description: qsTr("Choose a new passphrase. You will need the current one.")

        Button {
            text: qsTr("Change…")
            Accessible.name: qsTr("Change passphrase")
            onClicked: section.changePassphraseRequested()
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Lock now")
        description: qsTr("Closes the vault until you enter your passphrase again.")

        Button {
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock now")
            onClicked: section.app.vault.lock()
        }
    }
}
