import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A contact in the People list: initials, name, role and company, tags, and
// when they are due for keep-in-touch.
ItemDelegate {
    id: row

    required property string contactId
    required property string name
    required property string initials
    required property string subtitle
    required property var tagLabels
    required property string lastContactedText
    required property string dueText
    required property bool isDue
    property bool selected: false

    // The non-empty parts joined with a separator.
    function joined(parts, separator: string): string {
        return parts.filter(s => String(s).length > 0).join(separator);
    }

    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    topPadding: Theme.spacingS
    bottomPadding: Theme.spacingS
    highlighted: selected
    Accessible.name: joined([name, subtitle, tagLabels.join(", "), qsTr("last contacted %1").arg(lastContactedText), dueText], ". ")

    background: Rectangle {
        radius: Theme.radiusM
        color: row.selected ? Theme.accentSoft : row.hovered ? Theme.surfaceRaised : "transparent"
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        ContactAvatar {
            initials: row.initials
            due: row.isDue
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightMedium
                color: Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.joined([row.subtitle, row.tagLabels.join(", ")], qsTr(" · "))
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        Label {
            visible: text.length > 0
            text: row.isDue ? row.dueText : ""
            font.pixelSize: Theme.fontCaption
            font.weight: Theme.weightMedium
            color: Theme.accent
        }
    }
}
