pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Two-ended mood filter: a range slider over the five moods with their faces
// beneath and the range in words ("Any mood", "Low to Good").
ColumnLayout {
    id: root

    property int low: 1
    property int high: Moods.count
    readonly property bool isAny: low <= 1 && high >= Moods.count
    readonly property string summary: isAny ? qsTr("Any mood") : low === high ? qsTr("Only %1").arg(Moods.label(low)) : qsTr("%1 to %2").arg(Moods.label(low)).arg(Moods.label(high))

    // Emitted when the user changes the range (not for programmatic changes).
    signal rangeEdited(int low, int high)

    // Clamps to 1..5 and orders the ends.
    function setRange(a: int, b: int) {
        const lo = Math.max(1, Math.min(Moods.count, Math.min(a, b)));
        const hi = Math.max(1, Math.min(Moods.count, Math.max(a, b)));
        low = lo;
        high = hi;
    }

    function reset() {
        setRange(1, Moods.count);
    }

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Mood range: %1").arg(summary)

    RowLayout {
        Layout.fillWidth: true

        Label {
            Layout.fillWidth: true
            text: qsTr("Mood")
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightBold
            color: Theme.textSecondary
        }

        Label {
            text: root.summary
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightMedium
            color: root.isAny ? Theme.textSecondary : Theme.accent
        }
    }

    RangeSlider {
        id: slider

        Layout.fillWidth: true
        from: 1
        to: Moods.count
        stepSize: 1
        snapMode: RangeSlider.SnapAlways
        first.value: root.low
        second.value: root.high
        first.onMoved: {
            root.setRange(Math.round(first.value), root.high);
            root.rangeEdited(root.low, root.high);
        }
        second.onMoved: {
            root.setRange(root.low, Math.round(second.value));
            root.rangeEdited(root.low, root.high);
        }
        Accessible.name: qsTr("Mood range")
    }

    // Faces under the slider's stops, so each stop reads without colour.
    Item {
        id: faces

        readonly property real handleWidth: slider.first.handle ? slider.first.handle.width : 0
        readonly property real track: slider.availableWidth - handleWidth

        Layout.fillWidth: true
        implicitHeight: Theme.iconSize + Theme.fontCaption + Theme.spacingXs

        Repeater {
            model: Moods.count

            ColumnLayout {
                id: stop

                required property int index
                readonly property int value: index + 1
                readonly property bool inRange: value >= root.low && value <= root.high

                x: slider.leftPadding + faces.handleWidth / 2 + faces.track * index / (Moods.count - 1) - width / 2
                width: Theme.touchTarget
                spacing: 0
                opacity: inRange ? 1 : 0.45

                Icon {
                    Layout.alignment: Qt.AlignHCenter
                    name: Moods.iconName(stop.value)
                    color: Theme.moodColor(stop.value)
                    size: Theme.iconSizeSmall + Theme.spacingXs
                }

                Label {
                    Layout.fillWidth: true
                    text: Moods.label(stop.value)
                    horizontalAlignment: Text.AlignHCenter
                    font.pixelSize: Theme.fontCaption
                    color: stop.inRange ? Theme.textPrimary : Theme.textSecondary
                    elide: Text.ElideRight
                }
            }
        }
    }
}
