import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The backup's passphrase, then a new vault made from the file (it keeps that passphrase).
Dialog {
    id: dialog

    required property VaultController vault
    property bool remember: false
    property url file

    function openFor(backup: url) {
        file = backup;
        open();
    }

    function submit() {
        if (passphrase.text.length === 0 || vault.busy)
            return;
        vault.restoreBackup(file, passphrase.text, remember);
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.formMaxWidth + Theme.spacingXxl)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    closePolicy: vault.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Restore from a backup")

    onAboutToShow: {
        passphrase.clear();
        vault.clearError();
        passphrase.focusField();
    }
    onClosed: passphrase.clear()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: qsTr("Rebound checks the whole file, then makes your vault from it. The backup's passphrase becomes the vault's; you can change it in Settings.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        PassphraseField {
            id: passphrase

            Layout.fillWidth: true
            label: qsTr("Backup passphrase")
            enabled: !dialog.vault.busy
            onEdited: dialog.vault.clearError()
            onAccepted: dialog.submit()
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: dialog.visible ? dialog.vault.errorMessage : ""
        }

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: dialog.vault.busy
            visible: running
            Accessible.name: qsTr("Restoring your vault")
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
            enabled: !dialog.vault.busy
            Accessible.name: text
            onClicked: dialog.close()
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: passphrase.text.length > 0 && !dialog.vault.busy
            text: dialog.vault.busy ? qsTr("Restoring…") : qsTr("Restore")
            Accessible.name: qsTr("Restore the vault from this backup")
            onClicked: dialog.submit()
        }
    }
}
