pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Resilience: for each rejection, the days until the 3-day mood average was
// back to the 30-day baseline before it; the trend of that time and the
// effort that went with a faster way back. Honest when there is little data.
// resilience: {rejections: [{company, role, rejectedOn, baseline, days, status, statusLabel}],
//   recoveredCount, meanDays, hasTrend, trendText, efforts: [{name, withCount, withMean,
//   withoutCount, withoutMean, difference}], maxDays, summary}
InsightsCard {
    id: card

    required property var resilience
    property int selectedIndex: -1

    readonly property var rejections: resilience.rejections ?? []
    // The few effort tags with the clearest head start (the backend sorts by difference).
    readonly property var efforts: (resilience.efforts ?? []).filter(e => e.difference > 0).slice(0, Theme.resilienceTopEfforts)
    readonly property int recovered: resilience.recoveredCount ?? 0
    readonly property int maxDays: Math.max(1, resilience.maxDays ?? 0)

    function dayText(day: string): string {
        return Dates.fromDayKey(day).toLocaleDateString(Qt.locale(), "d MMM yyyy");
    }
    function describe(r: var): string {
        const head = qsTr("%1, %2").arg(r.company).arg(dayText(r.rejectedOn));
        if (r.days >= 0)
            return qsTr("%1: back to your usual mood (%2) after %n days", "", r.days).arg(head).arg(Number(r.baseline).toLocaleString(Qt.locale(), "f", 1));
        return qsTr("%1: %2").arg(head).arg(r.statusLabel);
    }
    function dayCount(n: int): string {
        return n === 1 ? qsTr("1 day") : qsTr("%n days", "", n);
    }
    function days(value: real): string {
        return Number(value).toLocaleString(Qt.locale(), "f", 1);
    }

    title: qsTr("Resilience")
    iconName: "shield"
    subtitle: qsTr("Days after each rejection until your 3-day mood average was back to the 30 days before it.")
    summary: resilience.summary ?? ""

    RowLayout {
        Layout.fillWidth: true
        visible: card.recovered > 0
        spacing: Theme.spacingM

        Label {
            objectName: "meanDays"
            text: card.days(card.resilience.meanDays ?? 0)
            font.pixelSize: Theme.fontDisplay
            font.weight: Theme.weightBold
            color: Theme.accent
            Accessible.ignored: true
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("days on average to feel like yourself again, over %n measured recoveries.", "", card.recovered)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            Accessible.ignored: true
        }
    }

    // A bar per rejection, oldest first.
    Repeater {
        model: card.rejections

        RowLayout {
            id: rejection

            required property var modelData
            required property int index
            readonly property bool selected: index === card.selectedIndex

            objectName: "rejectionRow"
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.StaticText
            Accessible.name: card.describe(modelData)

            ColumnLayout {
                Layout.preferredWidth: Theme.barLabelWidth
                Layout.maximumWidth: Theme.barLabelWidth
                spacing: 0
                Accessible.ignored: true

                Label {
                    Layout.fillWidth: true
                    text: rejection.modelData.company
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightMedium
                    color: Theme.textPrimary
                }
                Label {
                    Layout.fillWidth: true
                    text: Dates.fromDayKey(rejection.modelData.rejectedOn).toLocaleDateString(Qt.locale(), "d MMM yy")
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                }
            }

            Item {
                Layout.fillWidth: true
                implicitHeight: Theme.barHeight
                Accessible.ignored: true

                Rectangle {
                    visible: rejection.modelData.days >= 0
                    anchors.verticalCenter: parent.verticalCenter
                    width: Math.max(Theme.effortBarMinHeight, (parent.width - daysLabel.width - Theme.spacingS) * rejection.modelData.days / card.maxDays)
                    height: Theme.resilienceBarHeight
                    radius: Theme.spacingXxs
                    color: Theme.hardToneStrong
                    border.width: rejection.selected ? Theme.focusRing : 0
                    border.color: Theme.textPrimary
                }

                Label {
                    id: daysLabel

                    anchors.verticalCenter: parent.verticalCenter
                    x: rejection.modelData.days >= 0 ? Math.max(Theme.effortBarMinHeight, (parent.width - width - Theme.spacingS) * rejection.modelData.days / card.maxDays) + Theme.spacingS : 0
                    text: rejection.modelData.days >= 0 ? card.dayCount(rejection.modelData.days) : rejection.modelData.statusLabel
                    font.pixelSize: Theme.fontSmall
                    font.italic: rejection.modelData.days < 0
                    color: rejection.modelData.days >= 0 ? Theme.textPrimary : Theme.textSecondary
                }

                MouseArea {
                    anchors.fill: parent
                    hoverEnabled: true
                    onEntered: card.selectedIndex = rejection.index
                    onExited: {
                        if (card.selectedIndex === rejection.index)
                            card.selectedIndex = -1;
                    }
                    onClicked: card.selectedIndex = rejection.index
                }
            }
        }
    }

    InsightsReadout {
        objectName: "resilienceReadout"
        Layout.maximumWidth: parent.width
        text: card.selectedIndex >= 0 && card.selectedIndex < card.rejections.length ? card.describe(card.rejections[card.selectedIndex]) : ""
    }

    Label {
        objectName: "trendText"
        Layout.fillWidth: true
        visible: card.rejections.length > 0
        text: card.resilience.trendText ?? ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        font.weight: Theme.weightMedium
        color: Theme.textPrimary
    }

    // What went with a faster way back.
    ColumnLayout {
        Layout.fillWidth: true
        visible: card.efforts.length > 0
        spacing: Theme.spacingXs

        Label {
            Layout.fillWidth: true
            text: qsTr("In the first week after a rejection, these went with a faster way back:")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Repeater {
            model: card.efforts

            Label {
                required property var modelData
                readonly property string name: modelData.name.length > 0 ? modelData.name.charAt(0).toLocaleUpperCase() + modelData.name.slice(1) : ""

                Layout.fillWidth: true
                // The tag name goes in last (a "%1" in it must not be taken for a
                // placeholder); "×" counts rejections without needing a plural form.
                text: qsTr("%5 — with it: %1 days (%2×), without: %3 days (%4×)").arg(card.days(modelData.withMean)).arg(modelData.withCount).arg(card.days(modelData.withoutMean)).arg(modelData.withoutCount).arg(name)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: card.efforts.length > 0 && card.recovered >= Theme.minTrendPoints
        text: qsTr("Each line compares a handful of rejections: a hint, not a rule.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.italic: true
        color: Theme.textSecondary
    }

    Label {
        objectName: "thinData"
        Layout.fillWidth: true
        visible: card.rejections.length > 0 && card.recovered < Theme.minTrendPoints
        text: card.recovered === 0 ? qsTr("No recovery measured yet: it needs check-ins in the month before a rejection and in the days after it.") : qsTr("Only %n measured recoveries so far: read this as a hint, not a rule.", "", card.recovered)
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.italic: true
        color: Theme.textSecondary
    }

    EmptyState {
        objectName: "resilienceEmpty"
        Layout.fillWidth: true
        visible: card.rejections.length === 0
        iconName: "shield"
        title: qsTr("No rejections recorded")
        body: qsTr("If one comes, this shows how many days it took to feel like yourself again, and what helped.")
    }
}
