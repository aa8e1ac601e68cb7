import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The sync passphrase: enter the new one another device chose (`entering`), or
// choose a new one for every device (with the strength meter and a repeat).
Dialog {
    id: dialog

    required property SyncController sync
    required property VaultController vault
    property bool entering: false

    readonly property var strength: vault.passphraseStrength(next.text)
    readonly property bool longEnough: next.text.length >= vault.minimumPassphraseLength
    readonly property bool valid: next.text.length > 0 && (entering || (longEnough && next.text === confirmation.text)) && !sync.busy
    property bool waiting: false

    function openFor(enter: bool) {
        entering = enter;
        open();
    }

    function submit() {
        if (!valid)
            return;
        waiting = true;
        if (entering)
            sync.enterPassphrase(next.text);
        else
            sync.changePassphrase(next.text);
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.formMaxWidth + Theme.spacingXxl)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    closePolicy: sync.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: entering ? qsTr("Enter the sync passphrase") : qsTr("Change sync passphrase")

    onAboutToShow: {
        waiting = false;
        next.clear();
        confirmation.clear();
        sync.clearError();
        next.focusField();
    }
    onClosed: {
        next.clear();
        confirmation.clear();
    }

    Connections {
        target: dialog.sync

        function onJobFinished(ok: bool) {
            if (dialog.waiting && !dialog.sync.busy) {
                dialog.waiting = false;
                if (ok)
                    dialog.close();
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        Label {
            Layout.fillWidth: true
            text: dialog.entering ? qsTr("The sync passphrase was changed on another device. Enter the new one to keep syncing.") : qsTr("Your other devices will ask for the new passphrase once. Nobody can recover it: keep it somewhere safe.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        PassphraseField {
            id: next

            Layout.fillWidth: true
            label: dialog.entering ? qsTr("Sync passphrase") : qsTr("New sync passphrase")
            enabled: !dialog.sync.busy
            onEdited: dialog.sync.clearError()
            onAccepted: dialog.entering ? dialog.submit() : confirmation.focusField()
        }

        StrengthMeter {
            Layout.fillWidth: true
            visible: !dialog.entering
            empty: next.text.length === 0
            score: dialog.strength.score ?? 0
            label: dialog.strength.label ?? ""
            hint: !dialog.longEnough ? qsTr("Use at least %1 characters.").arg(dialog.vault.minimumPassphraseLength) : (dialog.strength.hint ?? "")
        }

        PassphraseField {
            id: confirmation

            Layout.fillWidth: true
            visible: !dialog.entering
            label: qsTr("Repeat the new sync passphrase")
            enabled: !dialog.sync.busy
            hasError: text.length > 0 && text !== next.text
            onAccepted: dialog.submit()
        }

        SyncProgress {
            Layout.fillWidth: true
            sync: dialog.sync
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: dialog.visible ? dialog.sync.errorMessage : ""
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
            enabled: !dialog.sync.busy
            Accessible.name: text
            onClicked: dialog.close()
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: dialog.valid
            text: dialog.entering ? qsTr("Continue") : qsTr("Change")
            Accessible.name: dialog.entering ? qsTr("Use this sync passphrase") : qsTr("Change sync passphrase")
            onClicked: dialog.submit()
        }
    }
}
