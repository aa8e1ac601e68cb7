pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The desktop review: the checklist walk on the left (every question with its
// hint, answer, note and follow-up), the context to review against on the
// right with the progress and the Finish button.
Item {
    id: root

    required property var answers
    required property var context
    required property var options
    required property var choices
    property var handler: null      // see ReviewQuestion; also setSummary(text): bool
    property string checklistName
    property string dateText
    property string summary
    property int answeredCount: 0
    readonly property int total: answers.length
    readonly property int contextWidth: Math.round(Math.max(Theme.reviewContextPaneWidth, Math.min(Theme.reviewContextPaneWideWidth, width * Theme.reviewContextPaneFraction)))

    signal backRequested
    signal finishRequested
    signal commitRequested

    // Saves notes still being typed (Finish and Back call this first).
    function commit() {
        commitRequested();
        if (handler && summaryField.text !== summary)
            handler.setSummary(summaryField.text);
    }

    onSummaryChanged: {
        if (!summaryField.activeFocus)
            summaryField.text = summary;
    }

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Review: %1").arg(checklistName)

    Flickable {
        id: walk

        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: root.width - root.contextWidth - Theme.hairline
        contentWidth: width
        contentHeight: walkColumn.implicitHeight + Theme.spacingXl * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: walkColumn

            x: Math.round((walk.width - width) / 2)
            y: Theme.spacingL
            width: Math.min(walk.width - Theme.spacingXl * 2, Theme.reviewQuestionMaxWidth)
            spacing: Theme.spacingL

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

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
                        font.pixelSize: Theme.fontHeadline
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
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Take each question in turn: yes, no or unsure is enough. Add a note where it helps, and plan a follow-up where something should change.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }

            Repeater {
                id: questions

                // A count, not the list: the questions stay put (and keep the
                // note being typed) when an answer is saved.
                model: root.answers.length

                Card {
                    id: questionCard

                    required property int index

                    Layout.fillWidth: true
                    padding: Theme.spacingL

                    ReviewQuestion {
                        id: question

                        Layout.fillWidth: true
                        item: root.answers[questionCard.index]
                        number: questionCard.index + 1
                        total: root.total
                        options: root.options
                        choices: root.choices
                        handler: root.handler

                        Connections {
                            target: root

                            function onCommitRequested() {
                                question.commit();
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true

                Label {
                    Layout.fillWidth: true
                    text: qsTr("Anything else?")
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("A few lines for your future self, or for a coach: what you take from this review.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }

                TextArea {
                    id: summaryField

                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.reviewSummaryMinHeight
                    placeholderText: qsTr("Summary (optional)")
                    wrapMode: TextEdit.Wrap
                    selectByMouse: true
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Summary")
                    onEditingFinished: {
                        if (root.handler && text !== root.summary)
                            root.handler.setSummary(text);
                    }
                    Component.onCompleted: text = root.summary
                }
            }
        }
    }

    Rectangle {
        x: walk.width
        width: Theme.hairline
        height: root.height
        color: Theme.outline
    }

    Rectangle {
        id: contextPane

        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: root.contextWidth
        color: Theme.surface

        ColumnLayout {
            id: paneHeader

            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingL
            spacing: Theme.spacingS

            ReviewProgress {
                Layout.fillWidth: true
                answered: root.answeredCount
                total: root.total
            }

            Button {
                Layout.fillWidth: true
                highlighted: true
                text: root.answeredCount === root.total ? qsTr("Finish the review") : qsTr("Finish now")
                Accessible.name: text
                Accessible.description: qsTr("Applies the planned follow-ups; the review can then be read and exported but not changed.")
                onClicked: {
                    root.commit();
                    root.finishRequested();
                }
            }
        }

        Rectangle {
            id: paneRule

            anchors.top: paneHeader.bottom
            anchors.topMargin: Theme.spacingL
            width: parent.width
            height: Theme.hairline
            color: Theme.outline
        }

        Flickable {
            id: contextScroll

            anchors.top: paneRule.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            contentWidth: width
            contentHeight: contextColumn.implicitHeight + Theme.spacingL * 2
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            ScrollBar.vertical: ScrollBar {
            }

            ReviewContextPane {
                id: contextColumn

                x: Theme.spacingL
                y: Theme.spacingL
                width: contextScroll.width - Theme.spacingL * 2
                context: root.context
            }
        }
    }
}
