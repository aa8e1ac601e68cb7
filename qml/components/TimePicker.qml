import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Hour and minute as two spin boxes (24-hour clock): buttons for touch, arrow
// keys and the wheel on a desktop, and both can be typed into. Minutes step by
// Theme.nudgeMinuteStep but any minute can be typed.
RowLayout {
    id: root

    property int hour: 0
    property int minute: 0
    property string label: qsTr("Time")

    // Emitted when the user changes the hour or minute.
    signal edited(int hour, int minute)

    function pad(value: int): string {
        return (value < 10 ? "0" : "") + value;
    }

    function parse(text: string, max: int): int {
        const value = parseInt(text, 10);
        return isNaN(value) ? 0 : Math.max(0, Math.min(max, value));
    }

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1: %2:%3").arg(label).arg(pad(hour)).arg(pad(minute))

    onHourChanged: hourBox.value = hour
    onMinuteChanged: minuteBox.value = minute

    SpinBox {
        id: hourBox

        implicitWidth: Theme.timeFieldWidth
        from: 0
        to: Theme.hoursPerDay - 1
        value: root.hour
        wrap: true
        editable: true
        textFromValue: value => root.pad(value)
        valueFromText: text => root.parse(text, Theme.hoursPerDay - 1)
        validator: IntValidator {
            bottom: 0
            top: Theme.hoursPerDay - 1
        }
        Accessible.name: qsTr("Hour")
        onValueModified: {
            root.hour = value;
            root.edited(root.hour, root.minute);
        }
    }

    Label {
        text: ":"
        font.pixelSize: Theme.fontTitle
        font.weight: Theme.weightBold
        color: Theme.textSecondary
        Accessible.ignored: true
    }

    SpinBox {
        id: minuteBox

        implicitWidth: Theme.timeFieldWidth
        from: 0
        to: Theme.minutesPerHour - 1
        stepSize: Theme.nudgeMinuteStep
        value: root.minute
        wrap: true
        editable: true
        textFromValue: value => root.pad(value)
        valueFromText: text => root.parse(text, Theme.minutesPerHour - 1)
        validator: IntValidator {
            bottom: 0
            top: Theme.minutesPerHour - 1
        }
        Accessible.name: qsTr("Minute")
        onValueModified: {
            root.minute = value;
            root.edited(root.hour, root.minute);
        }
    }
}
