import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Pick a day by stepping back and forth; future days are not allowed.
RowLayout {
    id: root

    property var date: Dates.today()
    readonly property bool isToday: Dates.daysAgo(date) <= 0

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Date: %1").arg(Dates.longDate(date))

    IconButton {
        iconName: "chevron-left"
        label: qsTr("Previous day")
        onClicked: root.date = Dates.addDays(root.date, -1)
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Icon {
            name: "calendar"
            color: Theme.textSecondary
            size: Theme.iconSizeSmall
        }

        Label {
            Layout.fillWidth: true
            text: Dates.longDate(root.date)
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightMedium
            color: Theme.textPrimary
        }
    }

    IconButton {
        iconName: "chevron-right"
        label: qsTr("Next day")
        enabled: !root.isToday
        onClicked: root.date = Dates.addDays(root.date, 1)
    }

    Button {
        visible: !root.isToday
        flat: true
        text: qsTr("Today")
        Accessible.name: qsTr("Jump to today")
        onClicked: root.date = Dates.today()
    }
}
