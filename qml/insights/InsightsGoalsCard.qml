pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Weekly effort against the targets of the effort goals: a bar per week with
// the target as a line. Points to Goals when there are none.
// goals: [{id, title, metricLabel, target, thisWeek, weeksMet, weeks: [{weekStart, count, met}], summary}]
InsightsCard {
    id: card

    required property var goals

    signal openGoals

    title: qsTr("Weekly effort vs goals")
    iconName: "goals"
    summary: goals.map(g => g.summary).join(" ")
    showSummary: false // each goal says it under its bars

    Repeater {
        model: card.goals

        ColumnLayout {
            id: goal

            required property var modelData
            required property int index
            readonly property var weeks: modelData.weeks
            readonly property int target: Math.max(1, modelData.target)
            readonly property int peak: Math.max(target, ...weeks.map(w => w.count))
            property int selected: -1

            Layout.fillWidth: true
            Layout.topMargin: index > 0 ? Theme.spacingS : 0
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    text: goal.modelData.title
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                }

                Label {
                    Layout.alignment: Qt.AlignTop
                    text: qsTr("%1 of %2 this week").arg(goal.modelData.thisWeek).arg(goal.modelData.target)
                    font.pixelSize: Theme.fontSmall
                    color: goal.modelData.thisWeek >= goal.modelData.target ? Theme.success : Theme.textSecondary
                }
            }

            Item {
                id: bars

                readonly property real pitch: width / Math.max(1, goal.weeks.length)

                objectName: "goalBars"
                Layout.fillWidth: true
                implicitHeight: Theme.goalBarsHeight
                activeFocusOnTab: true
                Accessible.role: Accessible.Chart
                Accessible.name: goal.modelData.title
                Accessible.description: goal.modelData.summary
                Keys.onLeftPressed: goal.selected = Math.max(0, goal.selected < 0 ? goal.weeks.length - 1 : goal.selected - 1)
                Keys.onRightPressed: goal.selected = Math.min(goal.weeks.length - 1, goal.selected + 1)

                Repeater {
                    model: goal.weeks

                    Rectangle {
                        required property var modelData
                        required property int index

                        x: index * bars.pitch + Theme.effortBarSpacing / 2
                        width: Math.max(1, bars.pitch - Theme.effortBarSpacing)
                        height: Math.max(Theme.effortBarMinHeight, bars.height * modelData.count / goal.peak)
                        y: bars.height - height
                        radius: Theme.spacingXxs
                        color: modelData.met ? Theme.success : modelData.count > 0 ? Theme.outlineStrong : Theme.outline
                        border.width: index === goal.selected ? Theme.focusRing : 0
                        border.color: Theme.textPrimary
                    }
                }

                // The weekly target.
                Rectangle {
                    y: bars.height - bars.height * goal.target / goal.peak
                    width: bars.width
                    height: Theme.hairline * 2
                    color: Theme.success
                }

                MouseArea {
                    anchors.fill: parent
                    hoverEnabled: true
                    onPositionChanged: mouse => goal.selected = Math.min(goal.weeks.length - 1, Math.floor(mouse.x / bars.pitch))
                    onPressed: mouse => {
                        bars.forceActiveFocus();
                        goal.selected = Math.min(goal.weeks.length - 1, Math.floor(mouse.x / bars.pitch));
                    }
                    onExited: goal.selected = -1
                }
            }

            RowLayout {
                Layout.fillWidth: true

                InsightsReadout {
                    objectName: "goalReadout"
                    text: goal.selected >= 0 && goal.selected < goal.weeks.length ? qsTr("Week of %1: %2 of %3").arg(Dates.fromDayKey(goal.weeks[goal.selected].weekStart).toLocaleDateString(Qt.locale(), "d MMM")).arg(goal.weeks[goal.selected].count).arg(goal.modelData.target) : ""
                }

                Label {
                    Layout.fillWidth: true
                    visible: goal.selected < 0
                    text: qsTr("%1 a week: %2. Target met in %3 of the last %4 weeks.").arg(goal.modelData.target).arg(goal.modelData.metricLabel).arg(goal.modelData.weeksMet).arg(goal.weeks.length)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                }
            }
        }
    }

    EmptyState {
        objectName: "goalsEmpty"
        Layout.fillWidth: true
        visible: card.goals.length === 0
        iconName: "goals"
        title: qsTr("No weekly effort goals yet")
        body: qsTr("Set a weekly target in Goals (say, three applications or two people to reach out to) and see each week against it here.")
    }

    Button {
        objectName: "openGoals"
        Layout.alignment: Qt.AlignHCenter
        visible: card.goals.length === 0
        text: qsTr("Open Goals")
        Accessible.name: text
        onClicked: card.openGoals()
    }
}
