import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// A labelled password field with a show/hide toggle.
ColumnLayout {
    id: root

    required property string label
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias field: field
    property bool revealed: false
    property bool hasError: false

    signal accepted
    signal edited

    function clear() {
        field.clear();
        revealed = false;
    }

    function focusField() {
        field.forceActiveFocus();
    }

    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        text: root.label
        color: Theme.textSecondary
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightMedium
        wrapMode: Text.Wrap
    }

    TextField {
        id: field

        Layout.fillWidth: true
        echoMode: root.revealed ? TextInput.Normal : TextInput.Password
        passwordMaskDelay: 0
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhHiddenText
        rightPadding: toggle.width + Theme.spacingXs
        selectByMouse: true
        font.pixelSize: Theme.fontBodyLarge
        color: Theme.textPrimary
        Material.accent: root.hasError ? Theme.danger : Theme.accent

        Accessible.role: Accessible.EditableText
        Accessible.name: root.label
        Accessible.passwordEdit: !root.revealed

        onAccepted: root.accepted()
        onTextEdited: root.edited()

        IconButton {
            id: toggle

            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            iconName: root.revealed ? "eye-off" : "eye"
            iconColor: Theme.textSecondary
            label: root.revealed ? qsTr("Hide passphrase") : qsTr("Show passphrase")
            focusPolicy: Qt.NoFocus
            onClicked: root.revealed = !root.revealed
        }
    }
}
