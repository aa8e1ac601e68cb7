pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A weekly effort goal: this week's count against the target, and the last
// eight weeks as bars (a dashed line marks the target; met weeks are green).
// effort: {goalId, title, metricLabel, target, thisWeek, met, weekText, weeksMet,
// weeks: [{weekStart, weekText, count, met}]}
Card {
    id: card

    required property var effort
    readonly property var weeks: effort.weeks ?? []
    readonly property int target: Math.max(1, effort.target)
    readonly property int peak: Math.max(target, ...weeks.map(w => w.count))

    signal openRequested(string goalId)

    padding: Theme.spacingL
    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1: %2").arg(effort.title).arg(effort.weekText)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: card.effort.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 a week: %2").arg(card.effort.target).arg(card.effort.metricLabel)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        GoalsIconButton {
            objectName: "editEffort"
            Layout.alignment: Qt.AlignTop
            iconName: "edit"
            label: qsTr("Edit %1").arg(card.effort.title)
            iconColor: Theme.textSecondary
            onClicked: card.openRequested(card.effort.goalId)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            text: String(card.effort.thisWeek)
            font.pixelSize: Theme.fontHeadline
            font.weight: Theme.weightBold
            color: card.effort.met ? Theme.success : Theme.textPrimary
            Accessible.ignored: true
        }

        Label {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignBaseline
            text: card.effort.met ? qsTr("of %1 this week. Target met, well done.").arg(card.effort.target) : qsTr("of %1 this week").arg(card.effort.target)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
            Accessible.ignored: true
        }
    }

    // This week's progress.
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Theme.meterHeight
        radius: height / 2
        color: Theme.surfaceRaised
        Accessible.ignored: true

        Rectangle {
            width: parent.width * Math.min(1, card.effort.thisWeek / card.target)
            height: parent.height
            radius: height / 2
            color: card.effort.met ? Theme.success : Theme.accent
        }
    }

    // The last weeks, oldest first.
    Item {
        id: strip

        readonly property real barWidth: (width - Theme.effortBarSpacing * (card.weeks.length - 1)) / Math.max(1, card.weeks.length)

        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        implicitHeight: Theme.effortStripHeight
        Accessible.role: Accessible.Chart
        Accessible.name: qsTr("Met the target in %1 of the last %2 weeks").arg(card.effort.weeksMet).arg(card.weeks.length)

        Repeater {
            model: card.weeks

            Rectangle {
                required property var modelData
                required property int index

                x: index * (strip.barWidth + Theme.effortBarSpacing)
                width: strip.barWidth
                height: Math.max(Theme.effortBarMinHeight, strip.height * modelData.count / card.peak)
                y: strip.height - height
                radius: Theme.spacingXxs
                color: modelData.met ? Theme.success : modelData.count > 0 ? Theme.outlineStrong : Theme.outline

                ToolTip.visible: hover.hovered
                ToolTip.text: qsTr("Week of %1: %2").arg(modelData.weekText).arg(modelData.count)

                HoverHandler {
                    id: hover
                }
            }
        }

        // The target line.
        Rectangle {
            y: strip.height - strip.height * card.target / card.peak
            width: strip.width
            height: Theme.hairline
            color: Theme.success
        }
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Target met in %1 of the last %2 weeks").arg(card.effort.weeksMet).arg(card.weeks.length)
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
        Accessible.ignored: true
    }
}
