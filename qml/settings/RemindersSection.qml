pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// When reminders fire and what they say: the time of day, notification privacy,
// firing while the app is closed, keep-in-touch defaults per tag and the
// outreach message templates.
SettingsSection {
    id: section

    required property RemindersController reminders

    title: qsTr("Reminders")
    iconName: "bell"

    function hourOf(time: string): int {
        return parseInt(time.split(":")[0]);
    }
    function minuteOf(time: string): int {
        return parseInt(time.split(":")[1]);
    }
    function pad(n: int): string {
        return n < 10 ? "0" + n : String(n);
    }

    Connections {
        target: section.reminders

        function onSettingsChanged() {
            picker.hour = section.hourOf(section.reminders.reminderTime);
            picker.minute = section.minuteOf(section.reminders.reminderTime);
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Time of day")
        stackable: true
        description: qsTr("Keep-in-touch, follow-up and review reminders fire at %1 on their day.").arg(section.reminders.reminderTime)

        TimePicker {
            id: picker

            label: qsTr("Reminder time")
            hour: section.hourOf(section.reminders.reminderTime)
            minute: section.minuteOf(section.reminders.reminderTime)
            onEdited: (hour, minute) => section.reminders.reminderTime = section.pad(hour) + ":" + section.pad(minute)
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Names in notifications")
        description: section.reminders.notificationDetails ? qsTr("Notifications say who or what, e.g. “Keep in touch with Maya”. They can show on a lock screen.") : qsTr("Notifications only say how many reminders are due, so nothing private shows on a lock screen.")

        Switch {
            checked: section.reminders.notificationDetails
            Accessible.name: qsTr("Show names in notifications")
            onToggled: section.reminders.notificationDetails = checked
        }
    }

    SettingRow {
        Layout.fillWidth: true
        visible: section.reminders.backgroundSupported
        title: qsTr("While Rebound is closed")
        description: qsTr("A small timer checks every 15 minutes. It needs “Remember on this device” to read your reminders.")

        Switch {
            checked: section.reminders.backgroundEnabled
            Accessible.name: qsTr("Reminders while Rebound is closed")
            onToggled: {
                section.reminders.setBackgroundEnabled(checked);
                checked = Qt.binding(() => section.reminders.backgroundEnabled);
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            name: section.reminders.notificationsAvailable ? "info" : "alert"
            color: section.reminders.notificationsAvailable ? Theme.textSecondary : Theme.warning
            size: Theme.iconSizeSmall
        }
        Label {
            Layout.fillWidth: true
            text: section.reminders.notificationsStatus
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: section.reminders.errorMessage
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingM
        text: qsTr("Keep in touch, by tag")
        font.pixelSize: Theme.fontBody
        font.weight: Theme.weightBold
        color: Theme.textPrimary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("How often to reach out to people with this tag, in days (0 = never). A contact can have its own.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    GridLayout {
        Layout.fillWidth: true
        columns: section.width < Theme.compactBreakpoint ? 1 : 2
        columnSpacing: Theme.spacingXl
        rowSpacing: Theme.spacingXs

        Repeater {
            model: section.reminders.tagCadences

            RowLayout {
                id: cadenceRow

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    text: cadenceRow.modelData.label
                    color: Theme.textPrimary
                    elide: Text.ElideRight
                }
                SpinBox {
                    id: daysBox

                    from: 0
                    to: Theme.cadenceMaxDays
                    editable: true
                    value: cadenceRow.modelData.days
                    Accessible.name: qsTr("Days between contacts for %1").arg(cadenceRow.modelData.label)
                    // Saved once the value rests: saving rebuilds the rows.
                    onValueModified: saveTimer.restart()

                    Timer {
                        id: saveTimer

                        interval: Theme.durationSlow
                        onTriggered: section.reminders.setTagCadence(cadenceRow.modelData.tag, daysBox.value)
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingM
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("Messages for reaching out")
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Button {
            text: qsTr("New message")
            flat: true
            Accessible.name: qsTr("New outreach message")
            onClicked: templateEditor.edit("", "", "")
        }
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Placeholders: {first_name}, {name} and {company} are filled in for each contact.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    Repeater {
        model: section.reminders.templates

        RowLayout {
            id: templateRow

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingS

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXxs

                Label {
                    Layout.fillWidth: true
                    text: templateRow.modelData.name
                    color: Theme.textPrimary
                    font.weight: Theme.weightMedium
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: templateRow.modelData.body.replace(/\n+/g, " ")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            IconButton {
                iconName: "edit"
                label: qsTr("Edit %1").arg(templateRow.modelData.name)
                onClicked: templateEditor.edit(templateRow.modelData.id, templateRow.modelData.name, templateRow.modelData.body)
            }
            IconButton {
                iconName: "trash"
                label: qsTr("Delete %1").arg(templateRow.modelData.name)
                onClicked: {
                    if (section.reminders.removeTemplate(templateRow.modelData.id))
                        toast.show(qsTr("Message deleted."), qsTr("Undo"));
                }
            }
        }
    }

    Toast {
        id: toast

        onActionTriggered: section.reminders.undoRemoveTemplate()
    }

    OutreachTemplateEditor {
        id: templateEditor

        onSubmitted: (id, name, body) => {
            if (section.reminders.saveTemplate(id, name, body).length > 0)
                templateEditor.close();
            else
                templateEditor.errorText = section.reminders.errorMessage;
        }
    }
}
