import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Dialogs
import Rebound.Backend
import Rebound.Ui

// A passphrase for the backup (with strength and a repeat), then where to save it.
Dialog {
    id: dialog

    required property DataController controller
    required property VaultController vault

    readonly property var strength: vault.passphraseStrength(next.text)
    readonly property bool longEnough: next.text.length >= vault.minimumPassphraseLength
    readonly property bool valid: longEnough && next.text === confirmation.text && !controller.busy

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.formMaxWidth + Theme.spacingXxl)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    title: qsTr("Create an encrypted backup")

    onAboutToShow: {
        next.clear();
        confirmation.clear();
        controller.clearMessages();
        next.focusField();
    }
    onClosed: {
        next.clear();
        confirmation.clear();
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: qsTr("Choose a passphrase for this backup. It can be your vault's. Nobody can open the backup without it, and nobody can recover it.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        PassphraseField {
            id: next

            Layout.fillWidth: true
            label: qsTr("Backup passphrase")
            onAccepted: confirmation.focusField()
        }

        StrengthMeter {
            Layout.fillWidth: true
            empty: next.text.length === 0
            score: dialog.strength.score ?? 0
            label: dialog.strength.label ?? ""
            hint: !dialog.longEnough ? qsTr("Use at least %1 characters.").arg(dialog.vault.minimumPassphraseLength) : (dialog.strength.hint ?? "")
        }

        PassphraseField {
            id: confirmation

            Layout.fillWidth: true
            label: qsTr("Repeat the backup passphrase")
            hasError: text.length > 0 && text !== next.text
            onAccepted: if (dialog.valid)
                saveAs.open()
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
            onClicked: dialog.close()
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: dialog.valid
            text: qsTr("Save backup…")
            Accessible.name: qsTr("Choose where to save the backup")
            onClicked: saveAs.open()
        }
    }

    FileDialog {
        id: saveAs

        title: qsTr("Save the backup as")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "rebound-backup"
        nameFilters: [qsTr("Rebound backups (*.rebound-backup)")]
        onAccepted: {
            dialog.controller.createBackup(selectedFile, next.text, confirmation.text);
            dialog.close();
        }
    }
}
