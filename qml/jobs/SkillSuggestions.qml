pragma ComponentBehavior: Bound
import QtQuick
import Rebound.Ui

// Skill names already in use, offered under a TagInput: those starting with
// what is typed (or the first few), minus the ones already added. Clicking
// one adds it to the input.
Flow {
    id: root

    required property TagInput input
    property var names: []
    property int limit: Theme.recentEntryCount + 1

    readonly property var offered: {
        const typed = input.field.text.trim().toLowerCase();
        const taken = input.tags.map(t => String(t).toLowerCase());
        return names.filter(n => taken.indexOf(n.toLowerCase()) < 0 && n.toLowerCase().startsWith(typed)).slice(0, limit);
    }

    spacing: Theme.spacingXs
    visible: offered.length > 0

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Suggestions")

    Repeater {
        model: root.offered

        ToggleChip {
            required property string modelData

            implicitHeight: Theme.chipHeight - Theme.spacingS
            text: modelData
            iconName: "plus"
            Accessible.name: qsTr("Add %1").arg(modelData)
            onClicked: {
                root.input.addTag(modelData);
                root.input.field.clear();
            }
        }
    }
}
