pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The pipeline as a list grouped by stage (phones and narrow windows).
ListView {
    id: list

    required property ApplicationListModel applications
    required property AppContext app
    property var stages: [] // for the cards' move menus
    property string selectedId
    property int contentWidth: Math.min(width - Theme.spacingL * 2, Theme.maxContentWidth)
    readonly property StageSections stageSections: StageSections {
    }

    signal openApplication(string id)
    signal moveRequested(string id, string stage)
    signal resumeRequested(string applicationId)

    model: applications
    spacing: Theme.spacingS
    bottomMargin: Theme.spacingXl
    clip: true
    reuseItems: true
    boundsBehavior: Flickable.StopAtBounds

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Applications")

    ScrollBar.vertical: ScrollBar {
    }

    // Unfinished rejection flows first, when there are any.
    header: stageSections.header

    // The header fills in after the list is placed: keep it in view until the
    // list has been scrolled.
    Connections {
        target: list.headerItem

        function onHeightChanged() {
            if (list.contentY <= 0)
                list.positionViewAtBeginning();
        }
    }

    section.property: "section"
    section.criteria: ViewSection.FullString
    section.delegate: stageSections.delegate

    delegate: Item {
        id: row

        required property string applicationId
        required property string company
        required property string role
        required property string stage
        required property string stageLabel
        required property int daysInStage
        required property string workModeLabel
        required property string location
        required property string nextInterview
        required property bool closed

        width: ListView.view.width
        implicitHeight: card.implicitHeight

        ApplicationCard {
            id: card

            anchors.horizontalCenter: parent.horizontalCenter
            width: list.contentWidth
            applicationId: row.applicationId
            company: row.company
            role: row.role
            stage: row.stage
            stageLabel: row.stageLabel
            daysInStage: row.daysInStage
            workModeLabel: row.workModeLabel
            location: row.location
            nextInterview: row.nextInterview
            showStage: row.closed
            selected: row.applicationId === list.selectedId
            stages: list.stages
            onClicked: list.openApplication(row.applicationId)
            onMoveRequested: stage => list.moveRequested(row.applicationId, stage)
        }
    }
}
