import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Appearance, check-in, emotions and effort tags, security and about.
ScrollPage {
    id: page

    required property AppContext app

    spacing: Theme.spacingXl

    function openChangePassphrase(): bool {
        changePassphrase.open();
        return changePassphrase.visible;
    }

    function closeOverlays() {
        changePassphrase.close();
        syncSection.closeOverlays();
        dataSection.closeOverlays();
    }

    // Screenshots: the Sync section at the top, or its set-up dialog.
    function showSync(): bool {
        contentY = Math.max(0, Math.min(syncSection.y, contentHeight - height));
        return syncSection.visible;
    }

    // Screenshots: Export and backup, its backup dialog and a Daylio preview.
    function showData(): bool {
        contentY = Math.max(0, Math.min(dataSection.y, contentHeight - height));
        return dataSection.visible;
    }

    function openBackup(): bool {
        return dataSection.openBackup();
    }

    function openDaylio(file: url): bool {
        return dataSection.openDaylio(file);
    }

    function openSyncSetup(): bool {
        return syncSection.openSetup(false);
    }

    SettingsSection {
        Layout.fillWidth: true
        title: qsTr("Appearance")
        iconName: "moon"

        SettingRow {
            Layout.fillWidth: true
            title: qsTr("Theme")
            stackable: true
            description: qsTr("System follows your device's light or dark setting.")

            SegmentedChoice {
                label: qsTr("Theme")
                value: page.app.settings.themeMode
                model: [{
                        "value": SettingsController.System,
                        "text": qsTr("System")
                    }, {
                        "value": SettingsController.Light,
                        "text": qsTr("Light")
                    }, {
                        "value": SettingsController.Dark,
                        "text": qsTr("Dark")
                    }]
                onActivated: value => page.app.settings.themeMode = value
            }
        }

        SettingRow {
            Layout.fillWidth: true
            title: qsTr("Language")
            stackable: true
            description: qsTr("Texts, dates and numbers. System follows your device's language.")

            ComboBox {
                id: language

                implicitWidth: Theme.choiceWidth
                model: page.app.settings.languages
                textRole: "name"
                valueRole: "code"
                currentIndex: Math.max(0, indexOfValue(page.app.settings.language))
                Accessible.name: qsTr("Language: %1").arg(displayText)
                onActivated: page.app.settings.language = currentValue
            }
        }
    }

    CheckInSection {
        Layout.fillWidth: true
        settings: page.app.settings
    }

    RemindersSection {
        Layout.fillWidth: true
        reminders: page.app.reminders
    }

    CatalogSection {
        Layout.fillWidth: true
        catalog: page.app.catalog
    }

    JobSearchSection {
        Layout.fillWidth: true
        settings: page.app.settings
    }

    InsightsSection {
        Layout.fillWidth: true
        insights: page.app.insights
    }

    SyncSection {
        id: syncSection

        Layout.fillWidth: true
        sync: page.app.sync
        vault: page.app.vault
        onMessage: text => toast.show(text)
    }

    DataSection {
        id: dataSection

        Layout.fillWidth: true
        controller: page.app.data
        vault: page.app.vault
        mobile: page.app.mobile
    }

    SecuritySection {
        Layout.fillWidth: true
        app: page.app
        onChangePassphraseRequested: changePassphrase.open()
    }

    KeyboardSection {
        Layout.fillWidth: true
        visible: !page.app.mobile
    }

    AboutSection {
        Layout.fillWidth: true
        app: page.app
    }

    ChangePassphraseDialog {
        id: changePassphrase

        vault: page.app.vault
        onChanged: toast.show(qsTr("Passphrase changed"))
    }

    Toast {
        id: toast

        parent: page
    }
}
