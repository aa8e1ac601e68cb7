pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Insights: which weekdays are planned rest, so they never break an effort streak.
SettingsSection {
    id: section

    required property InsightsController insights

    title: qsTr("Insights")
    iconName: "insights"

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("Rest days")
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightMedium
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Days off don't break your effort streak. Rest is part of the work.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Flow {
            objectName: "restDays"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            spacing: Theme.spacingS
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("Rest days")

            Repeater {
                model: section.insights.weekdays

                ToggleChip {
                    required property var modelData

                    text: modelData.shortName
                    checked: modelData.rest
                    Accessible.name: modelData.name
                    onClicked: section.insights.setRestDay(modelData.day, !modelData.rest)
                }
            }
        }
    }
}
