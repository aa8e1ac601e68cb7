import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The People list's header: errors, the "Reach out" section (contacts due for
// keep-in-touch, with their quick actions) and the title of the list below.
// Created through ContactListHeaders (Qt 6.4 cannot create bound header
// delegates), so it reads the list it heads from its parent chain: header →
// the list's content item → the list.
Item {
    id: root

    readonly property var list: parent ? parent.parent : null

    width: root.list ? root.list.width : 0
    height: headerColumn.implicitHeight + Theme.spacingS

    ColumnLayout {
        id: headerColumn

        x: (parent.width - width) / 2
        width: root.list ? root.list.columnWidth : 0
        spacing: Theme.spacingS

        ErrorBanner {
            Layout.fillWidth: true
            text: root.list.people.errorMessage || root.list.contacts.errorMessage
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            visible: root.list.people.dueCount > 0 && !root.list.contacts.filtering
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: qsTr("Reach out")
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: qsTr("Reach out: %1 due").arg(root.list.people.dueCount)
            }

            Label {
                text: root.list.people.dueCount === 1 ? qsTr("1 due") : qsTr("%1 due").arg(root.list.people.dueCount)
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        Repeater {
            model: root.list.contacts.filtering ? [] : root.list.people.due

            ReachOutCard {
                required property var modelData

                Layout.fillWidth: true
                item: modelData
                onOpenRequested: id => root.list.openContact(id)
                onLogRequested: (id, name) => root.list.logRequested(id, name)
                onSnoozeRequested: (id, days) => root.list.snoozeRequested(id, days)
                onSnoozeDayRequested: (id, name) => root.list.snoozeDayRequested(id, name)
                onReachOutRequested: (id, name, email) => root.list.reachOutRequested(id, name, email)
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            text: root.list.contacts.filtering ? (root.list.contacts.count === 1 ? qsTr("1 contact matches") : qsTr("%1 contacts match").arg(root.list.contacts.count)) : qsTr("Everyone (%1)").arg(root.list.contacts.totalCount)
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            visible: root.list.contacts.filtering && root.list.contacts.count === 0
            text: qsTr("Nobody matches. Try other words, or clear the filters.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }
}
