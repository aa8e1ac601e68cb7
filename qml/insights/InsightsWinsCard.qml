pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Small wins: how many, how many lately, and the most recent ones.
// wins: {total, last30, recent: [{id, date, text}], lowMood, resurfaced, summary}
InsightsCard {
    id: card

    required property var wins
    readonly property var recent: wins.recent ?? []

    title: qsTr("Small wins")
    iconName: "sparkle"
    summary: wins.summary ?? ""

    RowLayout {
        Layout.fillWidth: true
        visible: (card.wins.total ?? 0) > 0
        spacing: Theme.spacingXl

        ColumnLayout {
            spacing: 0

            Label {
                objectName: "winsTotal"
                text: String(card.wins.total ?? 0)
                font.pixelSize: Theme.fontDisplay
                font.weight: Theme.weightBold
                color: Theme.winToneStrong
                Accessible.ignored: true
            }
            Label {
                text: qsTr("wins in all")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }

        ColumnLayout {
            spacing: 0

            Label {
                objectName: "winsLast30"
                text: String(card.wins.last30 ?? 0)
                font.pixelSize: Theme.fontDisplay
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.ignored: true
            }
            Label {
                text: qsTr("in the last 30 days")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }

        Item {
            Layout.fillWidth: true
        }
    }

    Repeater {
        model: card.recent

        RowLayout {
            id: win

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingS
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("%2, %1").arg(Dates.relativeDay(Dates.fromDayKey(modelData.date))).arg(modelData.text)

            Rectangle {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.spacingXs
                implicitWidth: Theme.markerDotSize + Theme.spacingXxs
                implicitHeight: implicitWidth
                radius: width / 2
                color: Theme.winToneStrong
            }

            Label {
                Layout.fillWidth: true
                text: win.modelData.text
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
                Accessible.ignored: true
            }

            Label {
                Layout.alignment: Qt.AlignTop
                text: Dates.fromDayKey(win.modelData.date).toLocaleDateString(Qt.locale(), "d MMM")
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
                Accessible.ignored: true
            }
        }
    }

    EmptyState {
        objectName: "winsEmpty"
        Layout.fillWidth: true
        visible: (card.wins.total ?? 0) === 0
        iconName: "sparkle"
        title: qsTr("No small wins yet")
        body: qsTr("A good question in an interview, a kind reply, a finished course: add them on Today. They add up.")
    }
}
