pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Settings -> Sync: set up or join an end-to-end encrypted sync; once on, its
// status, devices, kept conflict versions, the sync passphrase and turning it off.
SettingsSection {
    id: section

    required property SyncController sync
    required property VaultController vault

    signal message(string text)

    function openSetup(join: bool): bool {
        setupDialog.openFor(join);
        return setupDialog.visible;
    }

    function closeOverlays() {
        setupDialog.close();
        passphraseDialog.close();
        turnOffDialog.close();
    }

    title: qsTr("Sync")
    iconName: "lock"

    Connections {
        target: section.sync

        function onJobFinished(ok: bool, text: string) {
            if (ok)
                section.message(text);
        }
        function onSetupFinished(ok: bool, text: string) {
            if (ok)
                section.message(text);
        }
    }

    // Not set up: what it is, honestly, and the two ways in.
    ColumnLayout {
        Layout.fillWidth: true
        visible: !section.sync.configured
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: qsTr("Keep your vault in step across your own devices, through a WebDAV server you use (Nextcloud, any hosting) or a synced folder.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("It is end-to-end encrypted: the server never sees your words. You need the sync passphrase on every device, and nobody can recover it if it is lost.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Button {
                objectName: "syncSetUp"
                highlighted: true
                text: qsTr("Set up sync")
                Accessible.name: text
                onClicked: setupDialog.openFor(false)
            }

            Button {
                objectName: "syncJoin"
                text: qsTr("Join a sync")
                Accessible.name: qsTr("Join a sync set up on another device")
                onClicked: setupDialog.openFor(true)
            }
        }
    }

    // Set up: where, when, what is waiting, what went wrong.
    ColumnLayout {
        Layout.fillWidth: true
        visible: section.sync.configured
        spacing: Theme.spacingM

        ErrorBanner {
            Layout.fillWidth: true
            visible: section.sync.needsPassphrase
            text: section.sync.needsPassphrase ? qsTr("The sync passphrase was changed on another device. Enter the new one to keep syncing.") : ""
        }

        Button {
            visible: section.sync.needsPassphrase
            highlighted: true
            text: qsTr("Enter sync passphrase")
            Accessible.name: text
            onClicked: passphraseDialog.openFor(true)
        }

        SettingRow {
            Layout.fillWidth: true
            title: section.sync.lastSyncText
            description: {
                const where = section.sync.user.length > 0 ? qsTr("%1 as %2").arg(section.sync.server).arg(section.sync.user) : section.sync.server;
                const pending = section.sync.pendingChanges > 0 ? qsTr("%n changes waiting to be sent.", "", section.sync.pendingChanges) : qsTr("Everything is sent.");
                return where + "\n" + pending;
            }

            Button {
                objectName: "syncNow"
                text: qsTr("Sync now")
                enabled: !section.sync.busy && !section.sync.needsPassphrase
                Accessible.name: text
                onClicked: section.sync.syncNow()
            }
        }

        SyncProgress {
            Layout.fillWidth: true
            sync: section.sync
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: section.sync.needsPassphrase ? "" : section.sync.errorMessage
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            text: qsTr("Devices")
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightMedium
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
        }

        Repeater {
            model: section.sync.devices

            delegate: SyncDeviceRow {
                required property var modelData

                Layout.fillWidth: true
                label: modelData.label
                lastSeenText: modelData.lastSeenText
                thisDevice: modelData.thisDevice
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            visible: section.sync.conflictCount > 0
            text: qsTr("%n versions kept from edits on two devices", "", section.sync.conflictCount)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightMedium
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
        }

        Label {
            Layout.fillWidth: true
            visible: section.sync.conflictCount > 0
            text: qsTr("The newest edit is shown. Restore an older one to make it current again, or dismiss it.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Repeater {
            model: section.sync.conflicts

            delegate: SyncConflictRow {
                required property var modelData

                Layout.fillWidth: true
                conflictId: modelData.id
                title: modelData.title
                text: modelData.text
                detectedText: modelData.detectedText
                winnerText: modelData.winnerText
                enabledActions: !section.sync.busy
                onRestoreRequested: conflict => section.sync.restoreConflict(conflict)
                onDismissRequested: conflict => section.sync.dismissConflict(conflict)
            }
        }

        SettingRow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            title: qsTr("Sync passphrase")
            description: qsTr("Choose a new one. Your other devices will ask for it once.")

            Button {
                text: qsTr("Change…")
                enabled: !section.sync.busy
                Accessible.name: qsTr("Change sync passphrase")
                onClicked: passphraseDialog.openFor(false)
            }
        }

        SettingRow {
            Layout.fillWidth: true
            title: qsTr("Turn off sync on this device")
            description: qsTr("The data on the server stays, for your other devices.")

            Button {
                text: qsTr("Turn off…")
                enabled: !section.sync.busy
                Accessible.name: qsTr("Turn off sync on this device")
                onClicked: turnOffDialog.open()
            }
        }
    }

    SyncSetupDialog {
        id: setupDialog

        sync: section.sync
        vault: section.vault
    }

    SyncPassphraseDialog {
        id: passphraseDialog

        sync: section.sync
        vault: section.vault
    }

    Dialog {
        id: turnOffDialog

        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingL * 2, Theme.formMaxWidth)
        modal: true
        title: qsTr("Turn off sync on this device?")

        ColumnLayout {
            anchors.fill: parent

            Label {
                Layout.fillWidth: true
                text: qsTr("This device stops syncing and forgets the account and the sync keys. Your entries stay on this device, and the encrypted data on the server stays for your other devices. You can join again later with the sync passphrase.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }
        }

        footer: RowLayout {
            spacing: Theme.spacingS

            Item {
                Layout.fillWidth: true
            }

            Button {
                flat: true
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: turnOffDialog.close()
            }

            Button {
                Layout.rightMargin: Theme.spacingM
                text: qsTr("Turn off")
                Accessible.name: qsTr("Turn off sync")
                onClicked: {
                    section.sync.turnOff();
                    turnOffDialog.close();
                }
            }
        }
    }
}
