import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The daily check-in nudge: on/off and a time. The reminders engine turns it
// into a notification on days without a check-in.
SettingsSection {
    id: section

    required property SettingsController settings

    title: qsTr("Check-in")
    iconName: "clock"

    // Editing the picker replaces its bindings; keep it in step with what was stored.
    Connections {
        target: section.settings

        function onCheckInNudgeChanged() {
            picker.hour = section.settings.checkInNudgeHour;
            picker.minute = section.settings.checkInNudgeMinute;
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Daily nudge")
        description: qsTr("A gentle reminder to check in once a day.")

        Switch {
            checked: section.settings.checkInNudgeEnabled
            Accessible.name: qsTr("Daily check-in nudge")
            onToggled: section.settings.setCheckInNudge(checked, picker.hour, picker.minute)
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Time")
        stackable: true
        description: section.settings.checkInNudgeEnabled ? qsTr("Every day at %1.").arg(section.settings.checkInNudgeText) : qsTr("Turn the nudge on to choose a time.")

        TimePicker {
            id: picker

            enabled: section.settings.checkInNudgeEnabled
            label: qsTr("Nudge time")
            hour: section.settings.checkInNudgeHour
            minute: section.settings.checkInNudgeMinute
            onEdited: (hour, minute) => section.settings.setCheckInNudge(true, hour, minute)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            name: "info"
            color: Theme.textSecondary
            size: Theme.iconSizeSmall
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("The nudge comes as a notification, only on days you have not checked in yet.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
}
