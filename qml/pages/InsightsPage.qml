import QtQuick
import QtQuick.Layouts
import Rebound.Backend
import Rebound.Ui

// Insights: mood, effort, pipeline and resilience at a glance. Every figure
// comes from InsightsController (computed and cached per day in the backend);
// this page only draws them. One column on a phone, two on a desktop.
ScrollPage {
    id: page

    required property AppContext app
    readonly property InsightsController insights: app.insights
    readonly property bool wide: width >= Theme.insightsTwoColumnWidth
    readonly property real columnWidth: wide ? (grid.width - grid.columnSpacing) / 2 : grid.width
    readonly property var wins: insights.wins

    signal openGoals

    maxContentWidth: Theme.insightsMaxContentWidth
    topMargin: Theme.spacingL

    // Screenshot mode: scroll to a part of the page (0 = top, 1 = bottom).
    function scrollTo(fraction: real): bool {
        insights.refresh();
        contentY = Math.max(0, Math.round((contentHeight - height) * fraction));
        return insights.ready;
    }

    function closeOverlays() {
        contentY = 0;
    }

    onVisibleChanged: {
        if (insights)
            insights.active = visible;
    }
    Component.onCompleted: {
        if (insights)
            insights.active = visible;
    }
    // Locking unloads the shell without hiding the page first.
    Component.onDestruction: {
        if (insights)
            insights.active = false;
    }

    ErrorBanner {
        Layout.fillWidth: true
        visible: page.insights.errorMessage.length > 0
        text: page.insights.errorMessage
    }

    // Hidden until the figures are there: an error must not read as "no data".
    GridLayout {
        id: grid

        visible: page.insights.ready
        Layout.fillWidth: true
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.spacingL
        rowSpacing: Theme.spacingL

        InsightsRememberCard {
            objectName: "rememberCard"
            Layout.columnSpan: grid.columns
            Layout.fillWidth: true
            visible: page.wins.lowMood === true && (page.wins.resurfaced ?? []).length > 0
            wins: page.wins.resurfaced ?? []
        }

        InsightsMoodCard {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.columnWidth
            Layout.fillWidth: true
            trends: page.insights.moodTrends
        }

        InsightsStreakCard {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.columnWidth
            Layout.fillWidth: true
            effort: page.insights.effort
        }

        InsightsPixelsCard {
            Layout.columnSpan: grid.columns
            Layout.fillWidth: true
            pixels: page.insights.pixels
            years: page.insights.pixelYears
            transposed: page.wide
            onYearRequested: year => page.insights.showYear(year)
        }

        InsightsFunnelCard {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.columnWidth
            Layout.fillWidth: true
            funnel: page.insights.funnel
        }

        InsightsGoalsCard {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.columnWidth
            Layout.fillWidth: true
            goals: page.insights.effortGoals
            onOpenGoals: page.openGoals()
        }

        InsightsResilienceCard {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.columnWidth
            Layout.fillWidth: true
            resilience: page.insights.resilience
        }

        InsightsWinsCard {
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: page.columnWidth
            Layout.fillWidth: true
            wins: page.wins
        }
    }
}
