import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The phone review: first the weeks since the last review, then one question
// per screen with Back and Next, then a last step to sum up and finish.
Item {
    id: root

    required property var answers
    required property var context
    required property var options
    required property var choices
    property var handler: null      // see ReviewWorkspace
    property string checklistName
    property string dateText
    property string summary
    property int answeredCount: 0
    property int step: 0            // 0 context, 1..total questions, total + 1 finish
    readonly property int total: answers.length
    readonly property int lastStep: total + 1
    readonly property bool onQuestion: step >= 1 && step <= total

    signal backRequested
    signal finishRequested

    function commit() {
        if (onQuestion)
            question.commit();
        if (handler && step === lastStep && summaryField.text !== summary)
            handler.setSummary(summaryField.text);
    }

    function go(next: int) {
        commit();
        root.forceActiveFocus(); // the next screen starts without a field focused
        step = Math.max(0, Math.min(lastStep, next));
        scroller.contentY = 0;
    }

    // The first question not answered yet (where a resumed review picks up);
    // also shows this review's own summary, never text typed for another one.
    function resume() {
        summaryField.text = summary;
        const open = answers.findIndex(a => (a["answer"] ?? "").length === 0);
        step = open < 0 ? (answeredCount > 0 ? lastStep : 0) : (open === 0 ? 0 : open + 1);
    }

    onSummaryChanged: {
        if (!summaryField.activeFocus)
            summaryField.text = summary;
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Review: %1").arg(checklistName)

    ColumnLayout {
        id: header

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingL
        anchors.topMargin: Theme.spacingS
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            IconButton {
                iconName: "back"
                label: qsTr("All reviews")
                onClicked: {
                    root.commit();
                    root.backRequested();
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0

                Label {
                    Layout.fillWidth: true
                    text: root.checklistName
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Label {
                    Layout.fillWidth: true
                    text: root.dateText
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                }
            }
        }

        ReviewProgress {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacingS
            answered: root.answeredCount
            total: root.total
            text: root.step === 0 ? qsTr("Before you start · %1 questions").arg(root.total) : root.onQuestion ? qsTr("Question %1 of %2 · %3 answered").arg(root.step).arg(root.total).arg(root.answeredCount) : qsTr("Sum up and finish · %1 of %2 answered").arg(root.answeredCount).arg(root.total)
        }
    }

    Flickable {
        id: scroller

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: header.bottom
        anchors.topMargin: Theme.spacingS
        anchors.bottom: navigation.top
        contentWidth: width
        contentHeight: stepColumn.implicitHeight + Theme.spacingL * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: stepColumn

            x: Theme.spacingL
            y: Theme.spacingL
            width: scroller.width - Theme.spacingL * 2
            spacing: Theme.spacingL

            // Step 0: the context, as its own step.
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.step === 0
                spacing: Theme.spacingM

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Where you stand")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                ReviewContextPane {
                    Layout.fillWidth: true
                    context: root.context
                }
            }

            ReviewQuestion {
                id: question

                Layout.fillWidth: true
                visible: root.onQuestion
                large: true
                item: root.onQuestion ? root.answers[root.step - 1] : null
                number: root.step
                total: root.total
                options: root.options
                choices: root.choices
                handler: root.handler
            }

            // The last step: a summary, what the follow-ups will do, Finish.
            ColumnLayout {
                Layout.fillWidth: true
                visible: root.step === root.lastStep
                spacing: Theme.spacingM

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Sum up")
                    font.pixelSize: Theme.fontTitle
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Label {
                    Layout.fillWidth: true
                    text: root.answeredCount === root.total ? qsTr("Every question has an answer. Well done for taking the time.") : qsTr("%1 of %2 questions have an answer. You can finish now or go back to the others.").arg(root.answeredCount).arg(root.total)
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textSecondary
                }

                Repeater {
                    model: root.answers.filter(a => (a["followUpKind"] ?? "").length > 0)

                    RowLayout {
                        id: followUp

                        required property var modelData

                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        Icon {
                            Layout.alignment: Qt.AlignTop
                            name: "sparkle"
                            color: Theme.accent
                            size: Theme.iconSizeSmall
                        }

                        Label {
                            Layout.fillWidth: true
                            text: followUp.modelData.followUpText
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textPrimary
                        }
                    }
                }

                TextArea {
                    id: summaryField

                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.reviewSummaryMinHeight
                    placeholderText: qsTr("Anything else? A few lines for your future self (optional)")
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Summary")
                    Component.onCompleted: text = root.summary
                    onEditingFinished: {
                        if (root.handler && text !== root.summary)
                            root.handler.setSummary(text);
                    }
                }

                Button {
                    Layout.fillWidth: true
                    highlighted: true
                    text: qsTr("Finish the review")
                    Accessible.name: text
                    Accessible.description: qsTr("Applies the planned follow-ups; the review can then be read and exported but not changed.")
                    onClicked: {
                        root.commit();
                        root.finishRequested();
                    }
                }
            }
        }
    }

    Rectangle {
        id: navigation

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        implicitHeight: navRow.implicitHeight + Theme.spacingS * 2
        color: Theme.surface

        Rectangle {
            width: parent.width
            height: Theme.hairline
            color: Theme.outline
        }

        RowLayout {
            id: navRow

            anchors.fill: parent
            anchors.leftMargin: Theme.spacingL
            anchors.rightMargin: Theme.spacingL
            anchors.topMargin: Theme.spacingS
            anchors.bottomMargin: Theme.spacingS
            spacing: Theme.spacingS

            Button {
                enabled: root.step > 0
                flat: true
                text: qsTr("Back")
                Accessible.name: qsTr("Previous step")
                onClicked: root.go(root.step - 1)
            }

            Item {
                Layout.fillWidth: true
            }

            Button {
                visible: root.step < root.lastStep
                highlighted: true
                text: root.step === 0 ? qsTr("Start") : root.step === root.total ? qsTr("Sum up") : qsTr("Next")
                Accessible.name: root.step === 0 ? qsTr("Start with the first question") : qsTr("Next step")
                onClicked: root.go(root.step + 1)
            }
        }
    }
}
