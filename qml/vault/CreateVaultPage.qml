import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Dialogs
import Rebound.Backend
import Rebound.Ui

// First run: choose a passphrase and create the encrypted vault.
VaultScaffold {
    id: root

    required property VaultController vault

    readonly property var strength: vault.passphraseStrength(passphrase.text)
    readonly property bool longEnough: passphrase.text.length >= vault.minimumPassphraseLength
    readonly property bool matches: confirmation.text === passphrase.text
    readonly property bool valid: longEnough && matches && !vault.busy

    function submit() {
        if (!valid)
            return;
        vault.createVault(passphrase.text, confirmation.text, remember.checked);
    }

    heading: qsTr("Welcome to Rebound")
    subheading: qsTr("A private place to look after yourself while you look for work: your mood, your journal, your job search and the people on your side.")

    Component.onCompleted: passphrase.focusField()

    PassphraseField {
        id: passphrase

        Layout.fillWidth: true
        label: qsTr("Choose a passphrase")
        placeholderText: qsTr("At least %1 characters").arg(root.vault.minimumPassphraseLength)
        enabled: !root.vault.busy
        onEdited: root.vault.clearError()
        onAccepted: confirmation.focusField()
    }

    StrengthMeter {
        Layout.fillWidth: true
        empty: passphrase.text.length === 0
        score: root.strength.score ?? 0
        label: root.strength.label ?? ""
        hint: !root.longEnough ? qsTr("Use at least %1 characters.").arg(root.vault.minimumPassphraseLength) : (root.strength.hint ?? "")
    }

    PassphraseField {
        id: confirmation

        Layout.fillWidth: true
        label: qsTr("Repeat the passphrase")
        enabled: !root.vault.busy
        hasError: text.length > 0 && !root.matches
        onEdited: root.vault.clearError()
        onAccepted: root.submit()
    }

    Label {
        Layout.fillWidth: true
        visible: confirmation.hasError
        text: qsTr("The two passphrases don't match yet.")
        color: Theme.danger
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
    }

    RememberOption {
        id: remember

        Layout.fillWidth: true
        enabled: !root.vault.busy
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: warning.implicitHeight + Theme.spacingM * 2
        radius: Theme.radiusM
        color: Theme.accentSoft

        RowLayout {
            id: warning

            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingS

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "key"
                color: Theme.accent
                size: Theme.iconSizeSmall + Theme.spacingXxs
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("<b>Nobody can recover a forgotten passphrase</b>, not even us: your data is encrypted with it. Write it down somewhere safe.")
                textFormat: Text.StyledText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Nobody can recover a forgotten passphrase, not even us: your data is encrypted with it. Write it down somewhere safe.")
            }
        }
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: root.vault.errorMessage
    }

    Button {
        Layout.fillWidth: true
        text: root.vault.busy ? qsTr("Creating your vault…") : qsTr("Create vault")
        highlighted: true
        enabled: root.valid
        Accessible.name: text
        onClicked: root.submit()
    }

    Button {
        Layout.fillWidth: true
        flat: true
        enabled: !root.vault.busy
        text: qsTr("Restore from a backup…")
        Accessible.name: qsTr("Restore your vault from a backup file")
        onClicked: backupFile.open()
    }

    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: root.vault.busy
        visible: running
        Accessible.name: qsTr("Creating your vault")
    }

    FileDialog {
        id: backupFile

        title: qsTr("Choose a Rebound backup")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Rebound backups (*.rebound-backup)"), qsTr("All files (*)")]
        onAccepted: restore.openFor(selectedFile)
    }

    RestoreBackupDialog {
        id: restore

        vault: root.vault
        remember: remember.checked
    }
}
