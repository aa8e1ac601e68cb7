import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Set up a new sync, or join one another device set up: where the data goes
// (a WebDAV server or a folder), the account, the sync passphrase, this
// device's name. Stays open while it works; errors show here.
Dialog {
    id: dialog

    required property SyncController sync
    required property VaultController vault
    property bool join: false

    readonly property bool webDav: kind.value === SyncController.WebDav
    readonly property bool insecure: webDav && dialog.sync.needsInsecureConfirmation(url.text)
    readonly property var strength: vault.passphraseStrength(passphrase.text)
    readonly property bool longEnough: passphrase.text.length >= vault.minimumPassphraseLength
    readonly property bool valid: url.text.trim().length > 0 && passphrase.text.length > 0 && (join || (longEnough && passphrase.text === confirmation.text)) && (!insecure || insecureConfirmed.checked) && !sync.busy

    function openFor(joining: bool) {
        join = joining;
        open();
    }

    function submit() {
        if (!valid)
            return;
        sync.setUp(join, kind.value, url.text, account.text, password.text, passphrase.text, deviceName.text, insecure && insecureConfirmed.checked);
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    closePolicy: sync.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: join ? qsTr("Join a sync") : qsTr("Set up sync")

    onAboutToShow: {
        password.clear();
        passphrase.clear();
        confirmation.clear();
        insecureConfirmed.checked = false;
        if (deviceName.text.length === 0)
            deviceName.text = sync.defaultDeviceLabel;
        sync.clearError();
        url.forceActiveFocus();
    }
    onClosed: {
        password.clear();
        passphrase.clear();
        confirmation.clear();
    }

    Connections {
        target: dialog.sync

        // Also when set up but the first sync failed: the section shows that error.
        function onSetupFinished(ok: bool) {
            if ((ok || dialog.sync.configured) && dialog.visible)
                dialog.close();
        }
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        implicitHeight: form.implicitHeight
        contentWidth: width
        contentHeight: form.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: form

            width: scroller.width
            spacing: Theme.spacingM
            enabled: !dialog.sync.busy

            Label {
                Layout.fillWidth: true
                text: dialog.join ? qsTr("Use the place and the sync passphrase you chose on your other device.") : qsTr("Choose an empty folder on your server or a synced folder. Rebound keeps everything there encrypted.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            SegmentedChoice {
                id: kind

                label: qsTr("Where the sync data goes")
                value: SyncController.WebDav
                model: [{
                        "value": SyncController.WebDav,
                        "text": qsTr("WebDAV server")
                    }, {
                        "value": SyncController.Folder,
                        "text": qsTr("Folder")
                    }]
                onActivated: v => kind.value = v
            }

            Label {
                Layout.fillWidth: true
                text: dialog.webDav ? qsTr("Server address") : qsTr("Folder")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            TextField {
                id: url

                Layout.fillWidth: true
                placeholderText: dialog.webDav ? qsTr("https://cloud.example.org/remote.php/dav/files/me/Rebound/") : qsTr("/home/me/Nextcloud/Rebound")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | (dialog.webDav ? Qt.ImhUrlCharactersOnly : Qt.ImhNone)
                Accessible.name: dialog.webDav ? qsTr("Server address") : qsTr("Folder")
                onTextEdited: dialog.sync.clearError()
            }

            CheckBox {
                id: insecureConfirmed

                Layout.fillWidth: true
                visible: dialog.insecure
                text: qsTr("Use this unencrypted (http) address anyway. Your data stays encrypted, but your account password can be read on the way.")
                Accessible.name: qsTr("Use the unencrypted http address anyway")
                contentItem: Label {
                    leftPadding: insecureConfirmed.indicator.width + insecureConfirmed.spacing
                    text: insecureConfirmed.text
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.warning
                    verticalAlignment: Text.AlignVCenter
                }
            }

            Label {
                Layout.fillWidth: true
                visible: dialog.webDav
                text: qsTr("Account")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            TextField {
                id: account

                Layout.fillWidth: true
                visible: dialog.webDav
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Account")
                onTextEdited: dialog.sync.clearError()
            }

            PassphraseField {
                id: password

                Layout.fillWidth: true
                visible: dialog.webDav
                label: qsTr("Account password")
                onEdited: dialog.sync.clearError()
            }

            PassphraseField {
                id: passphrase

                Layout.fillWidth: true
                label: qsTr("Sync passphrase")
                placeholderText: dialog.join ? "" : qsTr("At least %1 characters").arg(dialog.vault.minimumPassphraseLength)
                onEdited: dialog.sync.clearError()
                onAccepted: dialog.join ? dialog.submit() : confirmation.focusField()
            }

            StrengthMeter {
                Layout.fillWidth: true
                visible: !dialog.join
                empty: passphrase.text.length === 0
                score: dialog.strength.score ?? 0
                label: dialog.strength.label ?? ""
                hint: !dialog.longEnough ? qsTr("Use at least %1 characters.").arg(dialog.vault.minimumPassphraseLength) : (dialog.strength.hint ?? "")
            }

            PassphraseField {
                id: confirmation

                Layout.fillWidth: true
                visible: !dialog.join
                label: qsTr("Repeat the sync passphrase")
                hasError: text.length > 0 && text !== passphrase.text
                onAccepted: dialog.submit()
            }

            Label {
                Layout.fillWidth: true
                visible: !dialog.join
                text: qsTr("You need this passphrase on every device. Nobody can recover it: keep it somewhere safe.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("This device's name")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            TextField {
                id: deviceName

                Layout.fillWidth: true
                maximumLength: Theme.deviceNameMaxLength
                Accessible.name: qsTr("This device's name")
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
            text: dialog.join ? qsTr("Join") : qsTr("Set up")
            Accessible.name: dialog.join ? qsTr("Join the sync") : qsTr("Set up sync")
            onClicked: dialog.submit()
        }
    }
}
