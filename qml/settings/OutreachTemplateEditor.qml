import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Create or edit an outreach message template: a name and the message.
// Emits submitted(); the section saves and, on failure, shows the error here.
Dialog {
    id: editor

    property string templateId
    property string errorText

    signal submitted(string id, string name, string body)

    function edit(id: string, name: string, body: string) {
        templateId = id;
        nameField.text = name;
        bodyField.text = body;
        errorText = "";
        open();
        nameField.forceActiveFocus();
    }

    function save() {
        const name = nameField.text;
        const body = bodyField.text;
        if (name.trim().length === 0 || body.trim().length === 0) {
            errorText = qsTr("Give the message a name and write it.");
            return;
        }
        submitted(templateId, name, body);
    }

    title: templateId.length === 0 ? qsTr("New message") : qsTr("Edit message")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(Theme.dialogMaxWidth, (parent ? parent.width : Theme.dialogMaxWidth) - Theme.spacingL * 2)
    closePolicy: Popup.CloseOnEscape

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            text: qsTr("Name")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        TextField {
            id: nameField

            Layout.fillWidth: true
            maximumLength: Theme.templateNameMaxLength
            Accessible.name: qsTr("Message name")
        }
        Label {
            text: qsTr("Message")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Theme.templateBodyMinHeight

            TextArea {
                id: bodyField

                wrapMode: TextEdit.Wrap
                placeholderText: qsTr("Hi {first_name}, …")
                Accessible.name: qsTr("Message text")
                onTextChanged: {
                    if (length > Theme.templateBodyMaxLength)
                        remove(Theme.templateBodyMaxLength, length);
                }
            }
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: editor.errorText
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Item {
                Layout.fillWidth: true
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: editor.close()
            }
            Button {
                text: qsTr("Save")
                highlighted: true
                onClicked: editor.save()
            }
        }
    }
}
