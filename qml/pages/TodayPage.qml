import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Greeting, the quick check-in, today's check-ins, small wins, "on this day"
// and the latest entries. One column on a phone; on a wide window the
// check-in sits left and wins and memories right.
ScrollPage {
    id: page

    required property AppContext app
    property date now: new Date()
    readonly property bool wide: width >= Theme.wideBreakpoint
    readonly property TodayController today: app.today
    // What Today offers to review, as a plain JS object (ChecklistController.todayPrompt).
    readonly property var reviewPrompt: app.checklists.todayPrompt
    readonly property int cardPadding: wide ? Theme.spacingXl : Theme.spacingL

    // The last low check-in, offered as a journal entry: {id, mood, emotionIds}.
    property var lowCheckIn: null
    // What the toast's Undo brings back: "today" (check-in or win) or "journal".
    property string undoTarget

    signal openJournal
    // Start or resume a review: the shell shows Goals in Reviews mode.
    signal openReviews

    // Ctrl+T: to the check-in, focus on its moods.
    function focusCheckIn() {
        contentY = 0;
        checkIn.focusMood();
    }

    function startReview(checklistId: string) {
        if (app.reviews.start(checklistId).length > 0)
            openReviews();
        else
            toast.show(app.reviews.errorMessage);
    }

    function saveCheckIn(mood: int, emotionIds: var, effortIds: var, note: string) {
        const id = today.saveCheckIn(mood, emotionIds, effortIds, note);
        if (id.length === 0)
            return;
        checkIn.reset();
        const low = mood <= Theme.lowMoodMax;
        lowCheckIn = low ? {
            "id": id,
            "mood": mood,
            "emotionIds": emotionIds
        } : null;
        toast.show(low ? qsTr("Check-in saved. Be gentle with yourself today.") : qsTr("Check-in saved"));
    }

    function writeAboutLowCheckIn() {
        if (!lowCheckIn)
            return;
        const key = "after-rejection";
        const template = app.journal.templates().find(t => t.key === key);
        // A draft, not an entry: cancelling the editor leaves nothing behind.
        editor.openNew(template, {
                "mood": lowCheckIn.mood,
                "emotions": lowCheckIn.emotionIds,
                "checkInId": lowCheckIn.id
            });
        lowCheckIn = null;
    }

    function removeCheckIn(id: string) {
        if (today.removeCheckIn(id))
            offerUndo(qsTr("Check-in deleted"), "today");
    }

    function removeWin(id: string) {
        if (today.removeWin(id))
            offerUndo(qsTr("Win deleted"), "today");
    }

    function offerUndo(message: string, target: string) {
        undoTarget = target;
        toast.show(message, qsTr("Undo"));
    }

    maxContentWidth: Theme.todayMaxContentWidth

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

    // The north star, kept in view (or a gentle prompt to choose one).
    NorthStarCard {
        Layout.fillWidth: true
        northStar: page.app.goals.northStar
        showNotes: false
        compactPrompt: true
        padding: page.wide ? Theme.spacingXl : Theme.spacingL
        onEditRequested: northStarEditor.openEditor()
    }

    // Two columns side by side when wide, one under the other when narrow.
    // Positioned by hand: nested layouts in a GridLayout did not re-run when
    // the wrapping chip rows changed height (Qt 6.4).
    Item {
        id: columns

        readonly property real columnWidth: page.wide ? (width - Theme.todayColumnSpacing) / 2 : width

        Layout.fillWidth: true
        implicitHeight: page.wide ? Math.max(left.implicitHeight, right.implicitHeight) : left.implicitHeight + Theme.spacingL + right.implicitHeight

        ColumnLayout {
            id: left

            width: columns.columnWidth
            spacing: Theme.spacingL

            CheckInCard {
                id: checkIn

                Layout.fillWidth: true
                padding: page.cardPadding
                emotions: page.today.emotions
                efforts: page.today.efforts
                onSaveRequested: (mood, emotionIds, effortIds, note) => page.saveCheckIn(mood, emotionIds, effortIds, note)
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: page.today.errorMessage
                dismissible: true
                onDismissed: page.today.clearError()
            }

            GentleNote {
                Layout.fillWidth: true
                visible: page.lowCheckIn !== null
                onWriteRequested: page.writeAboutLowCheckIn()
                onDismissed: page.lowCheckIn = null
            }

            TodayCheckIns {
                Layout.fillWidth: true
                visible: page.today.checkIns.length > 0
                checkIns: page.today.checkIns
                dayMood: page.today.dayMood
                onRemoveRequested: id => page.removeCheckIn(id)
            }
        }

        ColumnLayout {
            id: right

            x: page.wide ? columns.columnWidth + Theme.todayColumnSpacing : 0
            y: page.wide ? 0 : left.implicitHeight + Theme.spacingL
            width: columns.columnWidth
            spacing: Theme.spacingL

            ReviewDueCard {
                Layout.fillWidth: true
                visible: (page.reviewPrompt.checklistId ?? "").length > 0
                padding: page.cardPadding
                prompt: page.reviewPrompt
                onStartRequested: id => page.startReview(id)
            }

            ComingUpCard {
                Layout.fillWidth: true
                visible: page.today.upcoming.length > 0
                padding: page.cardPadding
                reminders: page.today.upcoming
                onDoneRequested: id => {
                    if (page.today.completeReminder(id))
                        page.offerUndo(qsTr("Reminder done"), "today");
                }
            }

            WinsCard {
                id: wins

                Layout.fillWidth: true
                padding: page.cardPadding
                wins: page.today.recentWins
                winCount: page.today.winCount
                onAddRequested: text => {
                    if (page.today.addWin(text).length > 0) {
                        wins.clearInput();
                        toast.show(qsTr("Win saved. Well done."));
                    }
                }
                onRemoveRequested: id => page.removeWin(id)
            }

            OnThisDayCard {
                Layout.fillWidth: true
                padding: page.cardPadding
                memories: page.today.memories
                lowMoodDay: page.today.lowMoodDay
                onOpenEntry: id => editor.openEntry(id)
            }
        }

        // The latest entries: under today's check-ins when wide (the left
        // column is the shorter one), at the end when narrow.
        ColumnLayout {
            parent: page.wide ? left : right
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            spacing: Theme.spacingS

            ErrorBanner {
                Layout.fillWidth: true
                text: page.app.journal.errorMessage
            }

            RecentEntries {
                Layout.fillWidth: true
                journal: page.app.journal
                onSeeAll: page.openJournal()
                onOpenEntry: id => editor.openEntry(id)
            }
        }
    }

    EntryEditor {
        id: editor

        journal: page.app.journal
        emotions: page.app.today.emotions
        onSaved: toast.show(qsTr("Entry saved"))
        onDeleted: page.offerUndo(qsTr("Entry deleted"), "journal")
    }

    NorthStarEditor {
        id: northStarEditor

        goals: page.app.goals
        onSaved: cleared => {
            if (cleared)
                page.offerUndo(qsTr("North star cleared"), "northstar");
            else
                toast.show(qsTr("North star saved. Keep your eye on it."));
        }
    }

    Toast {
        id: toast

        parent: page
        onActionTriggered: {
            if (page.undoTarget === "northstar")
                northStarEditor.undoClear();
            else if (page.undoTarget === "journal")
                page.app.journal.undoRemove();
            else
                page.today.undoRemove();
        }
    }
}
