pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The People list: search and tag filters, the "Reach out" section (contacts
// due or overdue for keep-in-touch, with quick actions) and every contact by name.
Item {
    id: root

    required property ContactListModel contacts
    required property PeopleController people
    property string selectedId
    property int contentWidth: width - Theme.spacingL * 2
    readonly property var tagChoices: contacts.tagChoices

    signal openContact(string contactId)
    signal newRequested
    signal logRequested(string contactId, string name)
    signal snoozeRequested(string contactId, int days)
    signal snoozeDayRequested(string contactId, string name)
    signal reachOutRequested(string contactId, string name, string email)

    function scrollToTop() {
        list.positionViewAtBeginning();
    }

    ColumnLayout {
        id: filters

        anchors.top: parent.top
        anchors.topMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
        width: root.contentWidth
        spacing: Theme.spacingS
        visible: root.contacts.totalCount > 0

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            TextField {
                id: search

                objectName: "contactSearch"
                Layout.fillWidth: true
                placeholderText: qsTr("Search name, company, role or e-mail")
                text: root.contacts.text
                selectByMouse: true
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Search contacts")
                onTextEdited: root.contacts.text = text
            }

            RoundButton {
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                highlighted: true
                text: qsTr("New contact")
                display: AbstractButton.IconOnly
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: text
                ToolTip.delay: Theme.durationMedium * 2
                onClicked: root.newRequested()

                contentItem: Item {
                    Icon {
                        anchors.centerIn: parent
                        name: "plus"
                        color: Theme.textOnAccent
                    }
                }
            }
        }

        Flickable {
            Layout.fillWidth: true
            implicitHeight: Theme.chipHeight
            contentWidth: chipRow.implicitWidth
            flickableDirection: Flickable.HorizontalFlick
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            Row {
                id: chipRow

                spacing: Theme.spacingXs

                Repeater {
                    model: root.tagChoices.filter(t => t.count > 0 || t.key === root.contacts.tag)

                    ToggleChip {
                        required property var modelData

                        text: qsTr("%1 (%2)").arg(modelData.label).arg(modelData.count)
                        checked: root.contacts.tag === modelData.key
                        Accessible.name: qsTr("Only %1").arg(modelData.label)
                        onClicked: root.contacts.tag = checked ? "" : modelData.key
                    }
                }
            }
        }
    }

    ContactListHeaders {
        id: headers
    }

    ListView {
        id: list

        // Read by the header (ReachOutHeader), which cannot be a bound component.
        readonly property ContactListModel contacts: root.contacts
        readonly property PeopleController people: root.people
        readonly property int columnWidth: root.contentWidth

        signal openContact(string contactId)
        signal logRequested(string contactId, string name)
        signal snoozeRequested(string contactId, int days)
        signal snoozeDayRequested(string contactId, string name)
        signal reachOutRequested(string contactId, string name, string email)

        anchors.fill: parent
        anchors.topMargin: filters.visible ? filters.y + filters.height + Theme.spacingS : 0
        visible: root.contacts.totalCount > 0
        clip: true
        model: root.contacts
        spacing: Theme.spacingXxs
        bottomMargin: Theme.spacingXl
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
        }

        // The "Reach out" section and the list's title (see ReachOutHeader).
        header: headers.header

        // The header fills in after the list is placed: keep it in view until the
        // list has been scrolled.
        Connections {
            target: list.headerItem

            function onHeightChanged() {
                if (list.contentY <= 0)
                    list.positionViewAtBeginning();
            }
        }

        delegate: ContactRow {
            x: (list.width - width) / 2
            width: root.contentWidth
            selected: contactId === root.selectedId
            onClicked: root.openContact(contactId)
        }

        onOpenContact: id => root.openContact(id)
        onLogRequested: (id, name) => root.logRequested(id, name)
        onSnoozeRequested: (id, days) => root.snoozeRequested(id, days)
        onSnoozeDayRequested: (id, name) => root.snoozeDayRequested(id, name)
        onReachOutRequested: (id, name, email) => root.reachOutRequested(id, name, email)
    }
}
