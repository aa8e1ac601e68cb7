pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One reminder in the inbox: what kind, what to do, when, and its actions.
// Due ones offer Done and Snooze; every one can open what it is about.
Rectangle {
    id: row

    required property var reminder // a RemindersController map
    property bool due: true

    signal openRequested(string subjectKind, string subjectId)
    signal doneRequested(string key)
    signal snoozeRequested(string key, int days)

    implicitHeight: content.implicitHeight + Theme.spacingM * 2
    radius: Theme.radiusM
    color: row.due && !row.reminder.seen ? Theme.accentSoft : Theme.surface
    border.color: Theme.outline
    border.width: 1

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1: %2, %3").arg(row.reminder.kindLabel).arg(row.reminder.title).arg(row.reminder.whenText)

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: row.reminder.kindLabel
                color: Theme.accent
                font.pixelSize: Theme.fontCaption
                font.weight: Theme.weightBold
                font.capitalization: Font.AllUppercase
                font.letterSpacing: Theme.letterSpacingCaps
                elide: Text.ElideRight
            }
            Label {
                text: row.reminder.whenText
                color: Theme.textSecondary
                font.pixelSize: Theme.fontCaption
            }
        }

        Label {
            Layout.fillWidth: true
            text: row.reminder.title
            color: Theme.textPrimary
            font.pixelSize: Theme.fontBody
            font.weight: row.due && !row.reminder.seen ? Theme.weightBold : Theme.weightMedium
            wrapMode: Text.Wrap
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.reminder.detail
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }

        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            spacing: Theme.spacingS

            Button {
                visible: row.due
                text: qsTr("Done")
                flat: true
                Accessible.name: qsTr("Done: %1").arg(row.reminder.title)
                onClicked: row.doneRequested(row.reminder.key)
            }
            Button {
                id: snoozeButton

                // A daily nudge is tomorrow's anyway: nothing to snooze.
                visible: row.due && row.reminder.kind !== "check_in"
                text: qsTr("Snooze")
                flat: true
                Accessible.name: qsTr("Snooze: %1").arg(row.reminder.title)
                onClicked: snoozeMenu.open()

                Menu {
                    id: snoozeMenu

                    y: snoozeButton.height

                    Repeater {
                        model: Theme.snoozeChoices

                        MenuItem {
                            id: choice

                            required property int modelData

                            text: choice.modelData === 1 ? qsTr("Until tomorrow") : qsTr("For %n days", "", choice.modelData)
                            onTriggered: row.snoozeRequested(row.reminder.key, choice.modelData)
                        }
                    }
                }
            }
            Button {
                visible: row.reminder.subjectKind.length > 0
                text: qsTr("Open")
                flat: true
                Accessible.name: qsTr("Open: %1").arg(row.reminder.title)
                onClicked: row.openRequested(row.reminder.subjectKind, row.reminder.subjectId)
            }
        }
    }
}
