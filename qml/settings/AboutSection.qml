pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Version, platform, where the vault lives and how it is protected.
SettingsSection {
    id: section

    required property AppContext app

    title: qsTr("About")
    iconName: "info"

    Repeater {
        model: [{
                "name": qsTr("Version"),
                "value": section.app.version
            }, {
                "name": qsTr("Platform"),
                "value": section.app.platformName
            }, {
                "name": qsTr("Vault location"),
                "value": section.app.vault.vaultPath
            }]

        ColumnLayout {
            id: aboutRow

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: aboutRow.modelData.name
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Label {
                Layout.fillWidth: true
                text: aboutRow.modelData.value
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                textFormat: Text.PlainText
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            name: "shield"
            color: Theme.success
            size: Theme.iconSizeSmall + Theme.spacingXxs
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Your data is encrypted on this device with SQLCipher; keys are derived from your passphrase with Argon2id.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
}
