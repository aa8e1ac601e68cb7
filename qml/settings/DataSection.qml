import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Dialogs
import Rebound.Backend
import Rebound.Ui

// Export everything, encrypted backups and the Daylio import, with progress.
SettingsSection {
    id: section

    required property DataController controller
    required property VaultController vault
    property bool mobile: false

    function closeOverlays() {
        backupDialog.close();
        daylioDialog.close();
    }

    // Screenshots: the backup dialog and the Daylio preview of a sample file.
    function openBackup(): bool {
        backupDialog.open();
        return backupDialog.visible;
    }

    function openDaylio(file: url): bool {
        controller.loadDaylio(file);
        if (controller.daylioFile.length > 0)
            daylioDialog.open();
        return daylioDialog.visible;
    }

    title: qsTr("Export and backup")
    iconName: "archive"

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Export everything")
        stackable: true
        description: qsTr("A folder with your journal as Markdown files, check-ins and applications as CSV, contacts as vCard, reminders as iCalendar and everything as JSON. The files are not encrypted.")

        Button {
            text: qsTr("Export…")
            enabled: !section.controller.busy
            Accessible.name: qsTr("Export everything to a folder")
            onClicked: exportFolder.open()
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Encrypted backup")
        stackable: true
        description: qsTr("One file with everything, protected by a passphrase you choose. To restore it, choose “Restore from a backup” when Rebound asks to create a vault, or use rebound-cli backup restore.")

        Button {
            text: qsTr("Back up…")
            enabled: !section.controller.busy
            Accessible.name: qsTr("Create an encrypted backup")
            onClicked: backupDialog.open()
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Import from Daylio")
        stackable: true
        description: qsTr("Daylio's CSV export: moods become check-ins, activities effort tags and notes journal entries. You see what will be imported first.")

        Button {
            text: qsTr("Choose file…")
            enabled: !section.controller.busy
            Accessible.name: qsTr("Choose a Daylio CSV export to import")
            onClicked: daylioFile.open()
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: section.controller.busy
        spacing: Theme.spacingXs

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 1
            value: section.controller.progress
            Accessible.name: section.controller.task
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: section.controller.task
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Button {
                flat: true
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel: %1").arg(section.controller.task)
                onClicked: section.controller.cancel()
            }
        }
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: section.controller.errorMessage
        dismissible: true
        onDismissed: section.controller.clearMessages()
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: section.controller.doneMessage.length > 0
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            text: section.controller.doneMessage
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textPrimary
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Item {
                Layout.fillWidth: true
            }

            Button {
                flat: true
                visible: section.controller.doneFolder.length > 0 && !section.mobile
                text: qsTr("Open folder")
                Accessible.name: qsTr("Open the folder in the file manager")
                onClicked: Qt.openUrlExternally("file://" + section.controller.doneFolder)
            }

            Button {
                flat: true
                text: qsTr("Dismiss")
                Accessible.name: qsTr("Dismiss the message")
                onClicked: section.controller.clearMessages()
            }
        }
    }

    FolderDialog {
        id: exportFolder

        title: qsTr("Export everything into…")
        onAccepted: section.controller.exportEverything(selectedFolder)
    }

    FileDialog {
        id: daylioFile

        title: qsTr("Daylio CSV export")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("CSV files (*.csv)"), qsTr("All files (*)")]
        onAccepted: section.openDaylio(selectedFile)
    }

    BackupDialog {
        id: backupDialog

        controller: section.controller
        vault: section.vault
    }

    DaylioImportDialog {
        id: daylioDialog

        controller: section.controller
    }
}
