pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Add someone to the open application: name, e-mail (optional) and role.
// Emits submitted(name, email, role); the page saves and reports errors.
Dialog {
    id: dialog

    property var roles: [] // [{key, label}]
    property string role: "recruiter"
    property string errorText
    readonly property bool canSave: nameField.text.trim().length > 0

    signal submitted(string name, string email, string role)

    function openNew() {
        nameField.clear();
        emailField.clear();
        role = "recruiter";
        errorText = "";
        open();
        nameField.forceActiveFocus();
    }

    function submit() {
        const email = emailField.text.trim();
        if (!canSave)
            return;
        if (email.length > 0 && (email.indexOf("@") < 0 || /\s/.test(email))) {
            errorText = qsTr("\"%1\" does not look like an e-mail address.").arg(email);
            return;
        }
        errorText = "";
        submitted(nameField.text, email, role);
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    title: qsTr("Add a person")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        TextField {
            id: nameField

            Layout.fillWidth: true
            placeholderText: qsTr("Name")
            maximumLength: Theme.lineMaxLength
            selectByMouse: true
            Accessible.name: qsTr("Name (required)")
            onAccepted: dialog.submit()
        }

        TextField {
            id: emailField

            Layout.fillWidth: true
            placeholderText: qsTr("E-mail (optional)")
            maximumLength: Theme.lineMaxLength
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Accessible.name: qsTr("E-mail address")
            onAccepted: dialog.submit()
        }

        OptionChips {
            Layout.fillWidth: true
            label: qsTr("Role")
            model: dialog.roles
            selectedKey: dialog.role
            onPicked: key => dialog.role = key
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: dialog.errorText
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
            enabled: dialog.canSave
            text: qsTr("Add")
            Accessible.name: qsTr("Add this person")
            onClicked: dialog.submit()
        }
    }
}
