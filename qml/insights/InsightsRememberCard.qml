pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// On a low day: a few wins from a while ago, gently resurfaced.
// wins: [{id, date, text}]
Rectangle {
    id: card

    required property var wins

    implicitHeight: column.implicitHeight + Theme.spacingL * 2
    radius: Theme.radiusL
    color: Theme.winTone
    border.width: Theme.hairline
    border.color: Theme.outline

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Remember these?")
    Accessible.description: wins.map(w => w.text).join(". ")

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Icon {
                name: "sparkle"
                color: Theme.winToneStrong
                size: Theme.iconSizeSmall
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Remember these?")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Today feels heavy. These happened too, and they were yours.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Repeater {
            model: card.wins

            Label {
                required property var modelData

                Layout.fillWidth: true
                text: qsTr("“%2”, %1").arg(Dates.fromDayKey(modelData.date).toLocaleDateString(Qt.locale(), "d MMMM yyyy")).arg(modelData.text)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textPrimary
            }
        }
    }
}
