pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// Create or edit a contact: name, company, role, e-mails and phones (several
// each), profile link, how you met, tags, keep-in-touch cadence and notes.
// Emits submitted(fields); the page saves and, on failure, shows the vault's
// message in errorText (the dialog stays open: nothing typed is lost).
// Escape or Cancel closes it and keeps nothing.
Dialog {
    id: editor

    property var tagChoices: [] // [{key, label, days}]
    property string contactId
    property var tags: []
    property string cadenceMode: "tags" // tags | days | off
    property string errorText
    readonly property bool isNew: contactId.length === 0
    readonly property bool canSave: nameField.text.trim().length > 0
    // The shortest default of the chosen tags (0 = none of them has one).
    readonly property int tagCadence: {
        let best = 0;
        for (const t of tagChoices)
            if (tags.indexOf(t.key) >= 0 && t.days > 0 && (best === 0 || t.days < best))
                best = t.days;
        return best;
    }

    signal submitted(var fields)
    signal deleteRequested(string id)

    // A message from the vault shows above the form: bring it into view.
    onErrorTextChanged: {
        if (errorText.length > 0)
            form.contentY = 0;
    }

    function toggleTag(key: string) {
        const next = tags.slice();
        const at = next.indexOf(key);
        if (at >= 0)
            next.splice(at, 1);
        else
            next.push(key);
        tags = next;
    }

    function fields(): var {
        const f = {
            "name": nameField.text,
            "company": companyField.text,
            "role": roleField.text,
            "emails": emailRows.filled(),
            "phones": phoneRows.filled(),
            "profileUrl": urlField.text,
            "howWeMet": howWeMetField.text,
            "tags": tags,
            "notes": notesField.text,
            "cadenceDays": cadenceMode === "off" ? 0 : cadenceMode === "tags" ? -1 : cadenceDays.value
        };
        if (!isNew)
            f["id"] = contactId;
        return f;
    }

    // The first problem the form can see itself, or "" (the vault checks the rest).
    function validate(): string {
        if (nameField.text.trim().length === 0)
            return qsTr("Give the contact a name.");
        for (const e of emailRows.filled())
            if (e.indexOf("@") < 0 || /\s/.test(e))
                return qsTr("\"%1\" does not look like an e-mail address.").arg(e);
        return "";
    }

    function save() {
        const problem = validate();
        errorText = problem;
        if (problem.length === 0)
            submitted(fields());
    }

    // contact: ContactController.contact, or {} for a new one
    function reset(c: var) {
        contactId = c["id"] ?? "";
        nameField.text = c["name"] ?? "";
        companyField.text = c["company"] ?? "";
        roleField.text = c["role"] ?? "";
        emailRows.reset(c["emails"] ?? []);
        phoneRows.reset(c["phones"] ?? []);
        urlField.text = c["profileUrl"] ?? "";
        howWeMetField.text = c["howWeMet"] ?? "";
        tags = (c["tags"] ?? []).slice();
        notesField.text = c["notes"] ?? "";
        const days = c["cadenceDays"] ?? -1;
        cadenceMode = days < 0 ? "tags" : days === 0 ? "off" : "days";
        cadenceDays.value = days > 0 ? days : Theme.defaultCadenceDays;
        errorText = "";
        form.contentY = 0;
    }

    function openNew() {
        reset({});
        open();
        nameField.forceActiveFocus();
    }

    function openWith(contact: var) {
        reset(contact);
        open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: Math.min(parent.height - Theme.spacingL * 2, Theme.editorMaxHeight)
    modal: true
    focus: true
    closePolicy: Popup.CloseOnEscape
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    bottomPadding: 0
    title: isNew ? qsTr("New contact") : qsTr("Edit contact")

    Flickable {
        id: form

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            width: form.width - Theme.spacingS
            spacing: Theme.spacingS

            ErrorBanner {
                objectName: "contactError"
                Layout.fillWidth: true
                text: editor.errorText
            }

            FieldLabel {
                text: qsTr("Name")
            }

            TextField {
                id: nameField

                objectName: "contactName"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Maya Chen")
                maximumLength: Theme.lineMaxLength
                selectByMouse: true
                Accessible.name: qsTr("Name (required)")
                onAccepted: editor.save()
            }

            GridLayout {
                Layout.fillWidth: true
                columns: editor.width >= Theme.formMaxWidth ? 2 : 1
                columnSpacing: Theme.spacingS
                rowSpacing: Theme.spacingS

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    FieldLabel {
                        text: qsTr("Company")
                    }

                    TextField {
                        id: companyField

                        Layout.fillWidth: true
                        placeholderText: qsTr("e.g. Northwind")
                        maximumLength: Theme.contactFieldMaxLength
                        selectByMouse: true
                        Accessible.name: qsTr("Company")
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    FieldLabel {
                        text: qsTr("Role")
                    }

                    TextField {
                        id: roleField

                        Layout.fillWidth: true
                        placeholderText: qsTr("e.g. Talent partner")
                        maximumLength: Theme.contactFieldMaxLength
                        selectByMouse: true
                        Accessible.name: qsTr("Role at work")
                    }
                }
            }

            FieldLabel {
                text: qsTr("Who they are to you")
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Tags")

                Repeater {
                    model: editor.tagChoices

                    ToggleChip {
                        required property var modelData

                        text: modelData.label
                        checked: editor.tags.indexOf(modelData.key) >= 0
                        Accessible.name: qsTr("Tag: %1").arg(modelData.label)
                        onClicked: editor.toggleTag(modelData.key)
                    }
                }
            }

            FieldLabel {
                text: qsTr("Keep in touch")
            }

            OptionChips {
                id: cadenceChips

                objectName: "cadenceChips"
                Layout.fillWidth: true
                label: qsTr("Keep in touch")
                model: [
                    {
                        "key": "tags",
                        "label": qsTr("From tags")
                    },
                    {
                        "key": "days",
                        "label": qsTr("Every…")
                    },
                    {
                        "key": "off",
                        "label": qsTr("Off")
                    }
                ]
                selectedKey: editor.cadenceMode
                onPicked: key => editor.cadenceMode = key
            }

            RowLayout {
                Layout.fillWidth: true
                visible: editor.cadenceMode === "days"
                spacing: Theme.spacingS

                SpinBox {
                    id: cadenceDays

                    objectName: "cadenceDays"
                    from: 1
                    to: Theme.maxCadenceDays
                    value: Theme.defaultCadenceDays
                    editable: true
                    Accessible.name: qsTr("Days between contacts")
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("days")
                    color: Theme.textSecondary
                }
            }

            Label {
                Layout.fillWidth: true
                visible: editor.cadenceMode !== "days"
                text: editor.cadenceMode === "off" ? qsTr("No keep-in-touch reminders for this contact.") : editor.tagCadence > 0 ? qsTr("Every %1 days, the shortest default of the chosen tags (Settings → Reminders).").arg(editor.tagCadence) : qsTr("None of the chosen tags has a default, so no reminders until you add one.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }

            FieldLabel {
                text: qsTr("E-mail")
            }

            ValueRows {
                id: emailRows

                Layout.fillWidth: true
                label: qsTr("E-mail")
                placeholder: qsTr("name@example.com")
                addText: qsTr("Add an e-mail")
                inputHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            }

            FieldLabel {
                text: qsTr("Phone")
            }

            ValueRows {
                id: phoneRows

                Layout.fillWidth: true
                label: qsTr("Phone")
                placeholder: qsTr("+44 20 7946 0000")
                addText: qsTr("Add a phone number")
                inputHints: Qt.ImhDialableCharactersOnly
            }

            FieldLabel {
                text: qsTr("Profile link")
            }

            TextField {
                id: urlField

                Layout.fillWidth: true
                placeholderText: qsTr("e.g. linkedin.com/in/…")
                maximumLength: Theme.linkMaxLength
                selectByMouse: true
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                Accessible.name: qsTr("Profile link")
            }

            FieldLabel {
                text: qsTr("How you met")
            }

            TextField {
                id: howWeMetField

                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Meetup on data tooling, March")
                maximumLength: Theme.howWeMetMaxLength
                selectByMouse: true
                Accessible.name: qsTr("How you met")
            }

            FieldLabel {
                text: qsTr("Notes")
            }

            TextArea {
                id: notesField

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.notesMinHeight
                placeholderText: qsTr("What they work on, what you promised, what to ask next time…")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Notes")
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Button {
            Layout.leftMargin: Theme.spacingM
            visible: !editor.isNew
            flat: true
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete contact")
            onClicked: editor.deleteRequested(editor.contactId)
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel without saving")
            onClicked: editor.close()
        }

        Button {
            objectName: "contactSave"
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: editor.canSave
            text: editor.isNew ? qsTr("Add") : qsTr("Save")
            Accessible.name: editor.isNew ? qsTr("Add contact") : qsTr("Save contact")
            onClicked: editor.save()
        }
    }
}
