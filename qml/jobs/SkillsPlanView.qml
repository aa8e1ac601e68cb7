import QtQuick
import QtQuick.Layouts
import Rebound.Backend
import Rebound.Ui

// The skills plan: strengths and weaknesses across all feedback, ranked.
// Being written: see issue 4.
ScrollPage {
    id: view

    required property AppContext app

    centerVertically: true

    EmptyState {
        Layout.fillWidth: true
        iconName: "jobs"
        title: qsTr("Your skills plan")
        body: qsTr("Feedback you log on applications and interviews feeds this plan: what you're strong at, and what to build next.")
    }
}
