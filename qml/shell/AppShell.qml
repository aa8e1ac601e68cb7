import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The unlocked app: adaptive navigation around one page at a time.
// Narrow: header + content + bottom bar. Wide: sidebar + header + content.
Page {
    id: shell

    required property AppContext app
    required property PageCatalog navigation

    readonly property PageCatalog catalog: navigation
    readonly property string currentPage: navigation.currentPage
    readonly property bool wide: width >= Theme.wideBreakpoint
    property string lastPrimaryPage: catalog.defaultKey

    function navigate(key: string) {
        shell.navigation.show(key);
    }

    // Dialogs over a page, by key; "" closes them all. False for unknown keys.
    function showOverlay(key: string): bool {
        journalPage.closeOverlays();
        settingsPage.closeOverlays();
        rejectionSheet.close();
        jobsPage.closeOverlays();
        goalsPage.closeOverlays();
        peoplePage.closeOverlays();
        insightsPage.closeOverlays();
        inboxPanel.close();
        const reviews = shell.reviewsView();
        if (reviews)
            reviews.closeOverlays();
        // "daylio-import FILE_URL": the import preview of that file.
        if (key.startsWith("daylio-import ")) {
            navigate("settings");
            return settingsPage.openDaylio(key.substring(key.indexOf(" ") + 1));
        }
        switch (key) {
        case "":
            return true;
        case "journal-entry":
            navigate("journal");
            return journalPage.readNewestMarkdownEntry();
        case "journal-editor":
            navigate("journal");
            return journalPage.editNewest();
        case "journal-templates":
            navigate("journal");
            return journalPage.openTemplatePicker();
        case "journal-calendar":
            navigate("journal");
            return journalPage.showCalendar();
        case "journal-search":
            navigate("journal");
            return journalPage.showSearch("feedback"); // a word in the demo entries
        case "job-application":
            navigate("jobs");
            return jobsPage.showRichestApplication();
        case "job-editor":
            navigate("jobs");
            return jobsPage.showApplicationEditor();
        case "job-interview":
            navigate("jobs");
            return jobsPage.showInterviewEditor();
        case "job-feedback":
            navigate("jobs");
            return jobsPage.showFeedbackEditor();
        case "skills-plan":
            navigate("jobs");
            jobsPage.setMode("skills");
            return true;
        case "rejection-flow":
            navigate("jobs");
            return shell.openRejectionFlow();
        case "goal-editor":
            navigate("goals");
            return goalsPage.showGoalEditor();
        case "checklist-editor":
            navigate("goals");
            return goalsPage.showChecklistEditor();
        case "reviews":
            navigate("goals");
            goalsPage.setMode("reviews");
            const reviews = shell.reviewsView();
            return reviews !== null && reviews.visible; // shown, not just there
        case "review":
            return shell.showReview(false);
        case "review-finished":
            return shell.showReview(true);
        case "contact":
            navigate("people");
            return peoplePage.showRichestContact();
        case "contact-editor":
            navigate("people");
            return peoplePage.showContactEditor();
        case "log-interaction":
            navigate("people");
            return peoplePage.showLogSheet();
        case "reach-out":
            navigate("people");
            return peoplePage.showReachOut();
        case "insights-middle":
            navigate("insights");
            return insightsPage.scrollTo(0.5);
        case "insights-end":
            navigate("insights");
            return insightsPage.scrollTo(1);
        case "inbox":
            inboxPanel.open();
            return true;
        case "change-passphrase":
            navigate("settings");
            return settingsPage.openChangePassphrase();
        case "settings-sync":
            navigate("settings");
            return settingsPage.showSync();
        case "sync-setup":
            navigate("settings");
            return settingsPage.openSyncSetup();
        case "settings-data":
            navigate("settings");
            return settingsPage.showData();
        case "backup":
            navigate("settings");
            return settingsPage.openBackup();
        }
        return false;
    }

    // Where a reminder's "Open" goes.
    function openReminderSubject(kind: string, id: string) {
        switch (kind) {
        case "contact":
            navigate("people");
            peoplePage.openContact(id);
            return;
        case "application":
            navigate("jobs");
            jobsPage.setMode("pipeline");
            jobsPage.openApplication(id);
            return;
        case "interview":
        case "person":
            navigate("jobs");
            return;
        case "skill_action":
            navigate("jobs");
            jobsPage.setMode("skills");
            return;
        case "checklist":
            goalsPage.setMode("reviews");
            navigate("goals");
            return;
        default:
            navigate("today");
        }
    }

    // The Goals page's Reviews mode.
    function reviewsView(): ReviewsView {
        for (let i = 0; i < goalsPage.children.length; ++i) {
            const view = goalsPage.children[i] as ReviewsView;
            if (view)
                return view;
        }
        return null;
    }

    // The newest review in progress (in the workspace, or the stepper on a phone)
    // or the latest finished one with what changed (screenshot mode: the demo's).
    function showReview(finished: bool): bool {
        const reviews = reviewsView();
        if (!reviews)
            return false;
        navigate("goals");
        goalsPage.setMode("reviews");
        return finished ? reviews.showLatestFinished() : reviews.showInProgress();
    }

    // The newest unfinished rejection flow (screenshot mode: the demo's).
    function openRejectionFlow(): bool {
        const flows = shell.app.rejection.openFlows;
        if (flows.length === 0 || !rejectionSheet.openFor(flows[0].applicationId))
            return false;
        rejectionSheet.showStep("feedback"); // the richest step
        return true;
    }

    onCurrentPageChanged: {
        if (catalog.primaryKeys.indexOf(currentPage) >= 0)
            lastPrimaryPage = currentPage;
    }

    background: Rectangle {
        color: Theme.background
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        Sidebar {
            Layout.fillHeight: true
            visible: shell.wide
            catalog: shell.catalog
            currentPage: shell.currentPage
            onNavigate: key => shell.navigate(key)
            onLockRequested: shell.app.vault.lock()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            ShellHeader {
                Layout.fillWidth: true
                title: shell.catalog.title(shell.currentPage)
                compact: !shell.wide
                // Today and Goals are wider two-column pages; the journal and the job board span the whole width.
                contentWidth: shell.currentPage === "today" || shell.currentPage === "goals" ? Theme.todayMaxContentWidth : shell.currentPage === "insights" ? Theme.insightsMaxContentWidth : shell.currentPage === "journal" || shell.currentPage === "jobs" || shell.currentPage === "people" ? width : Theme.maxContentWidth
                showBack: shell.currentPage === "settings"
                onBackRequested: shell.navigate(shell.lastPrimaryPage)
                onSettingsRequested: shell.navigate("settings")
                onLockRequested: shell.app.vault.lock()
                unseenCount: shell.app.reminders.unseenCount
                onInboxRequested: inboxPanel.open()
            }

            StackLayout {
                id: pages

                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: Math.max(0, shell.catalog.indexOf(shell.currentPage))

                TodayPage {
                    id: todayPage

                    app: shell.app
                    onOpenJournal: shell.navigate("journal")
                    onOpenReviews: {
                        goalsPage.setMode("reviews");
                        shell.navigate("goals");
                    }
                }

                JournalPage {
                    id: journalPage

                    app: shell.app
                }

                JobsPage {
                    id: jobsPage

                    app: shell.app
                }

                PeoplePage {
                    id: peoplePage

                    app: shell.app
                    onOpenApplication: id => {
                        shell.navigate("jobs");
                        jobsPage.openApplication(id);
                    }
                }

                GoalsPage {
                    id: goalsPage

                    app: shell.app
                }

                InsightsPage {
                    id: insightsPage

                    app: shell.app
                    onOpenGoals: shell.navigate("goals")
                }

                SettingsPage {
                    id: settingsPage

                    app: shell.app
                }
            }

            BottomBar {
                Layout.fillWidth: true
                visible: !shell.wide
                catalog: shell.catalog
                currentPage: shell.currentPage
                onNavigate: key => shell.navigate(key)
            }
        }
    }

    // Desktop keyboard shortcuts (listed in Settings → Keyboard). "Ctrl" is Command on macOS.
    // ApplicationShortcut: Rebound has one window, and Qt 6.4's window-shortcut matcher
    // never matched these under test (the app shell sits in a Loader).
    Shortcut {
        sequence: "Ctrl+N"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: {
            shell.navigate("journal");
            journalPage.newEntry();
        }
    }

    Shortcut {
        sequence: "Ctrl+F"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: {
            shell.navigate("journal");
            journalPage.focusSearch();
        }
    }

    Shortcut {
        sequence: "Ctrl+T"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: {
            shell.navigate("today");
            todayPage.focusCheckIn();
        }
    }

    Shortcut {
        sequence: "Ctrl+L"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.app.vault.lock()
    }

    Shortcut {
        sequence: "Ctrl+,"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.navigate("settings")
    }

    Shortcut {
        sequence: "Ctrl+1"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.navigate(shell.catalog.primaryKeys[0])
    }

    Shortcut {
        sequence: "Ctrl+2"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.navigate(shell.catalog.primaryKeys[1])
    }

    Shortcut {
        sequence: "Ctrl+3"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.navigate(shell.catalog.primaryKeys[2])
    }

    Shortcut {
        sequence: "Ctrl+4"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.navigate(shell.catalog.primaryKeys[3])
    }

    Shortcut {
        sequence: "Ctrl+5"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.navigate(shell.catalog.primaryKeys[4])
    }

    Shortcut {
        sequence: "Ctrl+6"
        context: Qt.ApplicationShortcut
        enabled: shell.visible
        onActivated: shell.navigate(shell.catalog.primaryKeys[5])
    }

    RejectionFlowSheet {
        id: rejectionSheet

        app: shell.app
    }

    InboxPanel {
        id: inboxPanel

        reminders: shell.app.reminders
        wide: shell.wide
        onOpenSubject: (kind, id) => shell.openReminderSubject(kind, id)
    }

    // What came due while the app was closed: say so once on opening.
    Toast {
        id: inboxToast

        onActionTriggered: inboxPanel.open()
    }

    // After this event: on unlock the shell is built before the reminders have loaded.
    Timer {
        interval: 0
        running: true
        onTriggered: {
            const unseen = shell.app.reminders.unseenCount;
            if (unseen > 0 && !shell.app.reminders.quiet)
                inboxToast.show(qsTr("%n reminders are waiting for you.", "", unseen), qsTr("Open"));
        }
    }
}
