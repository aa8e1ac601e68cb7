pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Add someone to the open application: name, e-mail (optional) and role, and
// optionally link them to a contact (suggested by name or e-mail as you type)
// or save them as a new contact, so the application shows on the contact.
// Emits submitted(name, email, role, contactId, saveAsContact); the page saves
// and reports errors.
Dialog {
    id: dialog

    property var roles: [] // [{key, label}]
    property PeopleController people: null // contact suggestions; none without it
    property string role: "recruiter"
    property string errorText
    property string contactId // the contact picked to link to, "" for none
    property string contactName
    property bool saveAsContact: false
    readonly property bool canSave: nameField.text.trim().length > 0
    // Contacts matching what is typed (name first, else e-mail), until one is picked.
    readonly property var suggestions: {
        if (!people || contactId.length > 0)
            return [];
        const byName = nameField.text.trim().length >= 2 ? people.suggestContacts(nameField.text, Theme.suggestionCount) : [];
        return byName.length > 0 || emailField.text.trim().length < 3 ? byName : people.suggestContacts(emailField.text, Theme.suggestionCount);
    }

    signal submitted(string name, string email, string role, string contactId, bool saveAsContact)

    function openNew() {
        nameField.clear();
        emailField.clear();
        role = "recruiter";
        errorText = "";
        unlink();
        saveAsContact = false;
        open();
        nameField.forceActiveFocus();
    }

    function link(suggestion: var) {
        contactId = suggestion.contactId;
        contactName = suggestion.name;
        nameField.text = suggestion.name;
        if (emailField.text.trim().length === 0)
            emailField.text = suggestion.email;
        saveAsContact = false;
    }

    function unlink() {
        contactId = "";
        contactName = "";
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
        submitted(nameField.text, email, role, contactId, saveAsContact && contactId.length === 0);
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

        // Link to a contact: suggestions while typing, then the link with a way to undo it.
        Flow {
            Layout.fillWidth: true
            visible: dialog.suggestions.length > 0
            spacing: Theme.spacingXs
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Matching contacts")

            Repeater {
                model: dialog.suggestions

                ToggleChip {
                    required property var modelData

                    text: modelData.email.length > 0 ? qsTr("%1 · %2").arg(modelData.name).arg(modelData.email) : modelData.name
                    iconName: "plus"
                    Accessible.name: qsTr("Link to the contact %1").arg(modelData.name)
                    onClicked: dialog.link(modelData)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            visible: dialog.contactId.length > 0
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: qsTr("Linked to the contact %1").arg(dialog.contactName)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.accent
            }

            Button {
                flat: true
                text: qsTr("Unlink")
                Accessible.name: qsTr("Do not link to %1").arg(dialog.contactName)
                onClicked: dialog.unlink()
            }
        }

        CheckBox {
            Layout.fillWidth: true
            visible: dialog.people !== null && dialog.contactId.length === 0
            checked: dialog.saveAsContact
            text: qsTr("Also save as a contact (People)")
            Accessible.name: text
            onToggled: dialog.saveAsContact = checked
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
