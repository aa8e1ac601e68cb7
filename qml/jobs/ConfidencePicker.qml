pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Confidence from 1 (shaky) to 5 (sure) as five chips; clicking the chosen
// one again clears it (0 = not given). The root is a plain Item: a Layout as
// the root of a destroyed tree can crash Qt 6.4 while its Repeater's children go.
Item {
    id: root

    required property string label
    property int value: 0

    signal edited(int value)

    function describe(level: int): string {
        switch (level) {
        case 1:
            return qsTr("Very unsure");
        case 2:
            return qsTr("Unsure");
        case 3:
            return qsTr("So-so");
        case 4:
            return qsTr("Confident");
        case 5:
            return qsTr("Very confident");
        }
        return qsTr("Not given");
    }

    function pick(level: int) {
        value = value === level ? 0 : level;
        edited(value);
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1: %2").arg(label).arg(describe(value))

    ColumnLayout {
        id: column

        anchors.fill: parent
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Label {
                Layout.fillWidth: true
                text: root.label
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightMedium
                color: Theme.textSecondary
            }

            Label {
                text: root.describe(root.value)
                font.pixelSize: Theme.fontSmall
                color: root.value > 0 ? Theme.textPrimary : Theme.textSecondary
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Repeater {
                model: Theme.confidenceLevels

                AbstractButton {
                    id: level

                    required property int index
                    readonly property int levelValue: index + 1
                    readonly property bool selected: root.value === levelValue

                    Layout.fillWidth: true
                    implicitHeight: Theme.chipHeight
                    text: String(levelValue)
                    focusPolicy: Qt.StrongFocus
                    Accessible.role: Accessible.RadioButton
                    Accessible.name: qsTr("%1, %2").arg(levelValue).arg(root.describe(levelValue))
                    Accessible.checked: selected
                    onClicked: root.pick(levelValue)

                    background: Rectangle {
                        radius: Theme.radiusS
                        color: level.selected ? Theme.accentSoft : level.hovered ? Theme.surfaceRaised : Theme.surface
                        border.width: level.selected || level.visualFocus ? Theme.focusRing : Theme.hairline
                        border.color: level.selected || level.visualFocus ? Theme.accent : Theme.outline
                    }

                    contentItem: Label {
                        text: level.text
                        horizontalAlignment: Text.AlignHCenter
                        verticalAlignment: Text.AlignVCenter
                        font.pixelSize: Theme.fontBody
                        font.weight: level.selected ? Theme.weightBold : Theme.weightMedium
                        color: level.selected ? Theme.textPrimary : Theme.textSecondary
                    }
                }
            }
        }
    }
}
