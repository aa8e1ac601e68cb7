pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The desktop shortcuts AppShell defines, so they can be found.
SettingsSection {
    id: section

    title: qsTr("Keyboard")
    iconName: "keyboard"

    Repeater {
        model: [{
                "keys": "Ctrl+N",
                "action": qsTr("New journal entry")
            }, {
                "keys": "Ctrl+F",
                "action": qsTr("Search the journal")
            }, {
                "keys": "Ctrl+T",
                "action": qsTr("Check in today")
            }, {
                "keys": "Ctrl+1 … Ctrl+6",
                "action": qsTr("Go to Today, Journal, Jobs, People, Goals or Insights")
            }, {
                "keys": "Ctrl+,",
                "action": qsTr("Settings")
            }, {
                "keys": "Ctrl+L",
                "action": qsTr("Lock the vault")
            }, {
                "keys": "Tab",
                "action": qsTr("Move between controls; Space or Enter activates")
            }]

        RowLayout {
            id: shortcutRow

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingL
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.action + ": " + modelData.keys

            Label {
                Layout.preferredWidth: Theme.shortcutKeysWidth
                Layout.alignment: Qt.AlignTop
                text: shortcutRow.modelData.keys
                font.pixelSize: Theme.fontSmall
                font.family: "monospace"
                color: Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                text: shortcutRow.modelData.action
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
    }
}
