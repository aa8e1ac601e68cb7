import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A read-only pill for a tag or a named feeling; `removable` adds an ×.
Rectangle {
    id: chip

    required property string text
    property string iconName: "tag"
    property bool removable: false
    property bool compact: false

    signal removeClicked

    implicitWidth: row.implicitWidth + (removable ? Theme.spacingXs : Theme.spacingM) + Theme.spacingS
    implicitHeight: compact ? Theme.chipHeight - Theme.spacingM : Theme.chipHeight - Theme.spacingXs
    radius: height / 2
    color: Theme.surfaceRaised
    border.width: Theme.hairline
    border.color: Theme.outline

    Accessible.role: Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row

        anchors.verticalCenter: parent.verticalCenter
        x: Theme.spacingS
        spacing: Theme.spacingXs

        GlyphIcon {
            visible: chip.iconName.length > 0
            name: chip.iconName
            size: chip.compact ? Theme.fontCaption : Theme.chipIconSize - Theme.spacingXxs
            color: Theme.textSecondary
        }

        Label {
            text: chip.text
            font.pixelSize: chip.compact ? Theme.fontCaption : Theme.fontSmall
            color: Theme.textPrimary
            elide: Text.ElideRight
            Layout.maximumWidth: Theme.choiceWidth
        }

        AbstractButton {
            id: removeButton

            visible: chip.removable
            implicitWidth: chip.height
            implicitHeight: chip.height
            focusPolicy: Qt.TabFocus
            text: qsTr("Remove %1").arg(chip.text)
            Accessible.role: Accessible.Button
            Accessible.name: text
            onClicked: chip.removeClicked()

            background: Rectangle {
                radius: height / 2
                color: removeButton.hovered || removeButton.visualFocus ? Theme.outline : "transparent"
            }

            contentItem: Item {
                Icon {
                    anchors.centerIn: parent
                    name: "close"
                    size: Theme.chipIconSize - Theme.spacingXxs
                    color: Theme.textSecondary
                }
            }
        }
    }
}
