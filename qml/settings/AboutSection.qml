pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Version, platform, where the vault lives, how it is protected and what it is built with.
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

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        text: qsTr("Built with")
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightMedium
        color: Theme.textSecondary
    }

    // The libraries in the program and their licences (their texts ship with each
    // library's package: /usr/share/doc/<package>/copyright on Debian).
    Repeater {
        model: [["Qt 6", "LGPL-3.0-only"], ["SQLCipher", "BSD-3-Clause"], ["SQLite", qsTr("public domain")], ["libsodium", "ISC"], ["QtKeychain", "BSD-3-Clause"], ["zlib", "Zlib"]]

        RowLayout {
            id: library

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingL
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1, licence %2").arg(modelData[0]).arg(modelData[1])

            Label {
                Layout.fillWidth: true
                text: library.modelData[0]
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
            }

            Label {
                text: library.modelData[1]
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
    }
}
