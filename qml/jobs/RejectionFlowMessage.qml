pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// An editable message (feedback request, thank-you) with who it goes to and
// three ways to send it: Copy, Share (a copy on computers: paste it where you
// write to them) and E-mail (opens your mail app with the message filled in).
ColumnLayout {
    id: root

    required property string label
    property string initialText
    property string subject
    property var people: []          // [{id, name, email, roleLabel}]
    readonly property alias text: area.text
    readonly property var withEmail: people.filter(p => String(p.email).length > 0)
    readonly property string email: withEmail.length > 0 ? withEmail[Math.max(0, recipient.currentIndex)].email : ""

    signal edited(string text)
    signal copyRequested(string text)
    signal shareRequested(string text)
    signal mailRequested(string email, string subject, string body)

    function reset(text: string) {
        area.text = text;
    }

    onInitialTextChanged: {
        if (!area.activeFocus && area.text !== initialText)
            area.text = initialText;
    }
    Component.onCompleted: area.text = initialText

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        visible: root.withEmail.length > 0
        spacing: Theme.spacingS

        Label {
            text: qsTr("To")
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightMedium
            color: Theme.textSecondary
        }

        ComboBox {
            id: recipient

            Layout.fillWidth: true
            model: root.withEmail.map(p => p.roleLabel ? qsTr("%1 (%2)").arg(p.name).arg(p.roleLabel) : p.name)
            Accessible.name: qsTr("Send to")
        }
    }

    Label {
        Layout.fillWidth: true
        text: root.label
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightMedium
        color: Theme.textSecondary
    }

    TextArea {
        id: area

        Layout.fillWidth: true
        Layout.minimumHeight: Theme.messageMinHeight
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        textFormat: TextEdit.PlainText
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        onTextChanged: {
            if (activeFocus)
                root.edited(text);
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingXs

        Button {
            flat: true
            text: qsTr("Copy")
            Accessible.name: qsTr("Copy the message")
            onClicked: root.copyRequested(area.text)
        }

        Button {
            flat: true
            text: qsTr("Share")
            Accessible.name: qsTr("Share the message (copies it on this device)")
            onClicked: root.shareRequested(area.text)
        }

        Button {
            flat: true
            text: root.email.length > 0 ? qsTr("E-mail") : qsTr("E-mail…")
            Accessible.name: root.email.length > 0 ? qsTr("Write an e-mail to %1").arg(root.email) : qsTr("Write an e-mail (add the address in your mail app)")
            onClicked: root.mailRequested(root.email, root.subject, area.text)
        }
    }
}
