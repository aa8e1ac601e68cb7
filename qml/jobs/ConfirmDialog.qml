import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// "Remove this …?" for what cannot be undone, with a destructive confirm button.
Dialog {
    id: dialog

    property string body
    property string confirmText: qsTr("Remove")
    property var payload // handed back with confirmed()

    signal confirmed(var payload)

    function ask(heading: string, text: string, value: var) {
        title = heading;
        body = text;
        payload = value;
        open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : Theme.formMaxWidth) - Theme.spacingXl * 2, Theme.formMaxWidth)
    modal: true

    contentItem: Label {
        text: dialog.body
        wrapMode: Text.Wrap
        color: Theme.textSecondary
        font.pixelSize: Theme.fontBody
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
            onClicked: dialog.reject()
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            flat: true
            text: dialog.confirmText
            Material.foreground: Theme.danger
            Accessible.name: dialog.confirmText
            onClicked: dialog.accept()
        }
    }

    onAccepted: confirmed(payload)
}
