pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// An optional reminder day: a check box to turn it on, the day with a step
// back and forth, and a few quick choices ("In 1 week"). `day` is "yyyy-MM-dd";
// `value` is `day` when checked and "" when not (no reminder). Also used for
// the due days of skills-plan actions.
ColumnLayout {
    id: root

    required property string label     // "Remind me to follow up"
    property string day: Dates.dayKey(Dates.addDays(Dates.today(), 7))
    property bool checked: true
    property bool checkable: true
    property var presets: []           // days from today, e.g. [7, 14]
    readonly property string value: checked ? day : ""

    function presetLabel(days: int): string {
        if (days === 365)
            return qsTr("In a year");
        if (days % 30 === 0)
            return days === 30 ? qsTr("In a month") : qsTr("In %1 months").arg(days / 30);
        if (days % 7 === 0)
            return days === 7 ? qsTr("In a week") : qsTr("In %1 weeks").arg(days / 7);
        return days === 1 ? qsTr("Tomorrow") : qsTr("In %1 days").arg(days);
    }

    function step(days: int) {
        const next = Dates.addDays(Dates.fromDayKey(root.day), days);
        if (Dates.daysAgo(next) <= 0) // reminders are for days ahead
            root.day = Dates.dayKey(next);
    }

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Grouping
    Accessible.name: root.checked ? qsTr("%1: %2").arg(root.label).arg(Dates.longDate(Dates.fromDayKey(root.day))) : root.label

    CheckBox {
        id: box

        Layout.fillWidth: true
        visible: root.checkable
        checked: root.checked
        text: root.label
        Accessible.name: root.label
        onToggled: root.checked = checked
    }

    Label {
        Layout.fillWidth: true
        visible: !root.checkable
        text: root.label
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightMedium
        color: Theme.textSecondary
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: root.checkable ? Theme.spacingXl : 0
        visible: root.checked
        spacing: Theme.spacingXxs

        IconButton {
            iconName: "chevron-left"
            label: qsTr("One day earlier")
            enabled: Dates.daysAgo(Dates.fromDayKey(root.day)) < 0
            onClicked: root.step(-1)
        }

        Icon {
            name: "calendar"
            color: Theme.textSecondary
            size: Theme.iconSizeSmall
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingXs
            text: Dates.longDate(Dates.fromDayKey(root.day))
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightMedium
            color: Theme.textPrimary
        }

        IconButton {
            iconName: "chevron-right"
            label: qsTr("One day later")
            onClicked: root.step(1)
        }
    }

    Flow {
        Layout.fillWidth: true
        Layout.leftMargin: root.checkable ? Theme.spacingXl : 0
        visible: root.checked && root.presets.length > 0
        spacing: Theme.spacingXs

        Repeater {
            model: root.presets

            ToggleChip {
                required property int modelData
                readonly property string presetDay: Dates.dayKey(Dates.addDays(Dates.today(), modelData))

                checked: root.day === presetDay
                text: root.presetLabel(modelData)
                onClicked: root.day = presetDay
            }
        }
    }
}
