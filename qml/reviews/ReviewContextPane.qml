pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The figures to review against, from the review controller's `context`:
// the period, pipeline figures, effort against the weekly targets, the mood
// trend, recent feedback and the top skills gaps. With `showChanges` (a
// finished review) it leads with the answers that changed since last time.
ColumnLayout {
    id: root

    required property var context
    property bool showChanges: false
    property bool showFeedback: true
    readonly property var pipeline: context["pipeline"] ?? ({})
    readonly property var mood: context["mood"] ?? ({})
    readonly property var effort: context["effort"] ?? []
    readonly property var changes: context["changes"] ?? []
    readonly property var feedback: context["recentFeedback"] ?? []
    readonly property var gaps: context["topGaps"] ?? []
    readonly property var goalsChanged: context["goalsChanged"] ?? []

    spacing: Theme.spacingL

    component SectionTitle: Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontCaption
        font.weight: Theme.weightBold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: Theme.letterSpacingCaps
        color: Theme.textSecondary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    component Quiet: Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    component Figure: Rectangle {
        id: figure

        required property int value
        required property string caption

        implicitWidth: Theme.reviewFigureMinWidth
        implicitHeight: figureColumn.implicitHeight + Theme.spacingM * 2
        radius: Theme.radiusM
        color: Theme.surfaceRaised
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("%1: %2").arg(caption).arg(value)

        ColumnLayout {
            id: figureColumn

            anchors.fill: parent
            anchors.margins: Theme.spacingM
            spacing: Theme.spacingXxs

            Label {
                text: figure.value
                font.pixelSize: Theme.fontHeadline
                font.weight: Theme.weightBold
                color: Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                text: figure.caption
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: root.context["periodText"] ?? ""
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        font.weight: Theme.weightMedium
        color: Theme.textPrimary
    }

    // What changed since the last review (finished reviews).
    ColumnLayout {
        Layout.fillWidth: true
        visible: root.showChanges
        spacing: Theme.spacingS

        SectionTitle {
            text: qsTr("Answers that changed")
        }

        Quiet {
            visible: root.changes.length === 0
            text: root.context["hasPrevious"] ? qsTr("Every answer is the same as last time.") : qsTr("This is your first review of this checklist: next time you'll see what changed.")
        }

        Repeater {
            model: root.changes

            ColumnLayout {
                id: change

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingXxs

                Label {
                    Layout.fillWidth: true
                    text: change.modelData.question
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 → %2").arg(change.modelData.beforeLabel).arg(change.modelData.afterLabel)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightBold
                    color: Theme.accent
                    Accessible.name: qsTr("was %1, now %2").arg(change.modelData.beforeLabel).arg(change.modelData.afterLabel)
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        SectionTitle {
            text: root.showChanges ? qsTr("Applications since") : qsTr("Pipeline")
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Figure {
                width: (parent.width - Theme.spacingS * 2) / 3
                value: root.pipeline["applied"] ?? 0
                caption: qsTr("applied")
            }

            Figure {
                width: (parent.width - Theme.spacingS * 2) / 3
                value: root.pipeline["interviews"] ?? 0
                caption: qsTr("interviews")
            }

            Figure {
                width: (parent.width - Theme.spacingS * 2) / 3
                value: root.pipeline["open"] ?? 0
                caption: qsTr("open now")
            }
        }

        Quiet {
            text: qsTr("%1 · %2").arg((root.pipeline["offers"] ?? 0) === 1 ? qsTr("1 offer") : qsTr("%1 offers").arg(root.pipeline["offers"] ?? 0)).arg((root.pipeline["rejections"] ?? 0) === 1 ? qsTr("1 rejection") : qsTr("%1 rejections").arg(root.pipeline["rejections"] ?? 0))
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        SectionTitle {
            text: qsTr("Effort against your targets")
        }

        Quiet {
            visible: root.effort.length === 0
            text: qsTr("No weekly effort targets yet. A small, steady target (say 5 applications a week) is easier to keep than a big one.")
        }

        Repeater {
            model: root.effort

            ColumnLayout {
                id: effortRow

                required property var modelData
                readonly property real ratio: modelData.target > 0 ? Math.min(1, modelData.averagePerWeek / modelData.target) : 0

                Layout.fillWidth: true
                spacing: Theme.spacingXs

                Label {
                    Layout.fillWidth: true
                    text: effortRow.modelData.title
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightMedium
                    color: Theme.textPrimary
                }

                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: Theme.meterHeight
                    radius: height / 2
                    color: Theme.surfaceRaised
                    Accessible.ignored: true

                    Rectangle {
                        width: parent.width * effortRow.ratio
                        height: parent.height
                        radius: height / 2
                        color: effortRow.modelData.met ? Theme.success : Theme.accent
                    }
                }

                Quiet {
                    text: effortRow.modelData.text
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        SectionTitle {
            text: qsTr("Mood")
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingM

            Rectangle {
                Layout.alignment: Qt.AlignTop
                visible: (root.mood["days"] ?? 0) > 0
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                radius: width / 2
                color: Theme.moodSoftColor(Math.round(root.mood["average"] ?? 0))
                Accessible.ignored: true

                Label {
                    anchors.centerIn: parent
                    text: root.mood["averageText"] ?? ""
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightBold
                    color: Theme.moodColor(Math.round(root.mood["average"] ?? 0))
                }
            }

            Quiet {
                Layout.alignment: Qt.AlignVCenter
                text: root.mood["trendText"] ?? ""
                color: Theme.textPrimary
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: root.showChanges && root.goalsChanged.length > 0
        spacing: Theme.spacingS

        SectionTitle {
            text: qsTr("Goals that moved")
        }

        Repeater {
            model: root.goalsChanged

            Quiet {
                required property var modelData

                text: qsTr("%1 — %2").arg(modelData.title).arg(modelData.statusLabel)
                color: Theme.textPrimary
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: root.showFeedback
        spacing: Theme.spacingS

        SectionTitle {
            text: qsTr("Top skills gaps")
        }

        Quiet {
            visible: root.gaps.length === 0
            text: qsTr("No skills named to work on yet. Feedback on applications and interviews fills this in.")
        }

        Flow {
            Layout.fillWidth: true
            visible: root.gaps.length > 0
            spacing: Theme.spacingS

            Repeater {
                model: root.gaps

                Rectangle {
                    id: gap

                    required property var modelData

                    implicitWidth: gapLabel.implicitWidth + Theme.spacingM * 2
                    implicitHeight: Theme.chipHeight
                    radius: height / 2
                    color: Theme.hardTone
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1, %2").arg(modelData.name).arg(modelData.text)

                    Label {
                        id: gapLabel

                        anchors.centerIn: parent
                        text: qsTr("%1 · %2").arg(gap.modelData.name).arg(gap.modelData.mentions)
                        font.pixelSize: Theme.fontSmall
                        font.weight: Theme.weightMedium
                        color: Theme.hardToneStrong
                    }
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: root.showFeedback
        spacing: Theme.spacingS

        SectionTitle {
            text: qsTr("Recent feedback")
        }

        Quiet {
            visible: root.feedback.length === 0
            text: qsTr("No feedback in this period.")
        }

        Repeater {
            model: root.feedback

            Rectangle {
                id: feedbackCard

                required property var modelData

                Layout.fillWidth: true
                implicitHeight: feedbackColumn.implicitHeight + Theme.spacingM * 2
                radius: Theme.radiusM
                color: Theme.surfaceRaised

                ColumnLayout {
                    id: feedbackColumn

                    anchors.fill: parent
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingXs

                    Label {
                        Layout.fillWidth: true
                        text: [feedbackCard.modelData.company, feedbackCard.modelData.sourceLabel, feedbackCard.modelData.dateText].filter(s => s.length > 0).join(qsTr(" · "))
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontCaption
                        font.weight: Theme.weightMedium
                        color: Theme.textSecondary
                    }

                    Label {
                        Layout.fillWidth: true
                        text: feedbackCard.modelData.text
                        wrapMode: Text.Wrap
                        maximumLineCount: Theme.snippetLines
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textPrimary
                    }
                }
            }
        }
    }
}
