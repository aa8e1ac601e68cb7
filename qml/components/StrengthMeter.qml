pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Four segments plus a label and hint, fed by VaultController.passphraseStrength().
Item {
    id: root

    property int score: 0          // 0..4
    property string label
    property string hint
    property bool empty: false     // nothing typed yet: grey meter, no text

    readonly property int segments: 4
    readonly property color levelColor: empty ? Theme.outline : score <= 1 ? Theme.danger : score === 2 ? Theme.warning : Theme.success

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    Accessible.role: Accessible.ProgressBar
    Accessible.name: empty ? qsTr("Passphrase strength") : qsTr("Passphrase strength: %1").arg(label)
    Accessible.description: hint

    // The root is a plain Item: destroying a root layout trips a Qt 6.4 crash.
    ColumnLayout {
        id: column

        anchors.fill: parent
        spacing: Theme.spacingXs

        // A positioner, not a layout: a Repeater inside a nested layout crashes
        // Qt 6.4 when the meter is destroyed.
        Row {
            id: segmentsRow

            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Repeater {
                model: root.segments

                Rectangle {
                    required property int index

                    width: (segmentsRow.width - segmentsRow.spacing * (root.segments - 1)) / root.segments
                    height: Theme.meterHeight
                    radius: height / 2
                    color: !root.empty && index < Math.max(1, root.score) ? root.levelColor : Theme.outline

                    Behavior on color  {
                        ColorAnimation {
                            duration: Theme.durationMedium
                        }
                    }
                }
            }
        }

        // Hidden by size rather than `visible`: toggling visibility of a nested
        // layout trips a Qt 6.4 crash when the meter is destroyed.
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: root.empty ? 0 : implicitHeight
            spacing: Theme.spacingS
            opacity: root.empty ? 0 : 1
            clip: true

            Label {
                text: root.label
                color: root.levelColor
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightBold
            }

            Label {
                Layout.fillWidth: true
                text: root.hint
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.Wrap
            }
        }
    }
}
