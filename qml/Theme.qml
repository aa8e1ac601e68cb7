pragma Singleton
import QtQuick

// Every colour, size, spacing and duration the UI uses. Main.qml switches
// `dark`; nothing else should hard-code a visual constant.
QtObject {
    id: theme

    property bool dark: false

    // Palette: warm neutrals with a coral accent.
    readonly property color background: dark ? "#15120F" : "#FAF6F1"
    readonly property color surface: dark ? "#201B17" : "#FFFFFF"
    readonly property color surfaceRaised: dark ? "#2A241F" : "#F3ECE4"
    readonly property color outline: dark ? "#4A4039" : "#E3D7CB"
    readonly property color outlineStrong: dark ? "#75685E" : "#948577"
    readonly property color textPrimary: dark ? "#F4EDE6" : "#1E1915"
    readonly property color textSecondary: dark ? "#C4B7AC" : "#5F554D"
    readonly property color accent: dark ? "#FF9D6E" : "#AD471A"
    readonly property color textOnAccent: dark ? "#2B1306" : "#FFFFFF"
    readonly property color accentSoft: dark ? "#3D2A1F" : "#FBE3D6"
    readonly property color danger: dark ? "#FF8F87" : "#B3261E"
    readonly property color dangerSoft: dark ? "#47221F" : "#FCE4E1"
    readonly property color warning: dark ? "#F2C661" : "#8A5A00"
    readonly property color success: dark ? "#7ED492" : "#2B7642"
    readonly property color scrim: dark ? "#99000000" : "#66000000"

    // Mood 1 (awful) … 5 (great). Each passes 3:1 against `surface` as a
    // graphic; the faces and labels carry the meaning without colour.
    readonly property var moodColors: dark ? ["#FF8A80", "#FFB074", "#E9CB5F", "#8FD694", "#6FD0E3"] : ["#B3261E", "#B85A00", "#8A6D00", "#2E7D45", "#0F6E86"]
    readonly property var moodSoftColors: dark ? ["#4A2420", "#47301C", "#3F3719", "#22392A", "#173842"] : ["#FBE0DD", "#FBE6D3", "#F6EDC8", "#DDF0E2", "#D5EDF3"]
    readonly property color moodNone: textSecondary

    function moodColor(mood: int): color {
        return mood >= 1 && mood <= 5 ? moodColors[mood - 1] : moodNone;
    }
    function moodSoftColor(mood: int): color {
        return mood >= 1 && mood <= 5 ? moodSoftColors[mood - 1] : surfaceRaised;
    }

    // Spacing scale (4 px grid).
    readonly property int spacingXxs: 2
    readonly property int spacingXs: 4
    readonly property int spacingS: 8
    readonly property int spacingM: 12
    readonly property int spacingL: 16
    readonly property int spacingXl: 24
    readonly property int spacingXxl: 32
    readonly property int spacingHuge: 48

    // Type scale (pixel sizes), grown with the system's text size (Main.qml sets
    // fontScale from AppContext.fontScale: 1 at the usual size, never smaller).
    property real fontScale: 1
    readonly property int fontMinimum: Math.round(10 * fontScale) // labels that shrink to fit stop here
    readonly property int fontCaption: Math.round(12 * fontScale)
    readonly property int fontSmall: Math.round(13 * fontScale)
    readonly property int fontBody: Math.round(15 * fontScale)
    readonly property int fontBodyLarge: Math.round(17 * fontScale)
    readonly property int fontTitle: Math.round(20 * fontScale)
    readonly property int fontHeadline: Math.round(26 * fontScale)
    readonly property int fontDisplay: Math.round(32 * fontScale)
    readonly property int weightRegular: Font.Normal
    readonly property int weightMedium: Font.Medium
    readonly property int weightBold: Font.DemiBold

    // Corner radii.
    readonly property int radiusS: 8
    readonly property int radiusM: 12
    readonly property int radiusL: 20
    readonly property int radiusPill: 999

    // Sizes.
    readonly property int iconSize: 24
    readonly property int iconSizeSmall: 18
    readonly property int iconSizeLarge: 56
    readonly property int touchTarget: 48
    readonly property int strokeWidth: 2
    readonly property real strokeWidthThin: 1.5
    readonly property real strokeWidthLarge: 3
    readonly property int hairline: 1
    readonly property int focusRing: 2
    readonly property int logoSize: 64
    readonly property int logoSizeSmall: 36
    readonly property int sidebarWidth: 248
    readonly property int bottomBarHeight: 68
    readonly property int headerHeight: 60
    readonly property int meterHeight: 6
    readonly property int moodButtonSize: 56
    readonly property int previewLines: 3
    readonly property int recentPreviewLines: 2
    readonly property int recentEntryCount: 5
    readonly property int editorMinBodyHeight: 160
    readonly property int todayBodyHeight: 112

    // Layout widths and breakpoints.
    readonly property int wideBreakpoint: 840
    readonly property int compactBreakpoint: 480
    readonly property int maxContentWidth: 760
    readonly property int formMaxWidth: 440
    readonly property int choiceWidth: 200
    readonly property int shortcutKeysWidth: 120
    readonly property int dialogMaxWidth: 560
    readonly property int minimumWindowWidth: 360
    readonly property int minimumWindowHeight: 560
    readonly property size phoneWindowSize: Qt.size(390, 844)
    readonly property size desktopWindowSize: Qt.size(1280, 800)

    // Motion.
    readonly property int durationShort: 120
    readonly property int durationMedium: 220
    readonly property int durationSlow: 700
    readonly property int durationToast: 2600
    readonly property int clockTick: 60000

    // Rejection flow and skills plan.
    readonly property int rejectionSheetWidth: 640
    readonly property int rejectionStepCount: 5
    readonly property int rejectionSheetMaxHeight: 820
    readonly property int stepDotSize: 28
    readonly property int stepLineWidth: 2
    readonly property int messageMinHeight: 150
    readonly property int noteMinHeight: 96
    readonly property int pitchMinHeight: 72
    readonly property int rankBadgeSize: 28
    readonly property int actionTitleMaxLength: 300
    readonly property int skillNameMaxLength: 80
    readonly property int goalReviewLeadDays: 3 // a goal review proposed a few days ahead
    readonly property var followUpPresets: [7, 14]
    readonly property var keepInTouchPresets: [30, 90, 180]
    readonly property var reapplyPresets: [90, 180, 365]
    readonly property var duePresets: [7, 14, 30]
    readonly property int reviewCountMax: 100 // as AppSettings clamps it
    readonly property int skillsTwoColumnWidth: 880

    // Reviews: the desktop workspace (questions | context) and the phone stepper.
    readonly property int reviewTwoPaneWidth: 900        // questions and context side by side from here
    readonly property int reviewContextPaneWidth: 360
    readonly property int reviewContextPaneWideWidth: 560 // the most it grows to on wide screens
    readonly property real reviewContextPaneFraction: 0.34 // of the page, between the two widths above
    readonly property int reviewQuestionMaxWidth: 720    // comfortable line length
    readonly property int reviewResultTwoColumnWidth: 980
    readonly property int reviewNumberSize: 28
    readonly property int reviewNoteMinHeight: 64
    readonly property int reviewSummaryMinHeight: 88
    readonly property int reviewNoteMaxLength: 5000
    readonly property int reviewFigureMinWidth: 96

    // Today page and check-in settings.
    readonly property color toastAction: dark ? "#A63F12" : "#FFB590"
    readonly property color hardTone: dark ? "#3A2A33" : "#F1E4EC"
    readonly property color hardToneStrong: dark ? "#E3A7C4" : "#8E3B64"
    readonly property color goodTone: dark ? "#1F3A2B" : "#E0F1E5"
    readonly property color goodToneStrong: dark ? "#8FD6A3" : "#2B7642"
    readonly property color winTone: dark ? "#3F3719" : "#FBF0CF"
    readonly property color winToneStrong: dark ? "#F2C661" : "#8A5A00"
    readonly property int durationToastWithAction: 6000
    readonly property int todayMaxContentWidth: 1120
    readonly property int todayColumnSpacing: 24
    readonly property int chipHeight: 36
    readonly property int checkInNoteMaxLength: 280
    readonly property int winMaxLength: 500
    readonly property int catalogNameMaxLength: 40
    readonly property int timeFieldWidth: 128
    readonly property int minutesPerHour: 60
    readonly property int hoursPerDay: 24
    readonly property int nudgeMinuteStep: 5
    readonly property int memoryPreviewLines: 3
    readonly property int checkInNoteLines: 2
    readonly property real letterSpacingCaps: 0.6
    readonly property int lowMoodMax: 2 // check-ins at or below this get a gentle word

    // Reminders: the inbox panel and the bell's badge.
    readonly property int inboxPanelWidth: 440
    readonly property int badgeMaxCount: 99
    readonly property int cadenceMaxDays: 3650
    readonly property int templateNameMaxLength: 100
    readonly property int templateBodyMaxLength: 5000
    readonly property int templateBodyMinHeight: 140
    readonly property var snoozeChoices: [1, 3, 7]

    // Goals and checklists.
    readonly property int goalsTwoColumnWidth: 880      // effort cards and goals side by side from here
    readonly property int goalTitleMaxLength: 200
    readonly property int goalNotesMaxLength: 5000
    readonly property int weeklyTargetMax: 200
    readonly property int defaultWeeklyTarget: 5
    readonly property int effortWeeks: 8                // the bar strip under an effort goal
    readonly property int effortStripHeight: 40
    readonly property int effortBarMinHeight: 3
    readonly property int effortBarSpacing: 4
    readonly property int checklistNameMaxLength: 120
    readonly property int checklistItemMaxLength: 300
    readonly property int checklistMaxEveryWeeks: 52
    readonly property int defaultReviewWeeks: 4
    readonly property int everyWeeksFieldWidth: 200
    readonly property int northStarMaxLines: 4
    readonly property var goalStatusColors: ({
            "active": accent,
            "paused": textSecondary,
            "achieved": success,
            "dropped": outlineStrong
        })
    readonly property var goalStatusSoftColors: ({
            "active": accentSoft,
            "paused": surfaceRaised,
            "achieved": goodTone,
            "dropped": surfaceRaised
        })

    function goalStatusColor(status: string): color {
        return goalStatusColors[status] ?? textSecondary;
    }
    function goalStatusSoftColor(status: string): color {
        return goalStatusSoftColors[status] ?? surfaceRaised;
    }

    // Journal: reading pane, calendar, search, chips.
    readonly property color onMood: dark ? "#1E1915" : "#FFFFFF" // text on a moodColor fill
    readonly property int journalTwoPaneWidth: 900
    readonly property int journalListPaneWidth: 420
    readonly property int readingMaxWidth: 680
    readonly property int chipIconSize: 16
    readonly property int calendarCellMinHeight: 44
    readonly property int calendarCellMaxHeight: 64
    readonly property int calendarFaceSize: 14
    readonly property int markerDotSize: 5
    readonly property int tagMaxLength: 40
    readonly property int snippetLines: 3
    readonly property int badgeSize: 18
    readonly property int editorMaxHeight: 760
    readonly property int markdownScanLimit: 60
    readonly property real filterPanelMaxFraction: 0.55 // of the search view height

    // Job search: pipeline board, list, detail pane, stages.
    readonly property int jobsBoardWidth: 720      // page width from which the pipeline is a board
    readonly property int jobsTwoPaneWidth: 960    // board and detail pane side by side from here
    readonly property int jobsDetailPaneWidth: 440
    readonly property int boardColumnWidth: 252
    readonly property int boardColumnMinHeight: 120
    readonly property int searchFieldMaxWidth: 360
    readonly property int stageDotSize: 12
    readonly property int timelineLine: 2
    readonly property int confidenceLevels: 5
    readonly property int salaryFieldWidth: 112
    readonly property int currencyLength: 3
    readonly property int reflectionMinHeight: 72
    readonly property int notesMinHeight: 96
    readonly property int cardLines: 2
    readonly property int monthGridCell: 40
    readonly property int daysPerWeek: 7
    readonly property int lineMaxLength: 200   // company, role, location, names
    readonly property int sourceMaxLength: 100
    readonly property int linkMaxLength: 2000
    readonly property int defaultInterviewHour: 10
    readonly property string shortDateFormat: "d MMM"
    // Stage colours: open stages in cool-to-warm steps, a gentle tone for rejected.
    readonly property var stageColors: ({
            "saved": textSecondary,
            "applied": dark ? "#6FD0E3" : "#0F6E86",
            "screening": dark ? "#A9B4F7" : "#3949AB",
            "interviewing": accent,
            "final_round": dark ? "#D7A8F2" : "#7B3FA0",
            "offer": success,
            "accepted": success,
            "rejected": hardToneStrong,
            "withdrawn": textSecondary,
            "no_answer": textSecondary
        })
    readonly property var stageSoftColors: ({
            "saved": surfaceRaised,
            "applied": dark ? "#173842" : "#D5EDF3",
            "screening": dark ? "#262C4D" : "#E4E7F8",
            "interviewing": accentSoft,
            "final_round": dark ? "#36253F" : "#F1E4F8",
            "offer": goodTone,
            "accepted": goodTone,
            "rejected": hardTone,
            "withdrawn": surfaceRaised,
            "no_answer": surfaceRaised
        })

    // People (issue 6): contacts, interactions, keep in touch.
    readonly property int avatarSize: 40
    readonly property int avatarSizeLarge: 64
    readonly property int peopleTwoPaneWidth: 900
    readonly property int peopleListPaneWidth: 400
    readonly property int contactFieldMaxLength: 300
    readonly property int howWeMetMaxLength: 2000
    readonly property int contactNotesMaxLength: 20000
    readonly property int interactionNoteMaxLength: 5000
    readonly property int maxContactEmails: 10
    readonly property int defaultCadenceDays: 30
    readonly property int maxCadenceDays: 3650
    readonly property int cadenceFieldWidth: 96
    readonly property var snoozePresets: [7, 14]
    readonly property int outreachMinHeight: 180
    readonly property int suggestionCount: 5

    // Insights (issue 7): charts drawn with Qt Quick Shapes.
    readonly property int insightsTwoColumnWidth: 880   // two columns of chart cards from here
    readonly property int insightsMaxContentWidth: 1280
    readonly property int chartHeight: 180
    readonly property int chartAxisWidth: 28
    readonly property int chartAxisHeight: 20
    readonly property int chartDotSize: 6
    readonly property int chartDotSizeSmall: 3
    // Beyond this many days a mood chart draws small, lighter dots and month labels.
    readonly property int chartDenseDays: 60
    readonly property real chartDenseDotOpacity: 0.7
    readonly property int chartDotSizeSelected: 10
    readonly property real chartLineWidth: 2.5
    readonly property color chartGrid: dark ? "#3A322C" : "#EDE4DA"
    readonly property color chartAverage: dark ? "#F4EDE6" : "#3B322B"
    readonly property color chartRest: dark ? "#3A3550" : "#E6E2F3"
    readonly property color chartRestStrong: dark ? "#B9B0E6" : "#5B4F99"
    readonly property int pixelCellMin: 6
    readonly property int pixelCellMax: 16
    readonly property int pixelCellMaxWide: 22 // months as rows on a desktop
    readonly property int pixelGap: 2
    readonly property int pixelLabelWidth: 22
    readonly property int monthsPerYear: 12
    readonly property int maxDaysPerMonth: 31
    readonly property int streakCellHeight: 28
    readonly property int streakDays: 28
    readonly property int barHeight: 22
    readonly property int barLabelWidth: 92
    readonly property int barValueWidth: 72
    readonly property int resilienceBarHeight: 14
    readonly property int goalBarsHeight: 72
    readonly property int bigNumberWidth: 72
    readonly property int percent: 100
    readonly property real chartMinOpacity: 0.45        // the faintest bar of a strip
    readonly property int minTrendPoints: 3             // as Resilience::kMinTrendPoints
    readonly property int resilienceTopEfforts: 3

    // Sync (issue 8)
    readonly property int deviceNameMaxLength: 60
    readonly property int conflictPreviewLines: 6

    function stageColor(stage: string): color {
        return stageColors[stage] ?? textSecondary;
    }
    function stageSoftColor(stage: string): color {
        return stageSoftColors[stage] ?? surfaceRaised;
    }
}
