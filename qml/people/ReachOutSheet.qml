pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Reach out to a contact: pick a message template (filled with their name and
// company), edit the text, then copy it, open it as an e-mail, and log it as
// sent so the keep-in-touch clock restarts. The page does the work:
// templateRequested(templateId) asks for the filled text (set it with
// setMessage), copyRequested(text), emailRequested(text), logRequested(kind, note).
Dialog {
    id: sheet

    property var templates: [] // [{id, name, body}]
    property string contactId
    property string contactName
    property string email // first e-mail, "" when none
    property string templateId
    property string errorText
    property string sentKind: "message" // "email" once opened as an e-mail
    readonly property alias message: messageField.text

    signal templateRequested(string templateId)
    signal copyRequested(string text)
    signal emailRequested(string text)
    signal logRequested(string kind, string note)

    function openFor(contactId: string, name: string, email: string) {
        sheet.contactId = contactId;
        contactName = name;
        sheet.email = email;
        errorText = "";
        sentKind = "message";
        messageField.text = "";
        open();
        if (templates.length > 0)
            pickTemplate(templates[0].id);
    }

    function pickTemplate(id: string) {
        templateId = id;
        templateRequested(id);
    }

    function setMessage(text: string) {
        messageField.text = text;
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: Math.min(parent.height - Theme.spacingL * 2, Theme.editorMaxHeight)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    title: qsTr("Reach out to %1").arg(contactName)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        FieldLabel {
            text: qsTr("Start from")
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Message templates")

            Repeater {
                model: sheet.templates

                ToggleChip {
                    required property var modelData

                    text: modelData.name
                    checked: sheet.templateId === modelData.id
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("Template: %1").arg(modelData.name)
                    Accessible.checked: checked
                    onClicked: sheet.pickTemplate(modelData.id)
                }
            }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.outreachMinHeight

            TextArea {
                id: messageField

                objectName: "outreachMessage"
                placeholderText: qsTr("Your message")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Message to %1").arg(sheet.contactName)
            }
        }

        Label {
            Layout.fillWidth: true
            text: sheet.email.length > 0 ? qsTr("Copy it into any app, or open it as an e-mail to %1.").arg(sheet.email) : qsTr("Copy it into the app you use with %1. Add an e-mail address to the contact to send it as an e-mail.").arg(sheet.contactName)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: sheet.errorText
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Button {
                objectName: "outreachCopy"
                enabled: sheet.message.trim().length > 0
                text: qsTr("Copy")
                Accessible.name: qsTr("Copy the message")
                onClicked: sheet.copyRequested(sheet.message)
            }

            Button {
                objectName: "outreachEmail"
                visible: sheet.email.length > 0
                enabled: sheet.message.trim().length > 0
                text: qsTr("E-mail")
                Accessible.name: qsTr("Open as an e-mail to %1").arg(sheet.email)
                onClicked: {
                    sheet.sentKind = "email";
                    sheet.emailRequested(sheet.message);
                }
            }

            Button {
                objectName: "outreachLog"
                highlighted: true
                text: qsTr("Log as sent")
                Accessible.name: qsTr("Log the message as sent to %1").arg(sheet.contactName)
                onClicked: sheet.logRequested(sheet.sentKind, sheet.message)
            }

            Button {
                flat: true
                text: qsTr("Close")
                Accessible.name: qsTr("Close without logging")
                onClicked: sheet.close()
            }
        }
    }
}
