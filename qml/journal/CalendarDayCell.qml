import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One day in the month grid: the number on the day's mood colour, the mood's
// face beneath it (so it reads without colour), a dot when there are entries,
// a ring around today and a stronger ring when selected.
AbstractButton {
    id: cell

    property int dayNumber: 1
    property int mood: 0
    property int checkIns: 0
    property int entries: 0
    property bool isToday: false
    property bool selected: false
    property bool future: false
    property string dateText: String(dayNumber) // "12 November", for screen readers

    readonly property bool hasMood: Moods.isValid(mood)
    readonly property color numberColor: hasMood ? Theme.onMood : future ? Theme.outlineStrong : Theme.textPrimary

    function describe(): string {
        const separator = qsTr(", ");
        let text = dateText + separator + (hasMood ? qsTr("mood %1").arg(Moods.label(mood).toLowerCase()) : qsTr("no mood"));
        if (checkIns > 0)
            text += separator + (checkIns === 1 ? qsTr("1 check-in") : qsTr("%1 check-ins").arg(checkIns));
        if (entries > 0)
            text += separator + (entries === 1 ? qsTr("1 entry") : qsTr("%1 entries").arg(entries));
        if (isToday)
            text += separator + qsTr("today");
        return text;
    }

    enabled: !future
    focusPolicy: Qt.StrongFocus
    padding: Theme.spacingXxs
    text: String(dayNumber)

    Accessible.role: Accessible.Button
    Accessible.name: describe()
    Accessible.selected: selected

    background: Rectangle {
        radius: Theme.radiusS
        color: cell.hasMood ? Theme.moodColor(cell.mood) : cell.hovered ? Theme.surfaceRaised : "transparent"
        border.width: cell.selected || cell.isToday || cell.visualFocus ? Theme.focusRing : 0
        border.color: Theme.textPrimary

        // Inner ring so the outline stays visible against the mood fill.
        Rectangle {
            anchors.fill: parent
            anchors.margins: Theme.focusRing
            visible: cell.selected || cell.isToday
            radius: Theme.radiusS - Theme.focusRing
            color: "transparent"
            border.width: cell.selected ? Theme.hairline : 0
            border.color: Theme.background
        }
    }

    contentItem: Item {
        ColumnLayout {
            anchors.centerIn: parent
            spacing: 0

            Label {
                Layout.alignment: Qt.AlignHCenter
                text: cell.text
                font.pixelSize: Theme.fontBody
                font.weight: cell.isToday || cell.selected ? Theme.weightBold : Theme.weightMedium
                color: cell.numberColor
            }

            Item {
                Layout.alignment: Qt.AlignHCenter
                implicitWidth: Theme.calendarFaceSize
                implicitHeight: Theme.calendarFaceSize

                Icon {
                    anchors.centerIn: parent
                    visible: cell.hasMood
                    name: Moods.iconName(cell.mood)
                    size: Theme.calendarFaceSize
                    color: Theme.onMood
                }

                Rectangle {
                    anchors.centerIn: parent
                    visible: !cell.hasMood && cell.entries > 0
                    width: Theme.markerDotSize
                    height: width
                    radius: width / 2
                    color: Theme.accent
                }
            }
        }
    }
}
