import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// "Delete this entry?" with a destructive confirm button.
Dialog {
    id: dialog

    signal confirmed

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min((parent ? parent.width : Theme.formMaxWidth) - Theme.spacingXl * 2, Theme.formMaxWidth)
    modal: true
    title: qsTr("Delete this entry?")

    contentItem: Label {
        text: qsTr("It will be removed from this device.")
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
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete entry")
            onClicked: dialog.accept()
        }
    }

    onAccepted: confirmed()
}
