import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A caption above a group of chips: optional glyph, title and a quiet hint.
RowLayout {
    id: root

    property string text
    property string hint
    property string iconName
    property color iconColor: Theme.textSecondary
    // A sub-group caption (smaller, secondary colour).
    property bool minor: false

    Layout.fillWidth: true
    Layout.topMargin: minor ? 0 : Theme.spacingXs
    spacing: Theme.spacingXs

    Icon {
        visible: root.iconName.length > 0
        name: root.iconName
        color: root.iconColor
        size: Theme.iconSizeSmall
    }

    Label {
        text: root.text
        font.pixelSize: root.minor ? Theme.fontCaption : Theme.fontSmall
        font.weight: root.minor ? Theme.weightMedium : Theme.weightBold
        font.capitalization: root.minor ? Font.AllUppercase : Font.MixedCase
        font.letterSpacing: root.minor ? Theme.letterSpacingCaps : 0
        color: root.minor ? Theme.textSecondary : Theme.textPrimary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Label {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: "· " + root.hint
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
}
