import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A small pill: mood face + label, tinted with the mood colour.
Rectangle {
    id: chip

    property int mood: 0

    implicitWidth: row.implicitWidth + Theme.spacingM * 2
    implicitHeight: row.implicitHeight + Theme.spacingXs * 2
    radius: height / 2
    color: Theme.moodSoftColor(mood)

    Accessible.role: Accessible.StaticText
    Accessible.name: Moods.accessibleName(mood)

    RowLayout {
        id: row

        anchors.centerIn: parent
        spacing: Theme.spacingXs

        Icon {
            name: Moods.iconName(chip.mood)
            color: Theme.moodColor(chip.mood)
            size: Theme.iconSizeSmall
        }

        Label {
            text: Moods.label(chip.mood)
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightMedium
        }
    }
}
