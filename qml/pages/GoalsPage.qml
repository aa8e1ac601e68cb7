import Rebound.Ui

ComingSoonPage {
    iconName: "goals"
    title: qsTr("Where you're heading")
    body: qsTr("Choose a north star and a few concrete goals to move towards it.\nRegular re-evaluation checklists help you adjust course without judgement.")
}
