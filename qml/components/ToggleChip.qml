import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A pill that can be switched on and off (filters, feelings). Checked chips
// show a tick as well as a tint, so the state reads without colour.
// It does not toggle itself: bind `checked` to your state and change that
// state in onClicked (so the binding survives the click).
AbstractButton {
    id: chip

    property string iconName
    property color tint: Theme.accent
    property color tintSoft: Theme.accentSoft

    checkable: false
    implicitHeight: Theme.chipHeight
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    leftPadding: checked || iconName.length > 0 ? Theme.spacingS : Theme.spacingM
    rightPadding: Theme.spacingM
    focusPolicy: Qt.StrongFocus

    Accessible.role: Accessible.CheckBox
    Accessible.name: text
    Accessible.checked: checked

    background: Rectangle {
        radius: height / 2
        color: chip.checked ? chip.tintSoft : chip.hovered ? Theme.surfaceRaised : Theme.surface
        border.width: chip.visualFocus ? Theme.focusRing : Theme.hairline
        border.color: chip.visualFocus || chip.checked ? chip.tint : Theme.outline
    }

    contentItem: RowLayout {
        spacing: Theme.spacingXs

        GlyphIcon {
            visible: chip.checked || chip.iconName.length > 0
            name: chip.checked ? "check" : chip.iconName
            size: Theme.chipIconSize
            color: chip.checked ? chip.tint : Theme.textSecondary
        }

        Label {
            text: chip.text
            font.pixelSize: Theme.fontSmall
            font.weight: chip.checked ? Theme.weightBold : Theme.weightMedium
            color: chip.checked ? Theme.textPrimary : Theme.textSecondary
            elide: Text.ElideRight
            Layout.maximumWidth: Theme.choiceWidth
        }
    }
}
