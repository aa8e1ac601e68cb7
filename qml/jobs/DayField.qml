pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A day shown as a button with its long date; clicking opens a month grid to
// pick another. `latest` (a Date) caps the days that can be picked; leave it
// null for days ahead (interviews).
AbstractButton {
    id: root

    property var date: Dates.today()
    property var latest: null
    property string label: qsTr("Date")
    property var shownMonth: Dates.today() // any day in the month the grid shows

    readonly property int weekStart: Qt.locale().firstDayOfWeek % Theme.daysPerWeek
    readonly property var monthStart: new Date(shownMonth.getFullYear(), shownMonth.getMonth(), 1, Dates.noonHour)
    readonly property int daysInMonth: new Date(shownMonth.getFullYear(), shownMonth.getMonth() + 1, 0, Dates.noonHour).getDate()
    readonly property int leadingBlanks: (monthStart.getDay() - weekStart + Theme.daysPerWeek) % Theme.daysPerWeek

    signal edited(var date)

    function pickable(day: var): bool {
        return root.latest === null || Dates.dayKey(day) <= Dates.dayKey(root.latest);
    }

    function pick(dayNumber: int) {
        const day = new Date(shownMonth.getFullYear(), shownMonth.getMonth(), dayNumber, Dates.noonHour);
        if (!pickable(day))
            return;
        root.date = day;
        picker.close();
        root.edited(day);
    }

    function stepMonth(delta: int) {
        shownMonth = new Date(shownMonth.getFullYear(), shownMonth.getMonth() + delta, 1, Dates.noonHour);
    }

    implicitHeight: Theme.touchTarget
    implicitWidth: contentItem.implicitWidth + leftPadding + rightPadding
    leftPadding: Theme.spacingM
    rightPadding: Theme.spacingM
    text: Dates.longDate(date)
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1: %2. Change").arg(label).arg(text)
    onClicked: {
        shownMonth = Dates.atNoon(date);
        picker.open();
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: root.hovered ? Theme.surfaceRaised : Theme.surface
        border.width: root.visualFocus ? Theme.focusRing : Theme.hairline
        border.color: root.visualFocus ? Theme.accent : Theme.outline
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Icon {
            name: "calendar"
            size: Theme.iconSizeSmall
            color: Theme.textSecondary
        }

        Label {
            Layout.fillWidth: true
            text: root.text
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }
    }

    Popup {
        id: picker

        y: root.height + Theme.spacingXs
        margins: Theme.spacingS
        padding: Theme.spacingM
        modal: true
        focus: true
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside

        background: Rectangle {
            radius: Theme.radiusM
            color: Theme.surface
            border.width: Theme.hairline
            border.color: Theme.outline
        }

        ColumnLayout {
            spacing: Theme.spacingXs

            RowLayout {
                Layout.fillWidth: true

                IconButton {
                    iconName: "chevron-left"
                    label: qsTr("Previous month")
                    onClicked: root.stepMonth(-1)
                }

                Label {
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    text: root.shownMonth.toLocaleDateString(Qt.locale(), "MMMM yyyy")
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                IconButton {
                    iconName: "chevron-right"
                    label: qsTr("Next month")
                    enabled: root.latest === null || Dates.dayKey(new Date(root.shownMonth.getFullYear(), root.shownMonth.getMonth() + 1, 1, Dates.noonHour)) <= Dates.dayKey(root.latest)
                    onClicked: root.stepMonth(1)
                }
            }

            Grid {
                columns: Theme.daysPerWeek

                Repeater {
                    model: Theme.daysPerWeek

                    Label {
                        required property int index

                        width: Theme.monthGridCell
                        horizontalAlignment: Text.AlignHCenter
                        text: Qt.locale().dayName((root.weekStart + index) % Theme.daysPerWeek, Locale.ShortFormat)
                        font.pixelSize: Theme.fontCaption
                        font.weight: Theme.weightBold
                        color: Theme.textSecondary
                        Accessible.ignored: true
                    }
                }

                Repeater {
                    model: root.leadingBlanks + root.daysInMonth

                    Item {
                        id: slot

                        required property int index
                        readonly property int dayNumber: index - root.leadingBlanks + 1
                        readonly property var day: new Date(root.shownMonth.getFullYear(), root.shownMonth.getMonth(), dayNumber, Dates.noonHour)

                        width: Theme.monthGridCell
                        height: Theme.monthGridCell

                        AbstractButton {
                            id: cell

                            readonly property bool selected: Dates.dayKey(slot.day) === Dates.dayKey(root.date)
                            readonly property bool isToday: Dates.daysAgo(slot.day) === 0

                            anchors.fill: parent
                            anchors.margins: Theme.spacingXxs
                            visible: slot.dayNumber >= 1
                            enabled: root.pickable(slot.day)
                            text: String(slot.dayNumber)
                            focusPolicy: Qt.StrongFocus
                            Accessible.role: Accessible.Button
                            Accessible.name: Dates.longDate(slot.day)
                            Accessible.selected: selected
                            onClicked: root.pick(slot.dayNumber)

                            background: Rectangle {
                                radius: Theme.radiusS
                                color: cell.selected ? Theme.accent : cell.hovered ? Theme.surfaceRaised : "transparent"
                                border.width: cell.isToday || cell.visualFocus ? Theme.focusRing : 0
                                border.color: cell.visualFocus ? Theme.accent : Theme.outlineStrong
                            }

                            contentItem: Label {
                                text: cell.text
                                horizontalAlignment: Text.AlignHCenter
                                verticalAlignment: Text.AlignVCenter
                                font.pixelSize: Theme.fontSmall
                                font.weight: cell.selected || cell.isToday ? Theme.weightBold : Theme.weightRegular
                                color: cell.selected ? Theme.textOnAccent : cell.enabled ? Theme.textPrimary : Theme.outlineStrong
                            }
                        }
                    }
                }
            }

            Button {
                Layout.alignment: Qt.AlignRight
                flat: true
                text: qsTr("Today")
                Accessible.name: qsTr("Pick today")
                onClicked: {
                    root.shownMonth = Dates.today();
                    root.pick(Dates.today().getDate());
                }
            }
        }
    }
}
