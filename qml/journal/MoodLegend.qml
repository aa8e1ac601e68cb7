pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Key for the calendar's colours: a swatch with the face and the label per mood.
Flow {
    id: root

    spacing: Theme.spacingM

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Mood colours")

    Repeater {
        model: Moods.count

        RowLayout {
            id: item

            required property int index
            readonly property int mood: index + 1

            spacing: Theme.spacingXs
            Accessible.role: Accessible.StaticText
            Accessible.name: Moods.label(mood)

            Rectangle {
                implicitWidth: Theme.iconSizeSmall + Theme.spacingXs
                implicitHeight: implicitWidth
                radius: Theme.radiusS / 2
                color: Theme.moodColor(item.mood)

                Icon {
                    anchors.centerIn: parent
                    name: Moods.iconName(item.mood)
                    size: Theme.calendarFaceSize
                    color: Theme.onMood
                }
            }

            Label {
                text: Moods.label(item.mood)
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }
        }
    }
}
