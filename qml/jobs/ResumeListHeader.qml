import QtQuick
import Rebound.Ui

// The application list's header: unfinished rejection flows, when there are
// any. Created through StageSections (Qt 6.4 cannot create bound header
// delegates), so it reads the list it heads from its parent chain: header →
// the list's content item → the list.
Item {
    id: root

    readonly property var list: parent ? parent.parent : null

    width: list ? list.width : 0
    height: list && resume.flows.length > 0 ? resume.implicitHeight + Theme.spacingS : 0

    RejectionFlowResumeCard {
        id: resume

        anchors.horizontalCenter: parent.horizontalCenter
        width: root.list ? root.list.contentWidth : 0
        app: root.list.app
        onResumeRequested: id => root.list.resumeRequested(id)
    }
}
