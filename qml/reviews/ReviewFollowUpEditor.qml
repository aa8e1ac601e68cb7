import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// What an answer leads to once the review is finished: a new goal (title and
// kind), a new status for an existing goal, or a skills action (title, skill,
// kind of action). Nothing is written until the review is finished.
Rectangle {
    id: root

    // The review's choices: {followUpKinds, goalChoices, goalKinds, goalStatuses,
    // actionKinds, skillNames}, as the review controller gives them.
    required property var choices
    property string kind: "new_goal"
    property string errorText
    property bool existing: false

    // A new goal may be an alternative path to one of these ("" first: none).
    readonly property var parentChoices: [({
                "key": "",
                "label": qsTr("None: a goal of its own")
            }), ...(choices["goalChoices"] ?? []).filter(g => g.canHaveAlternatives)]

    signal saveRequested(string kind, string title, string target, string detail)
    signal removeRequested
    signal cancelled

    // answer: the review answer map (followUpKind, followUpTitle, followUpTarget, followUpDetail).
    function load(answer: var) {
        existing = (answer["followUpKind"] ?? "").length > 0;
        kind = existing ? answer["followUpKind"] : "new_goal";
        errorText = "";
        const title = existing ? (answer["followUpTitle"] ?? "") : "";
        const target = existing ? (answer["followUpTarget"] ?? "") : "";
        const detail = existing ? (answer["followUpDetail"] ?? "") : "";
        titleField.text = title;
        goalKind.selectedKey = kind === "new_goal" && target.length > 0 ? target : "role";
        const goals = choices["goalChoices"] ?? [];
        goalBox.currentIndex = kind === "goal_status" ? Math.max(0, goals.findIndex(g => g.key === target)) : 0;
        goalStatus.selectedKey = kind === "goal_status" && detail.length > 0 ? detail : "achieved";
        parentBox.currentIndex = kind === "new_goal" ? Math.max(0, root.parentChoices.findIndex(g => g.key === detail)) : 0;
        skillField.editText = kind === "skill_action" ? target : "";
        actionKind.selectedKey = kind === "skill_action" && detail.length > 0 ? detail : "practice";
    }

    function save() {
        const title = titleField.text.trim();
        if (kind === "new_goal") {
            if (title.length === 0) {
                errorText = qsTr("Name the goal.");
                return;
            }
            const parent = root.parentChoices[parentBox.currentIndex];
            saveRequested(kind, title, goalKind.selectedKey, parent ? parent.key : "");
        } else if (kind === "goal_status") {
            const goals = choices["goalChoices"] ?? [];
            if (goals.length === 0 || goalBox.currentIndex < 0) {
                errorText = qsTr("There is no open goal to change.");
                return;
            }
            saveRequested(kind, "", goals[goalBox.currentIndex].key, goalStatus.selectedKey);
        } else {
            const skill = skillField.editText.trim();
            if (title.length === 0 || skill.length === 0) {
                errorText = qsTr("Name the action and the skill it builds.");
                return;
            }
            saveRequested(kind, title, skill, actionKind.selectedKey);
        }
    }

    implicitHeight: column.implicitHeight + Theme.spacingL * 2
    radius: Theme.radiusM
    color: Theme.surfaceRaised

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Follow-up")

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("When you finish the review, this becomes…")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightMedium
            color: Theme.textSecondary
        }

        OptionChips {
            Layout.fillWidth: true
            label: qsTr("Kind of follow-up")
            model: root.choices["followUpKinds"] ?? []
            selectedKey: root.kind
            onPicked: key => {
                root.kind = key;
                root.errorText = "";
            }
        }

        TextField {
            id: titleField

            Layout.fillWidth: true
            visible: root.kind !== "goal_status"
            placeholderText: root.kind === "new_goal" ? qsTr("The goal, e.g. Try product analytics roles") : qsTr("The action, e.g. Two mock interviews with Sam")
            maximumLength: Theme.actionTitleMaxLength
            selectByMouse: true
            Accessible.name: root.kind === "new_goal" ? qsTr("Goal") : qsTr("Action")
        }

        FieldLabel {
            visible: root.kind === "new_goal"
            text: qsTr("Kind of goal")
        }

        OptionChips {
            id: goalKind

            Layout.fillWidth: true
            visible: root.kind === "new_goal"
            label: qsTr("Kind of goal")
            model: root.choices["goalKinds"] ?? []
            selectedKey: "role"
        }

        FieldLabel {
            visible: root.kind === "new_goal" && root.parentChoices.length > 1
            text: qsTr("An alternative path to (optional)")
        }

        ComboBox {
            id: parentBox

            Layout.fillWidth: true
            visible: root.kind === "new_goal" && root.parentChoices.length > 1
            model: root.parentChoices.map(g => g.label)
            Accessible.name: qsTr("An alternative path to")
        }

        FieldLabel {
            visible: root.kind === "goal_status"
            text: (root.choices["goalChoices"] ?? []).length > 0 ? qsTr("Which goal") : qsTr("You have no open goals yet: add one on the Goals page, or plan a new goal here.")
        }

        ComboBox {
            id: goalBox

            Layout.fillWidth: true
            visible: root.kind === "goal_status" && (root.choices["goalChoices"] ?? []).length > 0
            model: (root.choices["goalChoices"] ?? []).map(g => g.label)
            Accessible.name: qsTr("Goal to change")
        }

        FieldLabel {
            visible: root.kind === "goal_status"
            text: qsTr("New status")
        }

        OptionChips {
            id: goalStatus

            Layout.fillWidth: true
            visible: root.kind === "goal_status"
            label: qsTr("New status")
            model: root.choices["goalStatuses"] ?? []
            selectedKey: "achieved"
        }

        FieldLabel {
            visible: root.kind === "skill_action"
            text: qsTr("Skill it builds")
        }

        ComboBox {
            id: skillField

            Layout.fillWidth: true
            visible: root.kind === "skill_action"
            editable: true
            model: root.choices["skillNames"] ?? []
            Accessible.name: qsTr("Skill")
            // An empty field until a name is typed or picked.
            Component.onCompleted: editText = ""
        }

        FieldLabel {
            visible: root.kind === "skill_action"
            text: qsTr("Kind of action")
        }

        OptionChips {
            id: actionKind

            Layout.fillWidth: true
            visible: root.kind === "skill_action"
            label: qsTr("Kind of action")
            model: root.choices["actionKinds"] ?? []
            selectedKey: "practice"
        }

        Label {
            Layout.fillWidth: true
            visible: root.errorText.length > 0
            text: root.errorText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.danger
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Button {
                visible: root.existing
                flat: true
                text: qsTr("Remove")
                Accessible.description: qsTr("Remove the follow-up")
                Accessible.name: text
                onClicked: root.removeRequested()
            }

            Item {
                Layout.fillWidth: true
            }

            Button {
                flat: true
                text: qsTr("Cancel")
                Accessible.name: text
                onClicked: root.cancelled()
            }

            Button {
                highlighted: true
                text: qsTr("Save")
                Accessible.description: qsTr("Save the follow-up")
                Accessible.name: text
                onClicked: root.save()
            }
        }
    }
}
