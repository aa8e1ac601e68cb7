import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// How the rejection flow plans ahead: the days it proposes for its reminders
// (always editable in the flow) and when several rejections suggest a goal review.
SettingsSection {
    id: section

    required property SettingsController settings

    function days(value: int): string {
        return value === 1 ? qsTr("1 day") : qsTr("%1 days").arg(value);
    }

    title: qsTr("Job search")
    iconName: "jobs"

    Label {
        Layout.fillWidth: true
        text: qsTr("After a rejection, Rebound proposes these reminders. You can change each day in the flow itself.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Follow up on feedback after")
        description: qsTr("If nothing comes back, a friendly nudge.")

        SpinBox {
            from: 1
            to: section.settings.rejectionMaxDays
            value: section.settings.followUpDays
            editable: true
            textFromValue: (value, locale) => section.days(value)
            valueFromText: (text, locale) => parseInt(text) || 1
            Accessible.name: qsTr("Days before following up on feedback")
            onValueModified: section.settings.followUpDays = value
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Keep in touch after")
        description: qsTr("With the recruiter and interviewers.")

        SpinBox {
            from: 1
            to: section.settings.rejectionMaxDays
            value: section.settings.keepInTouchDays
            editable: true
            textFromValue: (value, locale) => section.days(value)
            valueFromText: (text, locale) => parseInt(text) || 1
            Accessible.name: qsTr("Days before keeping in touch")
            onValueModified: section.settings.keepInTouchDays = value
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Look at the company again after")
        description: qsTr("A reminder to consider re-applying.")

        SpinBox {
            from: 1
            to: section.settings.rejectionMaxDays
            value: section.settings.reapplyDays
            editable: true
            textFromValue: (value, locale) => section.days(value)
            valueFromText: (text, locale) => parseInt(text) || 1
            Accessible.name: qsTr("Days before looking at the company again")
            onValueModified: section.settings.reapplyDays = value
        }
    }

    SettingRow {
        Layout.fillWidth: true
        title: qsTr("Suggest a goal review after")
        description: qsTr("Several rejections close together can be a signal to step back and re-check your goals: %1 within %2.").arg(section.settings.reviewCount === 1 ? qsTr("one rejection") : qsTr("%1 rejections").arg(section.settings.reviewCount)).arg(section.days(section.settings.reviewWindowDays))
        stackable: true

        RowLayout {
            spacing: Theme.spacingS

            SpinBox {
                from: 1
                to: Theme.reviewCountMax
                value: section.settings.reviewCount
                editable: true
                Accessible.name: qsTr("Rejections that suggest a goal review")
                onValueModified: section.settings.reviewCount = value
            }

            Label {
                text: qsTr("within")
                color: Theme.textSecondary
            }

            SpinBox {
                from: 1
                to: section.settings.rejectionMaxDays
                value: section.settings.reviewWindowDays
                editable: true
                textFromValue: (value, locale) => section.days(value)
                valueFromText: (text, locale) => parseInt(text) || 1
                Accessible.name: qsTr("Days in which those rejections count")
                onValueModified: section.settings.reviewWindowDays = value
            }
        }
    }
}
