pragma ComponentBehavior: Bound
import QtQuick
import Rebound.Ui

// Pick one of a few options shown as chips that wrap. model: [{key, label}].
// With `allowNone`, clicking the picked chip again clears the choice ("").
Flow {
    id: root

    required property var model
    required property string label
    property string selectedKey
    property bool allowNone: false

    signal picked(string key)

    function pick(key: string) {
        const next = allowNone && key === selectedKey ? "" : key;
        if (next === selectedKey)
            return;
        selectedKey = next;
        picked(next);
    }

    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Repeater {
        model: root.model

        ToggleChip {
            required property var modelData

            text: modelData.label
            checked: root.selectedKey === modelData.key
            Accessible.role: Accessible.RadioButton
            Accessible.name: text
            Accessible.checked: checked
            onClicked: root.pick(modelData.key)
        }
    }
}
