pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A row of mutually exclusive pill buttons. model: [{value, text}].
Rectangle {
    id: root

    required property var model
    property int value
    required property string label

    signal activated(int value)

    implicitWidth: row.implicitWidth + Theme.spacingXs * 2
    implicitHeight: row.implicitHeight + Theme.spacingXs * 2
    radius: height / 2
    color: Theme.surfaceRaised

    Accessible.role: Accessible.Grouping
    Accessible.name: label

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingXs
        spacing: Theme.spacingXxs

        Repeater {
            model: root.model

            AbstractButton {
                id: option

                required property var modelData
                readonly property bool selected: root.value === modelData.value

                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget - Theme.spacingS
                implicitWidth: implicitContentWidth + leftPadding + rightPadding
                leftPadding: Theme.spacingL
                rightPadding: Theme.spacingL
                text: modelData.text
                checkable: true
                checked: selected
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.RadioButton
                Accessible.name: text
                Accessible.checked: selected
                onClicked: root.activated(modelData.value)

                background: Rectangle {
                    radius: height / 2
                    color: option.selected ? Theme.surface : option.hovered ? Theme.outline : "transparent"
                    border.width: option.visualFocus ? Theme.focusRing : option.selected ? Theme.hairline : 0
                    border.color: option.visualFocus ? Theme.accent : Theme.outline
                }

                contentItem: Label {
                    text: option.text
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    font.pixelSize: Theme.fontSmall
                    font.weight: option.selected ? Theme.weightBold : Theme.weightMedium
                    color: option.selected ? Theme.textPrimary : Theme.textSecondary
                }
            }
        }
    }
}
