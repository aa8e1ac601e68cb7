import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Add or edit one improvement action: what kind (course, mock interview,
// practice, certification, reading), what exactly, and an optional due day.
ColumnLayout {
    id: root

    required property var kinds          // [{key, label}]
    property string actionId             // "" = new
    property string kind: "course"
    property string title
    property string dueOn                // "yyyy-MM-dd" or ""

    signal saveRequested(string actionId, string kind, string title, string dueOn)
    signal cancelled

    function load(action: var) {
        actionId = action["id"] ?? "";
        kindBox.currentIndex = Math.max(0, kinds.findIndex(k => k.key === (action["kind"] ?? "course")));
        titleField.text = action["title"] ?? "";
        const due = action["dueOn"] ?? "";
        dueField.checked = due.length > 0;
        dueField.day = due.length > 0 ? due : Dates.dayKey(Dates.addDays(Dates.today(), Theme.duePresets[1]));
        titleField.forceActiveFocus();
    }

    function save() {
        if (titleField.text.trim().length === 0)
            return;
        saveRequested(actionId, kinds[Math.max(0, kindBox.currentIndex)].key, titleField.text, dueField.value);
    }

    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: root.actionId.length > 0 ? qsTr("Edit action") : qsTr("New action")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        ComboBox {
            id: kindBox

            Layout.preferredWidth: Theme.choiceWidth
            model: root.kinds.map(k => k.label)
            Accessible.name: qsTr("Kind of action")
        }

        TextField {
            id: titleField

            Layout.fillWidth: true
            placeholderText: qsTr("What exactly? e.g. Two mock interviews with Sam")
            maximumLength: Theme.actionTitleMaxLength
            selectByMouse: true
            Accessible.name: qsTr("Action")
            onAccepted: root.save()
        }
    }

    RejectionFlowDateField {
        id: dueField

        Layout.fillWidth: true
        label: qsTr("Due by")
        checked: false
        presets: Theme.duePresets
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

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
            enabled: titleField.text.trim().length > 0
            text: root.actionId.length > 0 ? qsTr("Save") : qsTr("Add")
            Accessible.name: root.actionId.length > 0 ? qsTr("Save action") : qsTr("Add action")
            onClicked: root.save()
        }
    }
}
