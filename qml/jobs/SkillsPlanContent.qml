pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The skills plan from plain data (the view feeds it the controller): what
// you're strong at, with a pitch for each, and what to build next, with
// actions. Both ranked; an empty state explains how feedback fills it.
ColumnLayout {
    id: root

    required property var strengths      // [{id, name, rank, mentions, lastSeenText, pitch}]
    required property var weaknesses     // as strengths, plus actions [...] and openActions
    property var kinds: []               // [{key, label}]
    property var statuses: []            // [{key, label}]
    property int feedbackCount
    property int openActionCount
    property int overdueCount
    property int halfLifeDays: 90
    // The weakness whose action editor is open ("" = none).
    property string editingSkillId
    readonly property bool empty: strengths.length === 0 && weaknesses.length === 0

    signal pitchSaved(string skillId, string pitch)
    signal renameRequested(string skillId, string name)
    signal actionSaved(string skillId, string actionId, string kind, string title, string dueOn)
    signal statusChosen(string actionId, string status)
    signal removeRequested(string actionId)

    // The action editors by skill id (filled as the cards are created).
    property var editors: ({})

    function editAction(skillId: string, action: var) {
        editingSkillId = skillId;
        const editor = editors[skillId];
        if (editor)
            editor.load(action);
    }

    spacing: Theme.spacingL

    EmptyState {
        objectName: "skills-empty"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXl
        visible: root.empty
        iconName: "sparkle"
        title: qsTr("Your skills plan grows from feedback")
        body: qsTr("When you log feedback on an application or an interview, tag what it says you're strong at and what you could build. Rebound gathers every piece here and ranks it, so you know how to pitch your strengths and what to practise next.")
        footnote: root.feedbackCount > 0 ? (root.feedbackCount === 1 ? qsTr("You have one piece of feedback, but it names no skill yet.") : qsTr("You have %1 pieces of feedback, but none names a skill yet.").arg(root.feedbackCount)) : qsTr("No feedback logged yet. A rejection is a good moment to ask for some.")
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: !root.empty
        spacing: Theme.spacingXxs

        Label {
            Layout.fillWidth: true
            text: (root.feedbackCount === 1 ? qsTr("From one piece of feedback") : qsTr("From %1 pieces of feedback").arg(root.feedbackCount)) + (root.openActionCount > 0 ? " · " + (root.openActionCount === 1 ? qsTr("1 open action") : qsTr("%1 open actions").arg(root.openActionCount)) : "") + (root.overdueCount > 0 ? " · " + qsTr("%1 overdue").arg(root.overdueCount) : "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightMedium
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Ranked by how often and how recently feedback names each skill: a mention counts half after %1 days.").arg(root.halfLifeDays)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }
    }

    // Strengths and what to build side by side when wide, one under the other
    // when narrow. Positioned by hand like Today's columns (nested layouts in a
    // GridLayout did not re-run when wrapped text changed height in Qt 6.4).
    Item {
        id: columns

        readonly property bool twoColumns: width >= Theme.skillsTwoColumnWidth
        readonly property real columnWidth: twoColumns ? (width - Theme.todayColumnSpacing) / 2 : width

        Layout.fillWidth: true
        visible: !root.empty
        implicitHeight: twoColumns ? Math.max(strongColumn.implicitHeight, buildColumn.implicitHeight) : strongColumn.implicitHeight + Theme.spacingXl + buildColumn.implicitHeight

        ColumnLayout {
            id: strongColumn

            width: columns.columnWidth
            spacing: Theme.spacingL

            // What you're strong at
            Label {
                Layout.fillWidth: true
                visible: !root.empty
                text: qsTr("What you're strong at")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: !root.empty && root.strengths.length === 0
                text: qsTr("No strengths named yet. When feedback praises something, tag it as a strength and write your pitch for it here.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }

            Repeater {
                model: root.strengths

                SkillsSkillCard {
                    id: strengthCard

                    required property var modelData

                    objectName: "strength-" + modelData.name
                    Layout.fillWidth: true
                    skill: modelData
                    strength: true
                    onRenameRequested: (skillId, name) => root.renameRequested(skillId, name)

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("My pitch")
                        font.pixelSize: Theme.fontSmall
                        font.weight: Theme.weightMedium
                        color: Theme.textSecondary
                    }

                    TextArea {
                        id: pitchArea

                        readonly property bool changed: text !== (strengthCard.modelData.pitch ?? "")

                        Layout.fillWidth: true
                        Layout.minimumHeight: Theme.pitchMinHeight
                        text: strengthCard.modelData.pitch ?? ""
                        placeholderText: qsTr("A short story: what you did, and the result")
                        wrapMode: TextEdit.Wrap
                        selectByMouse: true
                        textFormat: TextEdit.PlainText
                        font.pixelSize: Theme.fontBody
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("My pitch for %1").arg(strengthCard.modelData.name)
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        visible: pitchArea.changed
                        spacing: Theme.spacingS

                        Item {
                            Layout.fillWidth: true
                        }

                        Button {
                            flat: true
                            text: qsTr("Undo changes")
                            Accessible.name: qsTr("Undo changes to the pitch")
                            onClicked: pitchArea.text = strengthCard.modelData.pitch ?? ""
                        }

                        Button {
                            highlighted: true
                            text: qsTr("Save pitch")
                            Accessible.name: qsTr("Save the pitch for %1").arg(strengthCard.modelData.name)
                            onClicked: root.pitchSaved(strengthCard.modelData.id, pitchArea.text)
                        }
                    }
                }
            }

        }

        ColumnLayout {
            id: buildColumn

            x: columns.twoColumns ? columns.columnWidth + Theme.todayColumnSpacing : 0
            y: columns.twoColumns ? 0 : strongColumn.implicitHeight + Theme.spacingXl
            width: columns.columnWidth
            spacing: Theme.spacingL

            // What to build next
            Label {
                Layout.fillWidth: true
                visible: !root.empty
                text: qsTr("What to build next")
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                visible: !root.empty && root.weaknesses.length === 0
                text: qsTr("Nothing to build named yet. When feedback points at a gap, tag it and plan a course, a mock interview or some practice here.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }

            Repeater {
                model: root.weaknesses

                SkillsSkillCard {
                    id: weaknessCard

                    required property var modelData
                    readonly property bool editing: root.editingSkillId === modelData.id

                    objectName: "weakness-" + modelData.name
                    Layout.fillWidth: true
                    skill: modelData
                    strength: false
                    onRenameRequested: (skillId, name) => root.renameRequested(skillId, name)

                    Label {
                        Layout.fillWidth: true
                        visible: weaknessCard.modelData.actions.length === 0 && !weaknessCard.editing
                        text: qsTr("No actions yet. A course, a mock interview, practice, a certification or some reading: pick one small step.")
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }

                    Repeater {
                        model: weaknessCard.modelData.actions

                        SkillsActionRow {
                            required property var modelData

                            Layout.fillWidth: true
                            action: modelData
                            statuses: root.statuses
                            onStatusChosen: (actionId, status) => root.statusChosen(actionId, status)
                            onEditRequested: action => root.editAction(weaknessCard.modelData.id, action)
                            onRemoveRequested: actionId => root.removeRequested(actionId)
                        }
                    }

                    SkillsActionEditor {
                        id: actionEditor

                        Layout.fillWidth: true
                        visible: weaknessCard.editing
                        kinds: root.kinds
                        onSaveRequested: (actionId, kind, title, dueOn) => root.actionSaved(weaknessCard.modelData.id, actionId, kind, title, dueOn)
                        onCancelled: root.editingSkillId = ""
                        Component.onCompleted: root.editors[weaknessCard.modelData.id] = actionEditor
                        Component.onDestruction: delete root.editors[weaknessCard.modelData.id]
                    }

                    Button {
                        visible: !weaknessCard.editing
                        flat: true
                        text: qsTr("Add an action")
                        Accessible.name: qsTr("Add an action for %1").arg(weaknessCard.modelData.name)
                        onClicked: root.editAction(weaknessCard.modelData.id, {})
                    }
                }
            }
        }
    }
}
