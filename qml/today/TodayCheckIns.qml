pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Today's check-ins, newest first, with the day's mood as a one-line summary.
// checkIns: [{id, mood, note, time, emotionNames, effortNames}].
ColumnLayout {
    id: root

    property var checkIns: []
    // The day's mood as the backend defines it (0 = none yet).
    property int dayMood: 0

    signal removeRequested(string id)

    function summary(): string {
        if (checkIns.length === 0)
            return qsTr("No check-ins yet today");
        const count = checkIns.length === 1 ? qsTr("1 check-in") : qsTr("%1 check-ins").arg(checkIns.length);
        return Moods.isValid(dayMood) ? qsTr("Today so far: %1, %2").arg(Moods.label(dayMood)).arg(count) : qsTr("Today so far: %1").arg(count);
    }

    spacing: Theme.spacingS

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacingXs
        spacing: Theme.spacingS

        Icon {
            name: Moods.iconName(root.dayMood)
            color: Theme.moodColor(root.dayMood)
            size: Theme.iconSize
        }

        Label {
            Layout.fillWidth: true
            text: root.summary()
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    Repeater {
        model: root.checkIns

        Rectangle {
            id: row

            required property var modelData
            readonly property string details: modelData.emotionNames.concat(modelData.effortNames).join(" · ")

            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + Theme.spacingS * 2
            radius: Theme.radiusM
            color: Theme.surface
            border.width: Theme.hairline
            border.color: Theme.outline

            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1, %2").arg(modelData.time).arg(Moods.accessibleName(modelData.mood)) + (details ? ", " + details : "") + (modelData.note ? ", " + modelData.note : "")

            RowLayout {
                id: rowLayout

                anchors.fill: parent
                anchors.leftMargin: Theme.spacingM
                anchors.rightMargin: Theme.spacingXs
                anchors.topMargin: Theme.spacingS
                anchors.bottomMargin: Theme.spacingS
                spacing: Theme.spacingM

                Label {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: Theme.spacingXs
                    text: row.modelData.time
                    font.pixelSize: Theme.fontSmall
                    font.weight: Theme.weightMedium
                    color: Theme.textSecondary
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXs

                    MoodChip {
                        mood: row.modelData.mood
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: row.details
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: row.modelData.note
                        wrapMode: Text.Wrap
                        maximumLineCount: Theme.checkInNoteLines
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                    }
                }

                IconButton {
                    Layout.alignment: Qt.AlignTop
                    iconName: "trash"
                    label: qsTr("Delete check-in from %1").arg(row.modelData.time)
                    iconColor: Theme.textSecondary
                    onClicked: root.removeRequested(row.modelData.id)
                }
            }
        }
    }
}
