pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The newest few journal entries. Rows have a fixed height (two preview
// lines) so the list only ever creates the rows it shows.
ColumnLayout {
    id: root

    required property JournalModel journal

    signal openEntry(string id)
    signal seeAll

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: qsTr("Recent entries")
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Button {
            visible: root.journal.count > 0
            flat: true
            text: qsTr("See all")
            Accessible.name: qsTr("See all journal entries")
            onClicked: root.seeAll()
        }
    }

    Label {
        Layout.fillWidth: true
        visible: root.journal.count === 0
        text: qsTr("Nothing yet. Your check-ins will appear here.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }

    // Invisible template that measures one row with two preview lines.
    EntryCard {
        id: template

        Layout.fillWidth: true
        Layout.maximumHeight: 0
        visible: false
        mood: Moods.count
        preview: "\n"
        timeText: "00:00"
        previewLines: Theme.recentPreviewLines
    }

    ListView {
        id: list

        readonly property int shown: Math.min(count, Theme.recentEntryCount)

        Layout.fillWidth: true
        implicitHeight: shown > 0 ? shown * template.implicitHeight + (shown - 1) * spacing : 0
        model: root.journal
        interactive: false
        spacing: Theme.spacingS
        cacheBuffer: 0
        clip: true

        delegate: EntryCard {
            required property string entryId
            required property string day
            required mood
            required preview
            required property var createdAt
            readonly property string writtenAt: Dates.entryTime(day, createdAt)

            width: ListView.view.width
            height: template.implicitHeight
            previewLines: Theme.recentPreviewLines
            timeText: Dates.relativeDay(Dates.fromDayKey(day)) + (writtenAt ? " · " + writtenAt : "")
            onClicked: root.openEntry(entryId)
        }
    }
}
