import Rebound.Ui

ComingSoonPage {
    iconName: "people"
    title: qsTr("The people on your side")
    body: qsTr("Keep the contacts who can help: recruiters, former colleagues, friends.\nGentle keep-in-touch reminders make sure nobody slips away.")
}
