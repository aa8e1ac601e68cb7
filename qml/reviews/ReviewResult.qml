import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A finished review, read-only: what changed since the last review (answers,
// effort against targets, mood, applications), then every answer with its
// note and what its follow-up did. Export as Markdown or copy it.
Item {
    id: root

    required property var answers
    required property var context
    property string checklistName
    property string dateText
    property string summary
    readonly property bool twoColumns: width >= Theme.reviewResultTwoColumnWidth
    readonly property int sideWidth: Math.round(Math.max(Theme.reviewContextPaneWidth, Math.min(Theme.reviewContextPaneWideWidth, width * Theme.reviewContextPaneFraction)))

    signal backRequested
    signal exportRequested
    signal copyRequested
    signal removeRequested

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Finished review: %1").arg(checklistName)

    component Answer: ColumnLayout {
        id: answer

        required property var modelData
        required property int index

        Layout.fillWidth: true
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                text: qsTr("%1. %2").arg(answer.index + 1).arg(answer.modelData.question)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
                color: Theme.textPrimary
            }

            Rectangle {
                Layout.alignment: Qt.AlignTop
                implicitWidth: answerLabel.implicitWidth + Theme.spacingM * 2
                implicitHeight: answerLabel.implicitHeight + Theme.spacingXs * 2
                radius: height / 2
                color: answer.modelData.answer === "yes" ? Theme.goodTone : answer.modelData.answer === "no" ? Theme.hardTone : Theme.surfaceRaised

                Label {
                    id: answerLabel

                    anchors.centerIn: parent
                    text: answer.modelData.answerLabel.length > 0 ? answer.modelData.answerLabel : qsTr("Skipped")
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightBold
                    color: answer.modelData.answer === "yes" ? Theme.goodToneStrong : answer.modelData.answer === "no" ? Theme.hardToneStrong : Theme.textSecondary
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: answer.modelData.changed === true
            text: qsTr("Changed: last time %1").arg(answer.modelData.previousAnswerLabel)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontCaption
            font.weight: Theme.weightBold
            color: Theme.accent
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: answer.modelData.note
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }

        RowLayout {
            Layout.fillWidth: true
            visible: answer.modelData.followUpKind.length > 0
            spacing: Theme.spacingS

            Icon {
                Layout.alignment: Qt.AlignTop
                name: answer.modelData.followUpDone ? "check" : "sparkle"
                color: Theme.accent
                size: Theme.iconSizeSmall
            }

            Label {
                Layout.fillWidth: true
                text: answer.modelData.followUpText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightMedium
                color: Theme.textPrimary
            }
        }
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        contentWidth: width
        contentHeight: page.implicitHeight + Theme.spacingXl * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: page

            readonly property int maxWidth: root.twoColumns ? Theme.reviewQuestionMaxWidth + root.sideWidth + Theme.spacingXl : Theme.reviewQuestionMaxWidth

            x: Math.round((scroller.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(scroller.width - (root.twoColumns ? Theme.spacingXl : Theme.spacingL) * 2, maxWidth)
            spacing: Theme.spacingL

            // Title and actions.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                IconButton {
                    Layout.alignment: Qt.AlignTop
                    iconName: "back"
                    label: qsTr("All reviews")
                    onClicked: root.backRequested()
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: root.checklistName
                        wrapMode: Text.Wrap
                        font.pixelSize: root.twoColumns ? Theme.fontHeadline : Theme.fontTitle
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    Label {
                        Layout.fillWidth: true
                        text: root.dateText
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                }

                IconButton {
                    Layout.alignment: Qt.AlignTop
                    iconName: "trash"
                    label: qsTr("Delete this review")
                    onClicked: root.removeRequested()
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Button {
                    highlighted: true
                    text: qsTr("Export as Markdown…")
                    Accessible.name: text
                    Accessible.description: qsTr("Writes a file to share with a coach or mentor. The file is not encrypted.")
                    onClicked: root.exportRequested()
                }

                Button {
                    text: qsTr("Copy")
                    Accessible.name: qsTr("Copy as Markdown")
                    onClicked: root.copyRequested()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.twoColumns ? 2 : 1
                columnSpacing: Theme.spacingXl
                rowSpacing: Theme.spacingL

                // What changed: first on a phone, beside the answers on a desktop.
                Card {
                    Layout.row: 0
                    Layout.column: root.twoColumns ? 1 : 0
                    Layout.fillWidth: !root.twoColumns
                    Layout.preferredWidth: root.twoColumns ? root.sideWidth : -1
                    Layout.alignment: Qt.AlignTop

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("What changed since the last review")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBodyLarge
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    ReviewContextPane {
                        Layout.fillWidth: true
                        context: root.context
                        showChanges: true
                        showFeedback: false
                    }
                }

                Card {
                    Layout.row: root.twoColumns ? 0 : 1
                    Layout.column: 0
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: Theme.spacingL

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Your answers")
                        font.pixelSize: Theme.fontBodyLarge
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    Repeater {
                        model: root.answers

                        Answer {
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        visible: root.summary.length > 0
                        spacing: Theme.spacingXs

                        Label {
                            Layout.fillWidth: true
                            text: qsTr("Summary")
                            font.pixelSize: Theme.fontBody
                            font.weight: Theme.weightBold
                            color: Theme.textPrimary
                        }

                        Label {
                            Layout.fillWidth: true
                            text: root.summary
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.textSecondary
                        }
                    }
                }
            }
        }
    }
}
