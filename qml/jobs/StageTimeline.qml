pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The application's stages, oldest first, as dots on a line: name, day, note.
// A mistaken step can be removed while more than one is left.
ColumnLayout {
    id: timeline

    property var events: [] // ApplicationController.history

    signal removeRequested(string eventId)

    spacing: 0

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Stage history")

    Repeater {
        model: timeline.events

        RowLayout {
            id: step

            required property var modelData
            required property int index
            readonly property bool last: index === timeline.events.length - 1

            Layout.fillWidth: true
            spacing: Theme.spacingM

            Accessible.role: Accessible.ListItem
            Accessible.name: [modelData.label, Dates.longDate(modelData.date), modelData.note].filter(s => s.length > 0).join(qsTr(", "))

            // The dot, and the line down to the next step.
            Item {
                Layout.fillHeight: true
                implicitWidth: Theme.stageDotSize + Theme.spacingXs

                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: Theme.spacingS + Theme.stageDotSize
                    width: Theme.timelineLine
                    height: parent.height - y
                    visible: !step.last
                    color: Theme.outline
                }

                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: Theme.spacingS
                    width: Theme.stageDotSize
                    height: Theme.stageDotSize
                    radius: width / 2
                    color: step.modelData.current ? Theme.stageColor(step.modelData.stage) : Theme.surface
                    border.width: Theme.timelineLine
                    border.color: Theme.stageColor(step.modelData.stage)
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.bottomMargin: step.last ? 0 : Theme.spacingM
                spacing: Theme.spacingXxs

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Label {
                        text: step.modelData.label
                        font.pixelSize: Theme.fontBody
                        font.weight: step.modelData.current ? Theme.weightBold : Theme.weightMedium
                        color: Theme.textPrimary
                    }

                    Label {
                        Layout.fillWidth: true
                        text: Dates.longDate(step.modelData.date)
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }

                    IconButton {
                        Layout.topMargin: -Theme.spacingS
                        Layout.bottomMargin: -Theme.spacingS
                        visible: timeline.events.length > 1
                        iconName: "close"
                        iconColor: Theme.textSecondary
                        label: qsTr("Remove the step %1").arg(step.modelData.label)
                        onClicked: timeline.removeRequested(step.modelData.id)
                    }
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: step.modelData.note
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }
        }
    }
}
