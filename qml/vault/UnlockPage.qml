import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Returning user: enter the passphrase to open the vault.
VaultScaffold {
    id: root

    required property VaultController vault

    readonly property bool canUnlock: passphrase.text.length > 0 && !vault.busy

    function submit() {
        if (canUnlock)
            vault.unlock(passphrase.text, remember.checked);
    }

    heading: qsTr("Welcome back")
    subheading: qsTr("Your journal is locked. Enter your passphrase to open it.")

    Component.onCompleted: passphrase.focusField()

    Connections {
        target: root.vault

        function onErrorMessageChanged() {
            if (root.vault.errorMessage.length > 0) {
                passphrase.field.selectAll();
                passphrase.focusField();
            }
        }
    }

    PassphraseField {
        id: passphrase

        Layout.fillWidth: true
        label: qsTr("Passphrase")
        enabled: !root.vault.busy
        hasError: root.vault.errorMessage.length > 0
        onEdited: root.vault.clearError()
        onAccepted: root.submit()
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: root.vault.errorMessage
    }

    RememberOption {
        id: remember

        Layout.fillWidth: true
        checked: root.vault.rememberOnDevice
        enabled: !root.vault.busy
    }

    Button {
        Layout.fillWidth: true
        text: root.vault.busy ? qsTr("Unlocking…") : qsTr("Unlock")
        highlighted: true
        enabled: root.canUnlock
        Accessible.name: text
        onClicked: root.submit()
    }

    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: root.vault.busy
        visible: running
        Accessible.name: qsTr("Unlocking")
    }
}
