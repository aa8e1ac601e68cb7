pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Five mood buttons, each with a distinct face, a colour and a label, so the
// choice reads without colour. Clicking the selected mood clears it (0).
RowLayout {
    id: root

    property int mood: 0
    property bool allowClear: true

    signal moodPicked(int mood)

    // Keyboard: puts focus on the selected mood, or the first one.
    function focusMood() {
        const button = moods.itemAt(Math.max(0, root.mood - 1));
        if (button)
            button.forceActiveFocus(Qt.ShortcutFocusReason);
    }

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Mood")

    Repeater {
        id: moods

        model: Moods.count

        AbstractButton {
            id: moodButton

            required property int index
            readonly property int value: index + 1
            readonly property bool selected: root.mood === value

            Layout.fillWidth: true
            Layout.minimumWidth: Theme.touchTarget
            implicitHeight: implicitContentHeight + topPadding + bottomPadding
            padding: Theme.spacingS
            horizontalPadding: Theme.spacingXxs
            text: Moods.label(value)
            focusPolicy: Qt.StrongFocus

            Accessible.role: Accessible.RadioButton
            Accessible.name: Moods.accessibleName(value)
            Accessible.checked: selected

            onClicked: {
                const next = selected && root.allowClear ? 0 : value;
                root.mood = next;
                root.moodPicked(next);
            }

            background: Rectangle {
                radius: Theme.radiusM
                color: moodButton.selected ? Theme.moodSoftColor(moodButton.value) : moodButton.hovered ? Theme.surfaceRaised : "transparent"
                border.width: moodButton.selected ? Theme.focusRing : moodButton.visualFocus ? Theme.hairline : 0
                border.color: moodButton.selected ? Theme.moodColor(moodButton.value) : Theme.outlineStrong

                Behavior on color  {
                    ColorAnimation {
                        duration: Theme.durationShort
                    }
                }
            }

            contentItem: ColumnLayout {
                spacing: Theme.spacingXs

                Icon {
                    Layout.alignment: Qt.AlignHCenter
                    name: Moods.iconName(moodButton.value)
                    color: Theme.moodColor(moodButton.value)
                    size: Theme.iconSize + Theme.spacingS
                }

                Label {
                    Layout.fillWidth: true
                    text: moodButton.text
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    font.weight: moodButton.selected ? Theme.weightBold : Theme.weightRegular
                    color: moodButton.selected ? Theme.textPrimary : Theme.textSecondary
                }
            }
        }
    }
}
