pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Five dots joined by a line, one per step: a check when done, a dash when
// skipped, the number otherwise; the step on screen has a ring. Each dot opens
// its step. Labels sit under the dots when there is room, else only the
// current step's title is shown.
ColumnLayout {
    id: root

    required property var steps       // [{key, title, state, number}]
    property string shownStep
    readonly property bool showLabels: width >= Theme.compactBreakpoint

    signal stepClicked(string key)

    spacing: Theme.spacingS

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Steps")

    Item {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget

        Rectangle {
            readonly property real cellWidth: dots.width / Math.max(1, root.steps.length)

            x: cellWidth / 2
            width: dots.width - cellWidth
            anchors.verticalCenter: parent.verticalCenter
            height: Theme.stepLineWidth
            color: Theme.outline
        }

        RowLayout {
            id: dots

            anchors.fill: parent
            spacing: 0

            Repeater {
                model: root.steps

                Item {
                    id: cell

                    required property var modelData
                    required property int index
                    readonly property string state: modelData.state
                    readonly property bool shown: root.shownStep === modelData.key

                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget

                    AbstractButton {
                        id: dot

                        anchors.centerIn: parent
                        width: Theme.touchTarget
                        height: Theme.touchTarget
                        focusPolicy: Qt.StrongFocus
                        Accessible.role: Accessible.Button
                        Accessible.name: qsTr("Step %1, %2: %3").arg(cell.modelData.number).arg(cell.modelData.title).arg(cell.state === "done" ? qsTr("done") : cell.state === "skipped" ? qsTr("skipped") : qsTr("to do"))
                        onClicked: root.stepClicked(cell.modelData.key)

                        background: Rectangle {
                            anchors.centerIn: parent
                            width: Theme.stepDotSize + (cell.shown || dot.visualFocus ? Theme.focusRing * 4 : 0)
                            height: width
                            radius: width / 2
                            color: Theme.surface
                            border.width: cell.shown || dot.visualFocus ? Theme.focusRing : 0
                            border.color: Theme.accent

                            Rectangle {
                                anchors.centerIn: parent
                                width: Theme.stepDotSize
                                height: width
                                radius: width / 2
                                color: cell.state === "done" ? Theme.accent : cell.shown ? Theme.accentSoft : Theme.surfaceRaised
                                border.width: cell.state === "done" ? 0 : Theme.hairline
                                border.color: cell.shown ? Theme.accent : Theme.outlineStrong
                            }
                        }

                        contentItem: Item {
                            Icon {
                                anchors.centerIn: parent
                                visible: cell.state === "done"
                                name: "check"
                                color: Theme.textOnAccent
                                size: Theme.iconSizeSmall
                            }

                            Label {
                                anchors.centerIn: parent
                                visible: cell.state !== "done"
                                text: cell.state === "skipped" ? "–" : String(cell.modelData.number)
                                font.pixelSize: Theme.fontSmall
                                font.weight: Theme.weightBold
                                color: cell.shown ? Theme.accent : Theme.textSecondary
                            }
                        }
                    }
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: root.showLabels
        spacing: 0

        Repeater {
            model: root.steps

            Label {
                required property var modelData

                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: modelData.title
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                font.weight: root.shownStep === modelData.key ? Theme.weightBold : Theme.weightRegular
                color: root.shownStep === modelData.key ? Theme.textPrimary : Theme.textSecondary
            }
        }
    }
}
