pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One application on the board or in the list: company, role, how long it
// has been in its stage, where, and the next interview. The ⋮ button offers
// "Move to…" any other stage.
AbstractButton {
    id: card

    required property string applicationId
    required property string company
    required property string role
    required property string stage
    required property string stageLabel
    required property int daysInStage
    property string workModeLabel
    property string location
    property string nextInterview
    property bool showStage: false
    property bool selected: false
    property var stages: [] // for the move menu: [{key, label, closed}]

    signal moveRequested(string stage)

    readonly property string daysText: daysInStage === 0 ? qsTr("Since today") : daysInStage === 1 ? qsTr("1 day") : qsTr("%1 days").arg(daysInStage)
    readonly property string placeText: joined([workModeLabel, location], qsTr(" · "))

    // The non-empty parts, joined.
    function joined(parts: var, separator: string): string {
        return parts.filter(p => p.length > 0).join(separator);
    }

    implicitHeight: column.implicitHeight + Theme.spacingM * 2
    padding: 0
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: joined([company, role, stageLabel, daysText, nextInterview.length > 0 ? qsTr("next interview %1").arg(nextInterview) : ""], qsTr(", "))

    background: Rectangle {
        radius: Theme.radiusM
        color: card.selected ? Theme.accentSoft : card.hovered ? Theme.surfaceRaised : Theme.surface
        border.width: card.selected || card.visualFocus ? Theme.focusRing : Theme.hairline
        border.color: card.selected || card.visualFocus ? Theme.accent : Theme.outline

        // The stage's colour as a thin bar on the leading edge.
        Rectangle {
            x: Theme.spacingXs
            width: Theme.spacingXs
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacingM
            radius: width / 2
            color: Theme.stageColor(card.stage)
        }
    }

    ColumnLayout {
        id: column

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.leftMargin: Theme.spacingL
        anchors.rightMargin: Theme.spacingXs
        anchors.topMargin: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                spacing: Theme.spacingXxs

                Label {
                    Layout.fillWidth: true
                    text: card.company
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: card.role
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.cardLines
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }

            JobsIconButton {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: -Theme.spacingS
                iconName: "more"
                iconColor: Theme.textSecondary
                label: qsTr("Move %1 to…").arg(card.company)
                onClicked: moveMenu.popup()

                StageMenu {
                    id: moveMenu

                    stages: card.stages
                    currentStage: card.stage
                    onStagePicked: stage => card.moveRequested(stage)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.rightMargin: Theme.spacingS
            spacing: Theme.spacingS

            StageBadge {
                visible: card.showStage
                stage: card.stage
                label: card.stageLabel
                small: true
            }

            Label {
                Layout.fillWidth: true
                text: card.joined([card.daysText, card.placeText], qsTr(" · "))
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.rightMargin: Theme.spacingS
            visible: card.nextInterview.length > 0
            spacing: Theme.spacingXs

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "clock"
                size: Theme.chipIconSize
                color: Theme.accent
            }

            Label {
                Layout.fillWidth: true
                text: card.nextInterview
                wrapMode: Text.Wrap
                maximumLineCount: Theme.cardLines
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                font.weight: Theme.weightBold
                color: Theme.accent
            }
        }
    }
}
