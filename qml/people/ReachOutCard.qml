import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A contact due for keep-in-touch: how overdue, when you last talked, the
// cadence, and the quick actions Log, Snooze and Reach out. Tap the name to open.
Rectangle {
    id: card

    required property var item // PeopleController.due[i]

    signal openRequested(string contactId)
    signal logRequested(string contactId, string name)
    signal snoozeRequested(string contactId, int days)
    signal snoozeDayRequested(string contactId, string name)
    signal reachOutRequested(string contactId, string name, string email)

    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    radius: Theme.radiusL
    color: Theme.surface
    border.width: Theme.hairline
    border.color: Theme.outline

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1, %2").arg(item.name).arg(item.dueText)

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        ItemDelegate {
            id: head

            Layout.fillWidth: true
            padding: 0
            Accessible.name: qsTr("Open %1").arg(card.item.name)
            onClicked: card.openRequested(card.item.contactId)

            background: Item {
            }

            contentItem: RowLayout {
                spacing: Theme.spacingM

                ContactAvatar {
                    initials: card.item.initials
                    due: true
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXxs

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        Label {
                            Layout.fillWidth: true
                            text: card.item.name
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.weight: Theme.weightBold
                            color: Theme.textPrimary
                        }

                        Label {
                            text: card.item.dueText
                            font.pixelSize: Theme.fontCaption
                            font.weight: Theme.weightMedium
                            color: card.item.overdueDays > 0 ? Theme.danger : Theme.accent
                        }
                    }

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Last contacted %1 · %2").arg(card.item.lastContactedText).arg(card.item.cadenceText)
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Button {
                flat: true
                text: qsTr("Log")
                Accessible.name: qsTr("Log an interaction with %1").arg(card.item.name)
                onClicked: card.logRequested(card.item.contactId, card.item.name)
            }

            Button {
                id: snoozeButton

                flat: true
                text: qsTr("Snooze")
                Accessible.name: qsTr("Snooze the reminder for %1").arg(card.item.name)
                onClicked: snoozeMenu.popup(snoozeButton, 0, snoozeButton.height)

                Menu {
                    id: snoozeMenu

                    MenuItem {
                        text: qsTr("1 week")
                        Accessible.name: qsTr("Snooze for 1 week")
                        onTriggered: card.snoozeRequested(card.item.contactId, Theme.snoozePresets[0])
                    }

                    MenuItem {
                        text: qsTr("2 weeks")
                        Accessible.name: qsTr("Snooze for 2 weeks")
                        onTriggered: card.snoozeRequested(card.item.contactId, Theme.snoozePresets[1])
                    }

                    MenuItem {
                        text: qsTr("Pick a day…")
                        Accessible.name: qsTr("Snooze until a day you pick")
                        onTriggered: card.snoozeDayRequested(card.item.contactId, card.item.name)
                    }
                }
            }

            Item {
                Layout.fillWidth: true
            }

            Button {
                highlighted: true
                text: qsTr("Reach out")
                Accessible.name: qsTr("Write to %1").arg(card.item.name)
                onClicked: card.reachOutRequested(card.item.contactId, card.item.name, card.item.email)
            }
        }
    }
}
