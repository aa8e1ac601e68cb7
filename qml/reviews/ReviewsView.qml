import QtQuick
import QtQuick.Layouts
import Rebound.Backend
import Rebound.Ui

// Reviews: the checklists with when each is due, the history of finished
// reviews, and the review itself (workspace on a desktop, stepper on a phone).
// Skeleton: filled in as the review controller lands.
Item {
    id: view

    required property AppContext app

    ScrollPage {
        anchors.fill: parent
        centerVertically: true
        maxContentWidth: Theme.formMaxWidth

        EmptyState {
            Layout.fillWidth: true
            iconName: "goals"
            title: qsTr("Reviews")
            body: qsTr("Walk a checklist, answer honestly, and see what changed since last time.")
        }
    }
}
