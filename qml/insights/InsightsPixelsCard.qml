pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Year in pixels with a year switcher and a legend of the mood colours.
// pixels: {year, levels, daysWithMood, levelCounts, summary}; years: [int] oldest first.
InsightsCard {
    id: card

    required property var pixels
    required property var years
    property bool transposed: false

    readonly property int year: pixels.year ?? 0
    readonly property int yearAt: years.indexOf(year)

    signal yearRequested(int year)

    title: qsTr("Year in pixels")
    iconName: "calendar"
    summary: pixels.summary ?? ""

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        IconButton {
            objectName: "previousYear"
            iconName: "chevron-left"
            label: qsTr("Previous year")
            enabled: card.yearAt > 0
            onClicked: card.yearRequested(card.years[card.yearAt - 1])
        }

        Label {
            text: String(card.year)
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Year %1").arg(card.year)
        }

        IconButton {
            objectName: "nextYear"
            iconName: "chevron-right"
            label: qsTr("Next year")
            enabled: card.yearAt >= 0 && card.yearAt < card.years.length - 1
            onClicked: card.yearRequested(card.years[card.yearAt + 1])
        }

        Item {
            Layout.fillWidth: true
        }

        InsightsReadout {
            objectName: "pixelReadout"
            text: grid.readoutText
        }
    }

    InsightsPixelGrid {
        id: grid

        objectName: "pixelGrid"
        Layout.fillWidth: true
        year: card.year
        levels: card.pixels.levels ?? []
        transposed: card.transposed
        summary: card.summary
    }

    // Legend: the five moods and "no mood".
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingM
        Accessible.ignored: true

        Repeater {
            model: [5, 4, 3, 2, 1, 0]

            Row {
                id: entry

                required property int modelData

                spacing: Theme.spacingXs

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.spacingM
                    height: width
                    radius: Theme.spacingXxs
                    color: entry.modelData > 0 ? Theme.moodColor(entry.modelData) : Theme.surfaceRaised
                    border.width: entry.modelData > 0 ? 0 : Theme.hairline
                    border.color: Theme.outline
                }

                Label {
                    text: Moods.label(entry.modelData)
                    font.pixelSize: Theme.fontCaption
                    color: Theme.textSecondary
                }
            }
        }
    }
}
