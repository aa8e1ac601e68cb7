import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Greeting, a quick mood check-in and the latest entries.
ScrollPage {
    id: page

    required property AppContext app
    property date now: new Date()

    signal openJournal

    // Keeps the greeting and date current if the app stays open.
    Timer {
        interval: Theme.clockTick
        running: page.visible
        repeat: true
        onTriggered: page.now = new Date()
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXxs

        Label {
            Layout.fillWidth: true
            text: Dates.greeting(page.now.getHours())
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontDisplay
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            text: Dates.longDate(page.now)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }
    }

    CheckInCard {
        id: checkIn

        Layout.fillWidth: true
        onSaveRequested: (mood, text) => {
            if (page.app.journal.addEntry(Dates.today(), mood, text).length > 0) {
                checkIn.reset();
                toast.show(qsTr("Saved to your journal"));
            }
        }
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: page.app.journal.errorMessage
    }

    RecentEntries {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        journal: page.app.journal
        onSeeAll: page.openJournal()
        onOpenEntry: id => editor.openEntry(id)
    }

    EntryEditor {
        id: editor

        journal: page.app.journal
        onSaved: toast.show(qsTr("Entry saved"))
        onDeleted: toast.show(qsTr("Entry deleted"))
    }

    Toast {
        id: toast

        parent: page
    }
}
