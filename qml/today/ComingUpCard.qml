pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Reminders due soon (interview prep, feedback follow-ups, keep in touch...),
// overdue ones first. They are listed here; notifications come with the
// reminders engine. reminders: [{id, kind, title, note, dueKey, overdue}].
Card {
    id: card

    property var reminders: []

    signal doneRequested(string id)

    // "Overdue · 3 November", "Today", "Tomorrow" or the date.
    function dueText(dueKey: string, overdue: bool): string {
        const day = Dates.fromDayKey(dueKey);
        const ago = Dates.daysAgo(day);
        if (overdue)
            return qsTr("Overdue · %1").arg(Dates.longDate(day));
        if (ago === 0)
            return qsTr("Today");
        if (ago === -1)
            return qsTr("Tomorrow");
        return Dates.longDate(day);
    }

    padding: Theme.spacingXl
    spacing: Theme.spacingM

    Label {
        Layout.fillWidth: true
        text: qsTr("Coming up")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBodyLarge
        font.weight: Theme.weightBold
        color: Theme.textPrimary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Repeater {
        model: card.reminders

        delegate: RowLayout {
            id: row

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingM

            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.spacingXs
                implicitWidth: Theme.spacingS
                implicitHeight: implicitWidth
                radius: width / 2
                color: row.modelData.overdue ? Theme.danger : Theme.accent
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: row.modelData.title
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    text: card.dueText(row.modelData.dueKey, row.modelData.overdue) + (row.modelData.note ? " · " + row.modelData.note : "")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: row.modelData.overdue ? Theme.danger : Theme.textSecondary
                }
            }

            IconButton {
                Layout.alignment: Qt.AlignTop
                iconName: "check"
                label: qsTr("Mark done: %1").arg(row.modelData.title)
                iconColor: Theme.textSecondary
                onClicked: card.doneRequested(row.modelData.id)
            }
        }
    }
}
