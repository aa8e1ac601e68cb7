pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Multi-select toggle chips that wrap onto as many lines as they need.
// model: [{id, name}]. A selected chip shows a check mark and bold text, so
// the state reads without colour; screen readers hear a checkable item.
Flow {
    id: root

    required property var model
    required property string label
    // Ids of the selected chips, in the order they were picked.
    property var selectedIds: []
    // Read after each chip's name by screen readers, e.g. "hard feeling".
    property string itemDescription
    property color selectedColor: Theme.accentSoft
    property color selectedBorderColor: Theme.accent

    signal toggled(string id, bool selected)

    function isSelected(id: string): bool {
        return selectedIds.indexOf(id) >= 0;
    }

    function toggle(id: string) {
        const next = selectedIds.slice();
        const at = next.indexOf(id);
        if (at >= 0)
            next.splice(at, 1);
        else
            next.push(id);
        selectedIds = next;
        toggled(id, at < 0);
    }

    function clear() {
        selectedIds = [];
    }

    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Repeater {
        model: root.model

        AbstractButton {
            id: chip

            required property var modelData
            readonly property string itemId: modelData.id
            readonly property bool selected: root.selectedIds.indexOf(itemId) >= 0

            implicitHeight: Theme.chipHeight
            implicitWidth: implicitContentWidth + leftPadding + rightPadding
            leftPadding: selected ? Theme.spacingS : Theme.spacingM
            rightPadding: Theme.spacingM
            text: modelData.name
            focusPolicy: Qt.StrongFocus

            Accessible.role: Accessible.CheckBox
            Accessible.name: text
            Accessible.description: root.itemDescription
            Accessible.checkable: true
            Accessible.checked: selected

            onClicked: root.toggle(itemId)

            background: Rectangle {
                radius: height / 2
                color: chip.selected ? root.selectedColor : chip.hovered ? Theme.surfaceRaised : Theme.surface
                border.width: chip.visualFocus || chip.selected ? Theme.focusRing : Theme.hairline
                border.color: chip.visualFocus ? Theme.accent : chip.selected ? root.selectedBorderColor : Theme.outline

                Behavior on color  {
                    ColorAnimation {
                        duration: Theme.durationShort
                    }
                }
            }

            contentItem: RowLayout {
                spacing: Theme.spacingXs

                Icon {
                    visible: chip.selected
                    name: "check"
                    color: root.selectedBorderColor
                    size: Theme.iconSizeSmall
                }

                Label {
                    text: chip.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: chip.selected ? Theme.weightBold : Theme.weightMedium
                    color: chip.selected ? Theme.textPrimary : Theme.textSecondary
                }
            }
        }
    }
}
