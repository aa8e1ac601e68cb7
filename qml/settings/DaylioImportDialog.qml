pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// What a Daylio file will add, custom moods to place on the 1–5 scale, then import.
Dialog {
    id: dialog

    required property DataController controller

    readonly property var preview: controller.daylioPreview
    readonly property int toImport: (preview.checkIns ?? 0) + (preview.journalEntries ?? 0)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.formMaxWidth + Theme.spacingXxl)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    title: qsTr("Import from Daylio")

    onClosed: controller.closeDaylio()

    // The preview's figures, one per line.
    component Figure: RowLayout {
        id: figure

        required property string label
        required property int count

        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: figure.label
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }

        Label {
            text: figure.count.toLocaleString(Qt.locale(), "f", 0)
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightBold
            color: Theme.textPrimary
        }
    }

    Flickable {
        anchors.fill: parent
        implicitHeight: content.implicitHeight
        contentHeight: content.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: content

            width: parent.width
            spacing: Theme.spacingM

            Label {
                Layout.fillWidth: true
                text: qsTr("%1: %n entries, %2.", "", dialog.preview.rows ?? 0).arg(dialog.controller.daylioFile).arg(dialog.preview.range ?? "")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Figure {
                label: qsTr("New check-ins (moods and activities)")
                count: dialog.preview.checkIns ?? 0
            }

            Figure {
                label: qsTr("New journal entries (notes)")
                count: dialog.preview.journalEntries ?? 0
            }

            Figure {
                visible: count > 0
                label: qsTr("Already imported, skipped")
                count: dialog.preview.alreadyImported ?? 0
            }

            Label {
                Layout.fillWidth: true
                visible: (dialog.preview.newEfforts ?? []).length > 0
                text: qsTr("New effort tags: %1").arg((dialog.preview.newEfforts ?? []).join(", "))
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Label {
                Layout.fillWidth: true
                visible: (dialog.preview.moods ?? []).length > 0
                text: qsTr("Your custom moods: where does each sit from 1 (awful) to 5 (rad)?")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightMedium
                color: Theme.textPrimary
            }

            Repeater {
                model: dialog.preview.moods ?? []

                RowLayout {
                    id: moodRow

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Label {
                        Layout.fillWidth: true
                        text: moodRow.modelData.name
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                    }

                    ComboBox {
                        implicitWidth: Theme.choiceWidth
                        model: [qsTr("Not set"), "1 · " + Moods.label(1), "2 · " + Moods.label(2), "3 · " + Moods.label(3), "4 · " + Moods.label(4), "5 · " + Moods.label(5)]
                        currentIndex: moodRow.modelData.level
                        Accessible.name: qsTr("Mood level for %1: %2").arg(moodRow.modelData.name).arg(displayText)
                        onActivated: index => dialog.controller.setDaylioMood(moodRow.modelData.name, index)
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: (dialog.preview.withoutMood ?? 0) > 0
                text: qsTr("%n entries have no mood level yet: they are imported without a check-in.", "", dialog.preview.withoutMood ?? 0)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.warning
            }

            Repeater {
                model: dialog.preview.warnings ?? []

                Label {
                    required property string modelData

                    Layout.fillWidth: true
                    text: modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: dialog.visible ? dialog.controller.errorMessage : ""
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel the import")
            onClicked: dialog.close()
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: dialog.toImport > 0
            text: qsTr("Import")
            Accessible.name: qsTr("Import %n records", "", dialog.toImport)
            onClicked: {
                dialog.controller.importDaylio();
                if (dialog.controller.errorMessage.length === 0)
                    dialog.close();
            }
        }
    }
}
