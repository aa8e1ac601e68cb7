pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Every entry, newest first, grouped by day. Tap to edit; the floating
// button writes a new one.
Item {
    id: page

    required property JournalModel journal
    readonly property DaySections daySections: DaySections {}
    readonly property int contentWidth: Math.min(width - Theme.spacingL * 2, Theme.maxContentWidth)

    // Opens the editor on the newest entry (screenshot mode and keyboard shortcuts).
    function editNewest(): bool {
        if (journal.count === 0)
            return false;
        editor.openEntry(journal.idAt(0));
        return editor.visible;
    }

    function closeOverlays() {
        editor.close();
    }

    ErrorBanner {
        id: errorBanner

        property string dismissedText

        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        width: page.contentWidth
        z: 1
        text: page.journal.errorMessage !== dismissedText ? page.journal.errorMessage : ""
        dismissible: true
        onDismissed: dismissedText = page.journal.errorMessage
    }

    ListView {
        id: list

        anchors.fill: parent
        anchors.topMargin: errorBanner.visible ? errorBanner.height + Theme.spacingS : 0
        model: page.journal
        spacing: Theme.spacingS
        bottomMargin: newButton.height + Theme.spacingXl * 2
        visible: count > 0
        reuseItems: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollBar.vertical: ScrollBar {
        }

        section.property: "day"
        section.criteria: ViewSection.FullString
        section.delegate: page.daySections.delegate

        delegate: Item {
            id: row

            required property string entryId
            required property string day
            required property int mood
            required property string preview
            required property var createdAt

            width: ListView.view.width
            implicitHeight: card.implicitHeight

            EntryCard {
                id: card

                anchors.horizontalCenter: parent.horizontalCenter
                width: page.contentWidth
                mood: row.mood
                preview: row.preview
                timeText: Dates.entryTime(row.day, row.createdAt)
                onClicked: editor.openEntry(row.entryId)
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, Theme.formMaxWidth)
        visible: list.count === 0
        iconName: "journal"
        title: qsTr("Your journal is empty")
        body: qsTr("A few honest lines a day go a long way. Nobody else can read them.")
    }

    RoundButton {
        id: newButton

        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingXl
        implicitHeight: Theme.touchTarget + Theme.spacingS
        leftPadding: Theme.spacingL
        rightPadding: Theme.spacingXl
        radius: Theme.radiusL
        highlighted: true
        text: qsTr("New entry")
        Accessible.name: text
        onClicked: editor.openNew()

        contentItem: RowLayout {
            spacing: Theme.spacingS

            Icon {
                name: "plus"
                color: Theme.onAccent
            }

            Label {
                text: newButton.text
                color: Theme.onAccent
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
            }
        }
    }

    EntryEditor {
        id: editor

        journal: page.journal
        onSaved: created => toast.show(created ? qsTr("Entry added") : qsTr("Entry saved"))
        onDeleted: toast.show(qsTr("Entry deleted"))
    }

    Toast {
        id: toast

        bottomOffset: newButton.height + Theme.spacingXl * 2
    }
}
