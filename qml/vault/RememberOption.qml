import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// "Remember on this device" with a plain explanation underneath.
ColumnLayout {
    id: root

    property alias checked: box.checked

    spacing: 0

    CheckBox {
        id: box

        Layout.fillWidth: true
        Layout.leftMargin: -Theme.spacingS
        text: qsTr("Remember on this device")
        Accessible.name: text
        Accessible.description: explanation.text
    }

    Label {
        id: explanation

        Layout.fillWidth: true
        Layout.leftMargin: box.indicator.width + box.spacing - Theme.spacingS + box.leftPadding
        text: qsTr("Keeps the key in your system keyring so Rebound opens without typing. Your passphrase still works.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
}
