import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The long-term north star, kept in view (Today and Goals): tap to edit. When
// none is set, a gentle prompt to choose one.
AbstractButton {
    id: card

    property var northStar: ({}) // {id, title, notes} or {}
    property bool showNotes: true
    // A one-line prompt when none is set (Today: the check-in comes first).
    property bool compactPrompt: false
    readonly property bool isSet: (northStar.title ?? "").length > 0

    signal editRequested

    padding: Theme.spacingL
    implicitWidth: row.implicitWidth + padding * 2
    implicitHeight: row.implicitHeight + padding * 2
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: isSet ? qsTr("Your north star: %1. Edit").arg(northStar.title) : qsTr("Set your north star")
    onClicked: editRequested()

    background: Rectangle {
        radius: Theme.radiusL
        color: card.isSet ? (card.hovered ? Theme.surfaceRaised : Theme.surface) : Theme.accentSoft
        border.width: card.visualFocus ? Theme.focusRing : Theme.hairline
        border.color: card.visualFocus ? Theme.accent : card.isSet ? Theme.outline : "transparent"

        // A thin accent edge: the prize, at a glance.
        Rectangle {
            visible: card.isSet
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingM
            width: Theme.focusRing * 2
            radius: width / 2
            color: Theme.accent
        }
    }

    contentItem: Item {
    }

    RowLayout {
        id: row

        x: card.padding + (card.isSet ? Theme.spacingS : 0)
        y: card.padding
        width: card.width - card.padding * 2 - (card.isSet ? Theme.spacingS : 0)
        spacing: Theme.spacingM

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: card.compactPrompt && !card.isSet ? Theme.iconSize + Theme.spacingM : Theme.touchTarget
            implicitHeight: implicitWidth
            radius: width / 2
            color: card.isSet ? Theme.accentSoft : Theme.surface

            GoalsIcon {
                anchors.centerIn: parent
                name: "star"
                size: card.compactPrompt && !card.isSet ? Theme.iconSizeSmall : Theme.iconSize
                color: Theme.accent
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: card.isSet ? qsTr("Your north star") : qsTr("Where is this search taking you?")
                wrapMode: Text.Wrap
                font.pixelSize: card.isSet ? Theme.fontCaption : card.compactPrompt ? Theme.fontBody : Theme.fontBodyLarge
                font.weight: Theme.weightBold
                font.capitalization: card.isSet ? Font.AllUppercase : Font.MixedCase
                font.letterSpacing: card.isSet ? Theme.letterSpacingCaps : 0
                color: card.isSet ? Theme.accent : Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                visible: card.isSet || !card.compactPrompt
                text: card.isSet ? card.northStar.title : qsTr("Choose a north star: the work you want, in a sentence. It stays here to keep your eye on the prize on the hard days.")
                wrapMode: Text.Wrap
                maximumLineCount: card.isSet ? Theme.northStarMaxLines : Theme.northStarMaxLines * 2
                elide: Text.ElideRight
                font.pixelSize: card.isSet ? Theme.fontTitle : Theme.fontBody
                font.weight: card.isSet ? Theme.weightBold : Theme.weightRegular
                color: card.isSet ? Theme.textPrimary : Theme.textSecondary
            }

            Label {
                Layout.fillWidth: true
                visible: card.isSet && card.showNotes && text.length > 0
                text: card.northStar.notes ?? ""
                wrapMode: Text.Wrap
                maximumLineCount: Theme.northStarMaxLines
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Label {
                Layout.topMargin: card.compactPrompt ? 0 : Theme.spacingXs
                visible: !card.isSet
                text: qsTr("Set your north star")
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
                color: Theme.accent
            }
        }

        GoalsIcon {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: Theme.spacingXs
            visible: card.isSet
            name: "edit"
            size: Theme.iconSizeSmall
            color: Theme.textSecondary
        }
    }
}
