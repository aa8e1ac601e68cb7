pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The pipeline as a board: one column per open stage (saved → offer), plus a
// "Closed" column when the list shows closed applications, led by the
// unfinished rejection flows (when there are any). Scrolls sideways when the
// columns do not fit.
Flickable {
    id: board

    required property ApplicationListModel applications
    required property AppContext app
    property var stages: [] // [{key, label, closed}]
    property string selectedId

    readonly property var columnKeys: stages.filter(s => !s.closed).map(s => s.key).concat(applications.showClosed ? ["closed"] : [])

    signal openApplication(string id)
    signal moveRequested(string id, string stage)
    signal resumeRequested(string applicationId)

    function titleOf(key: string): string {
        if (key === "closed")
            return qsTr("Closed");
        const match = stages.find(s => s.key === key);
        return match ? match.label : key;
    }

    contentWidth: row.implicitWidth + Theme.spacingL * 2
    contentHeight: height
    flickableDirection: Flickable.HorizontalFlick
    boundsBehavior: Flickable.StopAtBounds
    clip: true

    Accessible.role: Accessible.Pane
    Accessible.name: qsTr("Pipeline board")

    ScrollBar.horizontal: ScrollBar {
    }


    Row {
        id: row

        x: Theme.spacingL
        height: board.height - Theme.spacingL
        spacing: Theme.spacingM

        RejectionFlowResumeCard {
            width: Theme.boardColumnWidth
            app: board.app
            onResumeRequested: id => board.resumeRequested(id)
        }

        Repeater {
            model: board.columnKeys

            BoardColumn {
                required property string modelData

                height: row.height
                stage: modelData
                title: board.titleOf(modelData)
                items: board.applications.revision >= 0 ? board.applications.inColumn(modelData) : []
                stages: board.stages
                selectedId: board.selectedId
                onOpenApplication: id => board.openApplication(id)
                onMoveRequested: (id, stage) => board.moveRequested(id, stage)
            }
        }
    }
}
