import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Mood over the last 7, 30 or 365 days with its moving average.
// trends: [{days, window, points, daysWithMood, mean, firstAverage, lastAverage, summary}]
InsightsCard {
    id: card

    required property var trends
    property int rangeIndex: 1
    readonly property var trend: trends.length > rangeIndex ? trends[rangeIndex] : null
    readonly property bool empty: !trend || trend.daysWithMood === 0

    title: qsTr("Mood trend")
    iconName: "mood-4"
    summary: trend ? trend.summary : ""

    SegmentedChoice {
        objectName: "moodRange"
        label: qsTr("Mood trend period")
        value: card.rangeIndex
        model: [{
                "value": 0,
                "text": qsTr("7 days")
            }, {
                "value": 1,
                "text": qsTr("30 days")
            }, {
                "value": 2,
                "text": qsTr("Year")
            }]
        onActivated: value => card.rangeIndex = value
    }

    RowLayout {
        Layout.fillWidth: true
        visible: !card.empty
        spacing: Theme.spacingL

        ColumnLayout {
            spacing: 0

            Label {
                text: card.trend ? Number(card.trend.mean).toLocaleString(Qt.locale(), "f", 1) : ""
                font.pixelSize: Theme.fontHeadline
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.ignored: true
            }
            Label {
                text: qsTr("average mood")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }

        ColumnLayout {
            spacing: 0

            Label {
                text: card.trend ? String(card.trend.daysWithMood) : ""
                font.pixelSize: Theme.fontHeadline
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.ignored: true
            }
            Label {
                text: qsTr("days checked in")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }

        Item {
            Layout.fillWidth: true
        }
    }

    InsightsMoodChart {
        objectName: "moodChart"
        Layout.fillWidth: true
        visible: !card.empty
        points: card.trend ? card.trend.points : []
        window: card.trend ? card.trend.window : 7
        summary: card.summary
    }

    Label {
        Layout.fillWidth: true
        visible: !card.empty
        text: qsTr("Dots: the day's mood. Line: %n-day moving average.", "", card.trend ? card.trend.window : 0)
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
        Accessible.ignored: true
    }

    EmptyState {
        objectName: "moodEmpty"
        Layout.fillWidth: true
        visible: card.empty
        iconName: "mood-0"
        title: qsTr("No moods in this period")
        body: qsTr("Check in on Today and your mood trend will grow here, day by day.")
    }
}
