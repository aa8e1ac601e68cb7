pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// Reading view for one entry: date, mood, feelings and tags, and the body
// rendered from Markdown. Edit and Delete are requested from the page.
Rectangle {
    id: view

    required property JournalModel journal
    property string entryId
    property bool showBack: true
    property var entry: ({})
    readonly property bool hasEntry: entry["id"] !== undefined
    readonly property var date: hasEntry ? Dates.atNoon(entry["date"]) : Dates.today()
    readonly property int mood: hasEntry ? entry["mood"] : 0
    readonly property var feelings: hasEntry ? entry["emotionNames"] : []
    readonly property var tags: hasEntry ? entry["tags"] : []

    signal backRequested
    signal editRequested(string id)
    signal deleteRequested(string id)

    function reload() {
        entry = entryId.length > 0 ? Object.assign({}, journal.entry(entryId)) : {};
    }

    color: Theme.background
    onEntryIdChanged: {
        reload();
        scroller.contentY = 0;
    }

    Accessible.role: Accessible.Pane
    Accessible.name: hasEntry ? qsTr("Journal entry, %1").arg(Dates.longDate(date)) : qsTr("Journal entry")

    // Edits, deletes and undos elsewhere show up here at once.
    Component.onCompleted: view.journal.dataWritten.connect(view.reload)

    // Toolbar: back (phone), then the actions.
    RowLayout {
        id: toolbar

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        height: Theme.headerHeight
        spacing: Theme.spacingXs

        IconButton {
            visible: view.showBack
            iconName: "back"
            label: qsTr("Back to the journal")
            onClicked: view.backRequested()
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            visible: view.hasEntry
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete entry")
            onClicked: view.deleteRequested(view.entryId)
        }

        Button {
            id: editButton

            visible: view.hasEntry
            highlighted: true
            text: qsTr("Edit")
            Accessible.name: qsTr("Edit entry")
            onClicked: view.editRequested(view.entryId)
        }
    }

    Rectangle {
        anchors.top: toolbar.bottom
        width: parent.width
        height: Theme.hairline
        color: Theme.outline
        visible: scroller.contentY > 0
    }

    ScrollPage {
        id: scroller

        anchors.fill: parent
        anchors.topMargin: toolbar.height
        maxContentWidth: Theme.readingMaxWidth
        sideMargin: Theme.spacingXl
        topMargin: Theme.spacingS
        bottomMargin: Theme.spacingHuge
        spacing: Theme.spacingM
        visible: view.hasEntry

        Label {
            Layout.fillWidth: true
            text: Dates.relativeDay(view.date) === Dates.longDate(view.date) ? Dates.longDate(view.date) : qsTr("%1 · %2").arg(Dates.relativeDay(view.date)).arg(Dates.longDate(view.date))
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            MoodChip {
                visible: view.mood > 0
                mood: view.mood
                implicitHeight: Theme.chipHeight - Theme.spacingXs
            }

            Label {
                height: Theme.chipHeight - Theme.spacingXs
                verticalAlignment: Text.AlignVCenter
                visible: view.hasEntry && view.entry["createdAt"] !== undefined && Dates.entryTime(Dates.dayKey(view.date), view.entry["createdAt"]).length > 0
                text: view.hasEntry ? qsTr("Written at %1").arg(Dates.entryTime(Dates.dayKey(view.date), view.entry["createdAt"])) : ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Label {
                height: Theme.chipHeight - Theme.spacingXs
                verticalAlignment: Text.AlignVCenter
                visible: view.hasEntry && String(view.entry["checkInId"] ?? "").length > 0
                text: qsTr("From a check-in")
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: view.feelings.length > 0 || view.tags.length > 0
            spacing: Theme.spacingXs

            Repeater {
                model: view.feelings

                TagChip {
                    required property string modelData

                    text: modelData
                    iconName: "heart"
                    Accessible.name: qsTr("Feeling: %1").arg(modelData)
                }
            }

            Repeater {
                model: view.tags

                TagChip {
                    required property string modelData

                    text: modelData
                    Accessible.name: qsTr("Tag: %1").arg(modelData)
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            implicitHeight: Theme.hairline
            color: Theme.outline
        }

        TextEdit {
            id: body

            Layout.fillWidth: true
            visible: text.length > 0
            text: view.hasEntry ? view.entry["displayBody"] : ""
            textFormat: TextEdit.MarkdownText
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: Theme.textPrimary
            selectionColor: Theme.accentSoft
            selectedTextColor: Theme.textPrimary
            font.pixelSize: Theme.fontBodyLarge
            Accessible.role: Accessible.StaticText
            Accessible.name: view.hasEntry ? view.entry["body"] : ""
        }

        Label {
            Layout.fillWidth: true
            visible: view.hasEntry && body.text.length === 0
            text: qsTr("Mood only, no words.")
            font.pixelSize: Theme.fontBody
            font.italic: true
            color: Theme.textSecondary
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, Theme.formMaxWidth)
        visible: !view.hasEntry
        iconName: "journal"
        title: view.entryId.length > 0 ? qsTr("This entry is gone") : qsTr("Pick an entry to read it")
        body: view.entryId.length > 0 ? qsTr("It may have been deleted.") : qsTr("Entries open here, with their Markdown formatting.")
    }
}
