pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The pipeline funnel: how many applications reached each step, with the
// conversion from the step before. All time, or one of the last 12 months
// (picked from the small bars of applications per month).
// funnel: {steps: [{key, label}], allTime: row, months: [row], summary}
// row: {month, label, shortLabel, reached: [5], conversion: [5], total}
InsightsCard {
    id: card

    required property var funnel
    property int monthIndex: -1 // -1 = all time

    readonly property var months: funnel.months ?? []
    readonly property var steps: funnel.steps ?? []
    readonly property var row: monthIndex >= 0 && monthIndex < months.length ? months[monthIndex] : (funnel.allTime ?? null)
    readonly property int peakMonth: Math.max(1, ...months.map(m => m.total))
    readonly property bool empty: !funnel.allTime || funnel.allTime.total === 0

    function percent(value: real): string {
        return value < 0 ? "" : qsTr("%1%").arg(Math.round(value * Theme.percent));
    }

    title: qsTr("Pipeline")
    iconName: "jobs"
    subtitle: card.row && !card.empty ? (card.monthIndex < 0 ? qsTr("All applications sent, by the furthest step they reached.") : qsTr("Applications sent in %1, by the furthest step they reached.").arg(card.row.label)) : ""
    summary: funnel.summary ?? ""

    // Applications per month: tap one to see its funnel.
    ColumnLayout {
        Layout.fillWidth: true
        visible: !card.empty
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            ToggleChip {
                objectName: "allTime"
                text: qsTr("All time")
                checked: card.monthIndex < 0
                onClicked: card.monthIndex = -1
            }

            Item {
                Layout.fillWidth: true
            }

            Label {
                text: card.row ? qsTr("%1: %n sent", "", card.row.total).arg(card.row.label) : ""
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightBold
                color: Theme.textPrimary
            }
        }

        Item {
            id: monthBars

            readonly property real pitch: width / Math.max(1, card.months.length)

            objectName: "monthBars"
            Layout.fillWidth: true
            implicitHeight: Theme.goalBarsHeight / 2 + Theme.chartAxisHeight
            activeFocusOnTab: true
            Accessible.role: Accessible.PageTabList
            Accessible.name: qsTr("Applications per month; pick a month")
            Keys.onLeftPressed: card.monthIndex = Math.max(0, card.monthIndex < 0 ? card.months.length - 1 : card.monthIndex - 1)
            Keys.onRightPressed: card.monthIndex = Math.min(card.months.length - 1, card.monthIndex + 1)

            Repeater {
                model: card.months

                Item {
                    id: month

                    required property var modelData
                    required property int index
                    readonly property bool selected: index === card.monthIndex

                    x: index * monthBars.pitch
                    width: monthBars.pitch
                    height: monthBars.height

                    Accessible.role: Accessible.PageTab
                    Accessible.name: qsTr("%1: %n applications", "", modelData.total).arg(modelData.label)
                    Accessible.selected: selected

                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        width: Math.max(1, monthBars.pitch - Theme.effortBarSpacing)
                        height: Math.max(Theme.effortBarMinHeight, (monthBars.height - Theme.chartAxisHeight) * month.modelData.total / card.peakMonth)
                        y: monthBars.height - Theme.chartAxisHeight - height
                        radius: Theme.spacingXxs
                        color: month.selected ? Theme.accent : month.modelData.total > 0 ? Theme.outlineStrong : Theme.outline
                    }

                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: parent.bottom
                        text: monthBars.pitch > Theme.spacingXxl ? month.modelData.shortLabel : month.modelData.shortLabel.charAt(0)
                        font.pixelSize: Theme.fontCaption
                        font.weight: month.selected ? Theme.weightBold : Theme.weightRegular
                        color: month.selected ? Theme.textPrimary : Theme.textSecondary
                    }

                    MouseArea {
                        anchors.fill: parent
                        onClicked: card.monthIndex = month.index
                    }
                }
            }
        }
    }

    Repeater {
        model: card.empty ? [] : card.steps

        RowLayout {
            id: step

            required property var modelData
            required property int index
            readonly property int reached: card.row ? card.row.reached[index] : 0
            readonly property real conversion: card.row ? card.row.conversion[index] : -1
            readonly property int first: card.row ? Math.max(1, card.row.reached[0]) : 1
            readonly property string stage: modelData.stage ?? "applied"

            objectName: "funnelStep"
            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.StaticText
            Accessible.name: conversion >= 0 ? qsTr("%1: %2, %3 of the step before").arg(modelData.label).arg(reached).arg(card.percent(conversion)) : qsTr("%1: %2").arg(modelData.label).arg(reached)

            Label {
                Layout.preferredWidth: Theme.barLabelWidth
                text: step.modelData.label
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
                Accessible.ignored: true
            }

            Item {
                Layout.fillWidth: true
                implicitHeight: Theme.barHeight
                Accessible.ignored: true

                Rectangle {
                    anchors.fill: parent
                    radius: Theme.spacingXs
                    color: Theme.surfaceRaised
                }

                Rectangle {
                    width: Math.max(step.reached > 0 ? Theme.effortBarMinHeight : 0, parent.width * step.reached / step.first)
                    height: parent.height
                    radius: Theme.spacingXs
                    color: Theme.stageSoftColor(step.stage)
                    border.width: Theme.hairline
                    border.color: Theme.stageColor(step.stage)
                }

                Label {
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.spacingS
                    text: String(step.reached)
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                }
            }

            Label {
                Layout.preferredWidth: Theme.barValueWidth
                horizontalAlignment: Text.AlignRight
                text: step.conversion >= 0 ? qsTr("→ %1").arg(card.percent(step.conversion)) : ""
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }
    }

    Label {
        Layout.fillWidth: true
        visible: !card.empty
        text: qsTr("Arrows: the share that went on from the step before.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
        Accessible.ignored: true
    }

    EmptyState {
        objectName: "funnelEmpty"
        Layout.fillWidth: true
        visible: card.empty
        iconName: "jobs"
        title: qsTr("No applications sent yet")
        body: qsTr("Once you move applications to Applied and beyond in Job search, you'll see where they go.")
    }
}
