import QtQuick
import QtQuick.Controls
import Rebound.Ui

// Section header for one day in the journal list: "Today · Sunday, 22 November 2026".
Item {
    id: root

    required property string section
    property int contentWidth: Math.min(width - Theme.spacingL * 2, Theme.maxContentWidth)

    readonly property var day: Dates.fromDayKey(section)
    readonly property int ago: Dates.daysAgo(day)

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: label.implicitHeight + Theme.spacingL + Theme.spacingS

    Label {
        id: label

        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingS
        width: root.contentWidth
        text: root.ago === 0 || root.ago === 1 ? qsTr("%1 · %2").arg(Dates.relativeDay(root.day)).arg(Dates.longDate(root.day)) : Dates.longDate(root.day)
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightBold
        font.capitalization: Font.MixedCase
        color: Theme.textSecondary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
}
