pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The reminders inbox: everything due now (including what came due while the
// app was closed), then what is coming in the next two weeks. A side panel on
// desktop, the whole screen on a phone. Closing it marks what was shown as seen.
Drawer {
    id: panel

    required property RemindersController reminders
    property bool wide: true

    signal openSubject(string subjectKind, string subjectId)

    edge: Qt.RightEdge
    width: wide ? Math.min(Theme.inboxPanelWidth, parent ? parent.width : Theme.inboxPanelWidth) : (parent ? parent.width : Theme.inboxPanelWidth)
    height: parent ? parent.height : 0
    modal: true
    interactive: opened

    onOpened: panel.reminders.reload()
    onClosed: panel.reminders.markAllSeen()

    background: Rectangle {
        color: Theme.background
        border.color: Theme.outline
    }

    Toast {
        id: toast

        onActionTriggered: panel.reminders.undoDismiss()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingM
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: qsTr("Reminders")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            IconButton {
                iconName: "close"
                label: qsTr("Close reminders")
                onClicked: panel.close()
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingM
            Layout.rightMargin: Theme.spacingM
            text: panel.reminders.errorMessage
        }

        ScrollView {
            id: scroller

            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: scroller.availableWidth
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.spacingM
                    Layout.rightMargin: Theme.spacingM
                    text: panel.reminders.inbox.length > 0 ? qsTr("Due now") : qsTr("Nothing is due. You are on top of things.")
                    color: Theme.textSecondary
                    font.pixelSize: panel.reminders.inbox.length > 0 ? Theme.fontCaption : Theme.fontBody
                    font.weight: panel.reminders.inbox.length > 0 ? Theme.weightBold : Theme.weightRegular
                    font.capitalization: panel.reminders.inbox.length > 0 ? Font.AllUppercase : Font.MixedCase
                    wrapMode: Text.Wrap
                }

                Repeater {
                    model: panel.reminders.inbox

                    ReminderRow {
                        required property var modelData

                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacingM
                        Layout.rightMargin: Theme.spacingM
                        reminder: modelData
                        onDoneRequested: key => {
                            if (panel.reminders.dismiss(key))
                                toast.show(qsTr("Marked as done."), qsTr("Undo"));
                        }
                        onSnoozeRequested: (key, days) => {
                            if (panel.reminders.snooze(key, days))
                                toast.show(days === 1 ? qsTr("Snoozed until tomorrow.") : qsTr("Snoozed for %n days.", "", days));
                        }
                        onOpenRequested: (kind, id) => {
                            panel.close();
                            panel.openSubject(kind, id);
                        }
                    }
                }

                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingL
                    Layout.leftMargin: Theme.spacingM
                    Layout.rightMargin: Theme.spacingM
                    visible: panel.reminders.upcoming.length > 0
                    text: qsTr("Coming up")
                    color: Theme.textSecondary
                    font.pixelSize: Theme.fontCaption
                    font.weight: Theme.weightBold
                    font.capitalization: Font.AllUppercase
                }

                Repeater {
                    model: panel.reminders.upcoming

                    ReminderRow {
                        required property var modelData

                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacingM
                        Layout.rightMargin: Theme.spacingM
                        reminder: modelData
                        due: false
                        onOpenRequested: (kind, id) => {
                            panel.close();
                            panel.openSubject(kind, id);
                        }
                    }
                }

                Item {
                    Layout.preferredHeight: Theme.spacingL
                }
            }
        }
    }
}
