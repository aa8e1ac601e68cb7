import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One destination in the bottom bar (stacked) or the sidebar (inline).
AbstractButton {
    id: control

    required property string iconName
    property bool current: false
    property bool stacked: true

    readonly property color tint: current ? Theme.accent : Theme.textSecondary

    implicitHeight: stacked ? Theme.bottomBarHeight : Theme.touchTarget
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true

    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.selected: current

    background: Rectangle {
        visible: !control.stacked
        radius: Theme.radiusM
        color: control.current ? Theme.accentSoft : control.hovered ? Theme.surfaceRaised : "transparent"
        border.width: control.visualFocus ? Theme.focusRing : 0
        border.color: Theme.accent
    }

    contentItem: Item {
        implicitWidth: Theme.iconSize + Theme.spacingL * 2
        implicitHeight: Theme.touchTarget

        ColumnLayout {
            visible: control.stacked
            anchors.centerIn: parent
            width: parent.width
            spacing: Theme.spacingXs

            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Theme.iconSize + Theme.spacingL * 2
                implicitHeight: Theme.iconSize + Theme.spacingXs * 2
                radius: height / 2
                color: control.current ? Theme.accentSoft : control.hovered ? Theme.surfaceRaised : "transparent"
                border.width: control.visualFocus ? Theme.focusRing : 0
                border.color: Theme.accent

                Icon {
                    anchors.centerIn: parent
                    name: control.iconName
                    color: control.tint
                }
            }

            // Six of these share a phone's width: long words (other languages) shrink a
            // little before they are cut, and never touch their neighbours.
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacingXxs
                Layout.rightMargin: Theme.spacingXxs
                text: control.text
                horizontalAlignment: Text.AlignHCenter
                elide: Text.ElideRight
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.fontMinimum
                font.pixelSize: Theme.fontCaption
                font.weight: control.current ? Theme.weightBold : Theme.weightMedium
                color: control.current ? Theme.textPrimary : Theme.textSecondary
            }
        }

        RowLayout {
            visible: !control.stacked
            anchors.fill: parent
            anchors.leftMargin: Theme.spacingM
            anchors.rightMargin: Theme.spacingM
            spacing: Theme.spacingM

            Icon {
                name: control.iconName
                color: control.tint
            }

            Label {
                Layout.fillWidth: true
                text: control.text
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: control.current ? Theme.weightBold : Theme.weightMedium
                color: control.current ? Theme.textPrimary : Theme.textSecondary
            }
        }
    }
}
