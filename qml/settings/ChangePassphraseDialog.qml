import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Current, new and repeated passphrase, with the strength meter.
Dialog {
    id: dialog

    required property VaultController vault

    readonly property var strength: vault.passphraseStrength(next.text)
    readonly property bool longEnough: next.text.length >= vault.minimumPassphraseLength
    readonly property bool valid: current.text.length > 0 && longEnough && next.text === confirmation.text && !vault.busy

    signal changed

    function submit() {
        if (valid)
            vault.changePassphrase(current.text, next.text, confirmation.text);
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.formMaxWidth + Theme.spacingXxl)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    closePolicy: vault.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Change passphrase")

    onAboutToShow: {
        current.clear();
        next.clear();
        confirmation.clear();
        vault.clearError();
        current.focusField();
    }

    Connections {
        target: dialog.vault

        function onPassphraseChanged() {
            dialog.close();
            dialog.changed();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingL

        PassphraseField {
            id: current

            Layout.fillWidth: true
            label: qsTr("Current passphrase")
            enabled: !dialog.vault.busy
            onEdited: dialog.vault.clearError()
            onAccepted: next.focusField()
        }

        PassphraseField {
            id: next

            Layout.fillWidth: true
            label: qsTr("New passphrase")
            placeholderText: qsTr("At least %1 characters").arg(dialog.vault.minimumPassphraseLength)
            enabled: !dialog.vault.busy
            onEdited: dialog.vault.clearError()
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
            label: qsTr("Repeat the new passphrase")
            enabled: !dialog.vault.busy
            hasError: text.length > 0 && text !== next.text
            onEdited: dialog.vault.clearError()
            onAccepted: dialog.submit()
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Nobody can recover a forgotten passphrase. Keep the new one somewhere safe.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: dialog.visible ? dialog.vault.errorMessage : ""
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        BusyIndicator {
            Layout.leftMargin: Theme.spacingM
            Layout.preferredHeight: Theme.touchTarget
            Layout.preferredWidth: Theme.touchTarget
            running: dialog.vault.busy
            visible: running
            Accessible.name: qsTr("Changing passphrase")
        }

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
            enabled: dialog.valid
            text: qsTr("Change")
            Accessible.name: qsTr("Change passphrase")
            onClicked: dialog.submit()
        }
    }
}
