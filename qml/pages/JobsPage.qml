import Rebound.Ui

ComingSoonPage {
    iconName: "jobs"
    title: qsTr("Your job search, in one place")
    body: qsTr("Log applications and interviews and keep the feedback you receive.\nRebound will turn it into a plan for the skills worth building next.")
}
