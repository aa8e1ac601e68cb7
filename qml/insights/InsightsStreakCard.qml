pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Effort streaks: the current and best streak, the last 28 days as a strip
// (planned rest days marked, they never break a streak) and what the effort
// was over the last 7 or 30 days.
// effort: {current, currentStart, todayDone, best, activeDays30, restDays30,
//          kinds: [{key, label, last7, last30}], recent: [{date, total, rest, counts}], summary}
InsightsCard {
    id: card

    required property var effort
    property int period: 7
    property int selectedIndex: -1

    readonly property var recent: effort.recent ?? []
    readonly property var kinds: effort.kinds ?? []
    readonly property int peakDay: Math.max(1, ...recent.map(d => d.total))
    readonly property int peakKind: Math.max(1, ...kinds.map(k => period === 7 ? k.last7 : k.last30))
    readonly property bool empty: (effort.activeDays30 ?? 0) === 0 && (effort.best ?? 0) === 0

    function describeDay(d: var): string {
        const day = Dates.fromDayKey(d.date).toLocaleDateString(Qt.locale(), "ddd d MMM");
        if (d.total > 0) {
            const parts = [];
            for (let k = 0; k < kinds.length; ++k)
                if (d.counts[k] > 0)
                    parts.push(kinds[k].label + " " + d.counts[k]);
            return qsTr("%1: %2").arg(day).arg(parts.join(", "));
        }
        return d.rest ? qsTr("%1: rest day").arg(day) : qsTr("%1: no effort logged").arg(day);
    }

    title: qsTr("Effort streak")
    iconName: "sparkle"
    subtitle: qsTr("Counted on what you control: applying, reaching out, practising, learning, journaling.")
    summary: effort.summary ?? ""

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingXl

        ColumnLayout {
            spacing: 0

            Label {
                objectName: "currentStreak"
                text: String(card.effort.current ?? 0)
                font.pixelSize: Theme.fontDisplay
                font.weight: Theme.weightBold
                color: Theme.accent
                Accessible.ignored: true
            }
            Label {
                text: qsTr("day streak", "", card.effort.current ?? 0)
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }

        ColumnLayout {
            spacing: 0

            Label {
                objectName: "bestStreak"
                text: String(card.effort.best ?? 0)
                font.pixelSize: Theme.fontDisplay
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.ignored: true
            }
            Label {
                text: qsTr("best in the past year")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: card.effort.todayDone ? qsTr("Today counts already.") : qsTr("Today is still open: one small step keeps it going.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }

    // The last 28 days.
    Item {
        id: strip

        readonly property real pitch: width / Math.max(1, card.recent.length)

        objectName: "streakStrip"
        Layout.fillWidth: true
        implicitHeight: Theme.streakCellHeight
        activeFocusOnTab: true
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Effort over the last %n days", "", card.recent.length)
        Accessible.description: card.summary
        Keys.onLeftPressed: card.selectedIndex = Math.max(0, card.selectedIndex < 0 ? card.recent.length - 1 : card.selectedIndex - 1)
        Keys.onRightPressed: card.selectedIndex = Math.min(card.recent.length - 1, card.selectedIndex + 1)

        Repeater {
            model: card.recent

            Rectangle {
                required property var modelData
                required property int index

                x: index * strip.pitch
                width: Math.max(1, strip.pitch - Theme.pixelGap)
                height: strip.height
                radius: Theme.spacingXxs
                color: modelData.total > 0 ? Theme.accent : modelData.rest ? Theme.chartRest : Theme.surfaceRaised
                opacity: modelData.total > 0 ? Theme.chartMinOpacity + (1 - Theme.chartMinOpacity) * modelData.total / card.peakDay : 1
                border.width: index === card.selectedIndex ? Theme.focusRing : modelData.rest && modelData.total === 0 ? Theme.hairline : 0
                border.color: index === card.selectedIndex ? Theme.textPrimary : Theme.chartRestStrong
            }
        }

        MouseArea {
            anchors.fill: parent
            hoverEnabled: true
            onPositionChanged: mouse => card.selectedIndex = Math.min(card.recent.length - 1, Math.floor(mouse.x / strip.pitch))
            onPressed: mouse => {
                strip.forceActiveFocus();
                card.selectedIndex = Math.min(card.recent.length - 1, Math.floor(mouse.x / strip.pitch));
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        InsightsReadout {
            objectName: "streakReadout"
            text: card.selectedIndex >= 0 && card.selectedIndex < card.recent.length ? card.describeDay(card.recent[card.selectedIndex]) : ""
        }

        Flow {
            Layout.fillWidth: true
            visible: card.selectedIndex < 0
            spacing: Theme.spacingM
            Accessible.ignored: true

            Repeater {
                model: [{
                        "fill": Theme.accent,
                        "border": Theme.accent,
                        "text": qsTr("Effort")
                    }, {
                        "fill": Theme.chartRest,
                        "border": Theme.chartRestStrong,
                        "text": qsTr("Rest day")
                    }, {
                        "fill": Theme.surfaceRaised,
                        "border": Theme.outline,
                        "text": qsTr("No effort")
                    }]

                Row {
                    id: key

                    required property var modelData

                    spacing: Theme.spacingXs

                    Rectangle {
                        anchors.verticalCenter: parent.verticalCenter
                        width: Theme.spacingM
                        height: width
                        radius: Theme.spacingXxs
                        color: key.modelData.fill
                        border.width: Theme.hairline
                        border.color: key.modelData.border
                    }
                    Label {
                        text: key.modelData.text
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("What you did")
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightBold
            color: Theme.textPrimary
        }

        SegmentedChoice {
            objectName: "effortPeriod"
            label: qsTr("Effort period")
            value: card.period
            model: [{
                    "value": 7,
                    "text": qsTr("7 days")
                }, {
                    "value": 30,
                    "text": qsTr("30 days")
                }]
            onActivated: value => card.period = value
        }
    }

    Repeater {
        model: card.kinds

        RowLayout {
            id: kindRow

            required property var modelData
            readonly property int value: card.period === 7 ? modelData.last7 : modelData.last30

            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%1: %2").arg(modelData.label).arg(value)

            Label {
                Layout.preferredWidth: Theme.barLabelWidth
                text: kindRow.modelData.label
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
                Accessible.ignored: true
            }

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: Theme.meterHeight * 2
                radius: Theme.spacingXxs
                color: Theme.surfaceRaised
                Accessible.ignored: true

                Rectangle {
                    width: parent.width * kindRow.value / card.peakKind
                    height: parent.height
                    radius: parent.radius
                    color: Theme.accent
                }
            }

            Label {
                Layout.preferredWidth: Theme.spacingXxl
                horizontalAlignment: Text.AlignRight
                text: String(kindRow.value)
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.ignored: true
            }
        }
    }
}
