pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The journal: a list grouped by day (newest first), a month calendar and
// search, with a reading view for one entry. Wide pages show the reading
// view beside the list; narrow ones open it over the list.
Item {
    id: page

    required property AppContext app
    readonly property JournalModel journal: app.journal
    readonly property JournalSearchModel search: app.search
    readonly property DaySections daySections: DaySections {
    }

    readonly property bool twoPane: width >= Theme.journalTwoPaneWidth
    readonly property int masterWidth: twoPane ? Theme.journalListPaneWidth : width
    readonly property int contentWidth: Math.min(masterWidth - Theme.spacingL * 2, Theme.maxContentWidth)
    property string mode: "list" // list | calendar | search
    property string selectedId
    property string lastDeletedId
    readonly property bool reading: selectedId.length > 0

    // Switches between the list, calendar and search views.
    function setMode(next: string) {
        if (next === mode)
            return;
        if (mode !== "list")
            search.clear();
        mode = next;
        if (next === "calendar")
            calendarView.showToday();
        else if (next === "search")
            searchView.focusField();
    }

    function openEntry(id: string) {
        selectedId = id;
    }

    function newEntry() {
        templatePicker.templates = journal.templates();
        templatePicker.open();
    }

    function deleteEntry(id: string) {
        if (!journal.removeEntry(id))
            return;
        if (selectedId === id)
            selectedId = "";
        lastDeletedId = id;
        toast.show(qsTr("Entry deleted"), qsTr("Undo"));
    }

    function undoDelete() {
        if (journal.undoRemove()) {
            if (twoPane)
                selectedId = lastDeletedId;
            toast.show(qsTr("Entry restored"));
        }
    }

    // Opens the editor on the newest entry (screenshot mode and keyboard shortcuts).
    function editNewest(): bool {
        if (journal.count === 0)
            return false;
        editor.openEntry(journal.idAt(0));
        return editor.visible;
    }

    // Reads the newest entry written with Markdown (else the newest entry).
    function readNewestMarkdownEntry(): bool {
        const markdown = /(^|\n)\s*(#{1,6}\s|[-*+]\s|\d+\.\s|>\s)|\*\*?\S|_\S|`/;
        const limit = Math.min(journal.count, Theme.markdownScanLimit);
        for (let row = 0; row < limit; ++row) {
            const id = journal.idAt(row);
            if (markdown.test(journal.entry(id)["body"] ?? "")) {
                openEntry(id);
                return true;
            }
        }
        if (journal.count === 0)
            return false;
        openEntry(journal.idAt(0));
        return true;
    }

    function openTemplatePicker(): bool {
        newEntry();
        return templatePicker.visible;
    }

    function showCalendar(): bool {
        setMode("calendar");
        return mode === "calendar";
    }

    function showSearch(text: string): bool {
        setMode("search");
        searchView.setQuery(text);
        return mode === "search";
    }

    // Ctrl+F: the search view with the cursor in its field (the query stays).
    function focusSearch() {
        setMode("search");
        searchView.focusField();
    }

    function closeOverlays() {
        editor.close();
        templatePicker.close();
        selectedId = "";
        setMode("list");
    }

    Item {
        id: master

        width: page.masterWidth
        height: page.height

        RowLayout {
            id: toolbar

            anchors.top: parent.top
            anchors.topMargin: Theme.spacingM
            anchors.horizontalCenter: parent.horizontalCenter
            width: page.contentWidth
            spacing: Theme.spacingS

            JournalModeBar {
                Layout.fillWidth: true
                compact: page.contentWidth < Theme.formMaxWidth
                mode: page.mode
                onActivated: next => page.setMode(next)
            }

            RoundButton {
                id: newButton

                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                highlighted: true
                text: qsTr("New entry")
                display: AbstractButton.IconOnly
                Accessible.name: text
                ToolTip.visible: hovered
                ToolTip.text: text
                ToolTip.delay: Theme.durationMedium * 2
                onClicked: page.newEntry()

                contentItem: Item {
                    Icon {
                        anchors.centerIn: parent
                        name: "plus"
                        color: Theme.textOnAccent
                    }
                }
            }
        }

        ErrorBanner {
            id: errorBanner

            property string dismissedText

            anchors.top: toolbar.bottom
            anchors.topMargin: Theme.spacingS
            anchors.horizontalCenter: parent.horizontalCenter
            width: page.contentWidth
            z: 1
            text: page.journal.errorMessage !== dismissedText ? page.journal.errorMessage : ""
            dismissible: true
            onDismissed: dismissedText = page.journal.errorMessage
        }

        StackLayout {
            anchors.fill: parent
            anchors.topMargin: toolbar.y + toolbar.height + (errorBanner.visible ? errorBanner.height + Theme.spacingS : 0)
            currentIndex: page.mode === "calendar" ? 1 : page.mode === "search" ? 2 : 0

            Item {
                ListView {
                    id: list

                    anchors.fill: parent
                    model: page.journal
                    spacing: Theme.spacingS
                    bottomMargin: Theme.spacingXl
                    visible: count > 0
                    reuseItems: true
                    clip: true
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
                        required property var tags
                        required property var createdAt

                        width: ListView.view.width
                        implicitHeight: card.implicitHeight

                        EntryCard {
                            id: card

                            anchors.horizontalCenter: parent.horizontalCenter
                            width: page.contentWidth
                            mood: row.mood
                            preview: row.preview
                            tags: row.tags
                            timeText: Dates.entryTime(row.day, row.createdAt)
                            selected: page.twoPane && row.entryId === page.selectedId
                            onClicked: page.openEntry(row.entryId)
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
            }

            CalendarView {
                id: calendarView

                calendar: page.app.calendar
                search: page.search
                maxContentWidth: page.contentWidth
                selectedEntryId: page.twoPane ? page.selectedId : ""
                onOpenEntry: id => page.openEntry(id)
            }

            SearchView {
                id: searchView

                search: page.search
                emotions: page.app.today.emotions
                selectedEntryId: page.twoPane ? page.selectedId : ""
                onOpenEntry: id => page.openEntry(id)
            }
        }
    }

    Rectangle {
        x: master.width
        width: Theme.hairline
        height: page.height
        visible: page.twoPane
        color: Theme.outline
    }

    EntryView {
        x: page.twoPane ? master.width + Theme.hairline : 0
        width: page.width - x
        height: page.height
        visible: page.twoPane || page.reading
        color: page.twoPane ? Theme.surface : Theme.background
        journal: page.journal
        entryId: page.selectedId
        showBack: !page.twoPane
        onBackRequested: page.selectedId = ""
        onEditRequested: id => editor.openEntry(id)
        onDeleteRequested: id => page.deleteEntry(id)
    }

    TemplatePicker {
        id: templatePicker

        onChosen: template => editor.openNew(template)
    }

    EntryEditor {
        id: editor

        journal: page.journal
        emotions: page.app.today.emotions
        onSaved: created => toast.show(created ? qsTr("Entry added") : qsTr("Entry saved"))
        onDeleted: {
            page.lastDeletedId = editor.entryId;
            if (page.selectedId === editor.entryId)
                page.selectedId = "";
            toast.show(qsTr("Entry deleted"), qsTr("Undo"));
        }
    }

    Toast {
        id: toast

        onActionTriggered: page.undoDelete()
    }
}
