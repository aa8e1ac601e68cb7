pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// The open application: company and role, its stage (and a way to move it),
// the facts, notes, stage history, interviews, feedback, people and reminders.
// Edits and deletes are requested from the page, which owns the dialogs.
Rectangle {
    id: view

    required property ApplicationController controller
    property bool showBack: true

    readonly property var application: controller.application
    readonly property bool hasApplication: application.id !== undefined
    readonly property string link: hasApplication ? application.link : ""
    readonly property string placeText: hasApplication ? [application.workModeLabel, application.location].filter(s => s.length > 0).join(qsTr(" · ")) : ""

    signal closeRequested
    signal editRequested
    signal deleteRequested(string id)
    signal moveRequested
    signal addInterviewRequested
    signal editInterviewRequested(var interview)
    signal addFeedbackRequested
    signal editFeedbackRequested(var feedback)
    signal addPersonRequested
    signal removePersonRequested(string id, string name)
    signal removeStageRequested(string id)

    function scrollToTop() {
        scroller.contentY = 0;
    }

    color: Theme.background

    Accessible.role: Accessible.Pane
    Accessible.name: hasApplication ? qsTr("Application: %1").arg(application.company) : qsTr("Application")

    RowLayout {
        id: toolbar

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        height: Theme.headerHeight
        spacing: Theme.spacingXs

        IconButton {
            iconName: view.showBack ? "back" : "close"
            label: view.showBack ? qsTr("Back to the applications") : qsTr("Close the application")
            onClicked: view.closeRequested()
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            visible: view.hasApplication
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete application")
            onClicked: view.deleteRequested(view.application.id)
        }

        Button {
            visible: view.hasApplication
            highlighted: true
            text: qsTr("Edit")
            Accessible.name: qsTr("Edit application")
            onClicked: view.editRequested()
        }
    }

    Rectangle {
        anchors.top: toolbar.bottom
        width: parent.width
        height: Theme.hairline
        color: Theme.outline
        visible: scroller.contentY > 0
    }

    ScrollPage {
        id: scroller

        anchors.fill: parent
        anchors.topMargin: toolbar.height
        maxContentWidth: Theme.readingMaxWidth
        sideMargin: Theme.spacingL
        topMargin: Theme.spacingXs
        bottomMargin: Theme.spacingHuge
        spacing: Theme.spacingM
        visible: view.hasApplication

        // Company, role, stage.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Label {
                Layout.fillWidth: true
                text: view.hasApplication ? view.application.company : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontHeadline
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: view.hasApplication ? view.application.role : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBodyLarge
                color: Theme.textSecondary
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: stageRow.implicitHeight + Theme.spacingM * 2
            radius: Theme.radiusL
            color: view.hasApplication ? Theme.stageSoftColor(view.application.stage) : Theme.surfaceRaised

            RowLayout {
                id: stageRow

                anchors.fill: parent
                anchors.margins: Theme.spacingM
                anchors.leftMargin: Theme.spacingL
                spacing: Theme.spacingM

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXxs

                    Label {
                        Layout.fillWidth: true
                        text: view.hasApplication ? view.application.stageLabel : ""
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontTitle
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                    }

                    Label {
                        Layout.fillWidth: true
                        text: {
                            if (!view.hasApplication)
                                return "";
                            const days = view.application.daysInStage;
                            const since = Dates.atNoon(view.application.stageDate).toLocaleDateString(Qt.locale(), Theme.shortDateFormat);
                            return days === 0 ? qsTr("Since today") : days === 1 ? qsTr("Since %1 · 1 day").arg(since) : qsTr("Since %1 · %2 days").arg(since).arg(days);
                        }
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                }

                Button {
                    flat: true
                    text: qsTr("Move to…")
                    Material.foreground: Theme.textPrimary
                    Accessible.name: qsTr("Move to another stage")
                    onClicked: view.moveRequested()
                }
            }
        }

        // Link, place, salary, source.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS
            visible: view.link.length > 0 || view.placeText.length > 0 || (view.hasApplication && (view.application.salaryText.length > 0 || view.application.source.length > 0))

            AbstractButton {
                id: linkButton

                Layout.fillWidth: true
                visible: view.link.length > 0
                implicitHeight: implicitContentHeight
                focusPolicy: Qt.StrongFocus
                hoverEnabled: true
                Accessible.role: Accessible.Link
                Accessible.name: qsTr("Open the job ad: %1").arg(view.link)
                onClicked: Qt.openUrlExternally(view.link)

                contentItem: RowLayout {
                    spacing: Theme.spacingS

                    JobsIcon {
                        name: "link"
                        size: Theme.iconSizeSmall
                        color: Theme.accent
                    }

                    Label {
                        Layout.fillWidth: true
                        text: view.link
                        elide: Text.ElideMiddle
                        font.pixelSize: Theme.fontBody
                        font.underline: linkButton.hovered || linkButton.visualFocus
                        color: Theme.accent
                    }

                    JobsIcon {
                        name: "external"
                        size: Theme.iconSizeSmall
                        color: Theme.accent
                    }
                }
            }

            FactRow {
                Layout.fillWidth: true
                iconName: "place"
                name: qsTr("Where")
                text: view.placeText
            }

            FactRow {
                Layout.fillWidth: true
                iconName: "money"
                name: qsTr("Salary")
                text: view.hasApplication ? view.application.salaryText : ""
            }

            FactRow {
                Layout.fillWidth: true
                iconName: "source"
                name: qsTr("Found through")
                text: view.hasApplication ? view.application.source : ""
            }
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: view.hasApplication ? view.application.notes : ""
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }

        DetailSection {
            Layout.fillWidth: true
            title: qsTr("Interviews")
            actionText: qsTr("Add")
            actionName: qsTr("Add an interview")
            empty: view.controller.interviews.length === 0
            emptyText: qsTr("Log an interview to get a prep reminder the day before and a place for your reflection.")
            onActionTriggered: view.addInterviewRequested()

            Repeater {
                model: view.controller.interviews

                InterviewCard {
                    required property var modelData

                    Layout.fillWidth: true
                    interview: modelData
                    onClicked: view.editInterviewRequested(modelData)
                }
            }
        }

        DetailSection {
            Layout.fillWidth: true
            title: qsTr("Feedback")
            actionText: qsTr("Add")
            actionName: qsTr("Add feedback")
            empty: view.controller.feedback.length === 0
            emptyText: qsTr("Whatever you hear back, from them or from a mock interview, feeds your skills plan.")
            onActionTriggered: view.addFeedbackRequested()

            Repeater {
                model: view.controller.feedback

                FeedbackCard {
                    required property var modelData

                    Layout.fillWidth: true
                    feedback: modelData
                    onClicked: view.editFeedbackRequested(modelData)
                }
            }
        }

        DetailSection {
            Layout.fillWidth: true
            title: qsTr("Stage history")

            StageTimeline {
                Layout.fillWidth: true
                events: view.controller.history
                onRemoveRequested: id => view.removeStageRequested(id)
            }
        }

        DetailSection {
            Layout.fillWidth: true
            title: qsTr("People")
            actionText: qsTr("Add")
            actionName: qsTr("Add a person")
            empty: view.controller.people.length === 0
            emptyText: qsTr("Recruiters, hiring managers, whoever referred you.")
            onActionTriggered: view.addPersonRequested()

            Repeater {
                model: view.controller.people

                RowLayout {
                    id: person

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: Theme.spacingM

                    Rectangle {
                        implicitWidth: Theme.touchTarget - Theme.spacingS
                        implicitHeight: implicitWidth
                        radius: width / 2
                        color: Theme.surfaceRaised

                        JobsIcon {
                            anchors.centerIn: parent
                            name: "person"
                            size: Theme.iconSizeSmall
                            color: Theme.textSecondary
                        }
                    }

                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            text: person.modelData.name
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontBody
                            font.weight: Theme.weightMedium
                            color: Theme.textPrimary
                        }

                        Label {
                            Layout.fillWidth: true
                            text: person.modelData.email.length > 0 ? qsTr("%1 · %2").arg(person.modelData.roleLabel).arg(person.modelData.email) : person.modelData.roleLabel
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textSecondary
                        }
                    }

                    IconButton {
                        iconName: "close"
                        iconColor: Theme.textSecondary
                        label: qsTr("Remove %1").arg(person.modelData.name)
                        onClicked: view.removePersonRequested(person.modelData.id, person.modelData.name)
                    }
                }
            }
        }

        DetailSection {
            Layout.fillWidth: true
            visible: view.controller.reminders.length > 0
            title: qsTr("Reminders")

            Repeater {
                model: view.controller.reminders

                CheckDelegate {
                    id: reminder

                    required property var modelData

                    Layout.fillWidth: true
                    leftPadding: 0
                    checked: modelData.done
                    text: modelData.title
                    Accessible.name: qsTr("%1, due %2").arg(modelData.title).arg(Dates.relativeDay(modelData.dueOn))
                    onClicked: view.controller.setReminderDone(modelData.id, checked)

                    contentItem: ColumnLayout {
                        spacing: 0

                        Label {
                            Layout.fillWidth: true
                            rightPadding: reminder.indicator.width + Theme.spacingS
                            text: reminder.modelData.title
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            font.strikeout: reminder.modelData.done
                            color: reminder.modelData.done ? Theme.textSecondary : Theme.textPrimary
                        }

                        Label {
                            Layout.fillWidth: true
                            text: reminder.modelData.overdue ? qsTr("Was due %1").arg(Dates.relativeDay(reminder.modelData.dueOn)) : Dates.relativeDay(reminder.modelData.dueOn)
                            font.pixelSize: Theme.fontSmall
                            color: reminder.modelData.overdue ? Theme.warning : Theme.textSecondary
                        }
                    }
                }
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - Theme.spacingXl * 2, Theme.formMaxWidth)
        visible: !view.hasApplication
        iconName: "jobs"
        title: view.controller.applicationId.length > 0 ? qsTr("This application is gone") : qsTr("Pick an application")
        body: view.controller.applicationId.length > 0 ? qsTr("It may have been deleted.") : qsTr("Its interviews, feedback and history open here.")
    }
}
