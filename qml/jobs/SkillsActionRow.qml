import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One improvement action: kind, what, due day (marked when overdue), and its
// status as three pills (To do, Doing, Done); edit and delete beside it.
ColumnLayout {
    id: row

    required property var action          // {id, kind, kindLabel, title, status, dueText, overdue}
    required property var statuses        // [{key, label}]
    readonly property bool done: action.status === "done"

    signal statusChosen(string actionId, string status)
    signal editRequested(var action)
    signal removeRequested(string actionId)

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1: %2").arg(row.action.kindLabel).arg(row.action.title)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: row.action.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightMedium
                font.strikeout: row.done
                color: row.done ? Theme.textSecondary : Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                text: row.action.kindLabel + (row.action.dueText.length > 0 ? " · " + (row.action.overdue ? qsTr("overdue since %1").arg(row.action.dueText) : qsTr("due %1").arg(row.action.dueText)) : "")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.weight: row.action.overdue ? Theme.weightBold : Theme.weightRegular
                color: row.action.overdue ? Theme.danger : Theme.textSecondary
            }
        }

        IconButton {
            iconName: "edit"
            label: qsTr("Edit %1").arg(row.action.title)
            iconColor: Theme.textSecondary
            onClicked: row.editRequested(row.action)
        }

        IconButton {
            iconName: "trash"
            label: qsTr("Delete %1").arg(row.action.title)
            iconColor: Theme.textSecondary
            onClicked: row.removeRequested(row.action.id)
        }
    }

    SegmentedChoice {
        label: qsTr("Status of %1").arg(row.action.title)
        value: Math.max(0, row.statuses.findIndex(s => s.key === row.action.status))
        model: row.statuses.map((s, i) => ({
                    "value": i,
                    "text": s.label
                }))
        onActivated: value => row.statusChosen(row.action.id, row.statuses[value].key)
    }
}
