import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A short confirmation near the bottom of its parent that fades away.
Popup {
    id: toast

    property string message
    property int bottomOffset: Theme.spacingXl

    function show(text: string) {
        message = text;
        open();
        hideTimer.restart();
    }

    x: Math.round((parent ? parent.width - width : 0) / 2)
    y: (parent ? parent.height : 0) - height - bottomOffset
    width: Math.min(implicitWidth, (parent ? parent.width : implicitWidth) - Theme.spacingXl * 2)
    padding: Theme.spacingM
    leftPadding: Theme.spacingL
    rightPadding: Theme.spacingL
    closePolicy: Popup.CloseOnPressOutside | Popup.CloseOnEscape
    modal: false
    focus: false

    background: Rectangle {
        radius: Theme.radiusM
        color: Theme.textPrimary
    }

    contentItem: RowLayout {
        spacing: Theme.spacingS

        Icon {
            name: "check"
            color: Theme.surface
            size: Theme.iconSizeSmall
        }

        Label {
            Layout.fillWidth: true
            text: toast.message
            color: Theme.surface
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody

            Accessible.role: Accessible.AlertMessage
            Accessible.name: toast.message
        }
    }

    enter: Transition {
        NumberAnimation {
            property: "opacity"
            from: 0
            to: 1
            duration: Theme.durationMedium
        }
    }
    exit: Transition {
        NumberAnimation {
            property: "opacity"
            from: 1
            to: 0
            duration: Theme.durationMedium
        }
    }

    Timer {
        id: hideTimer

        interval: Theme.durationToast
        onTriggered: toast.close()
    }
}
