import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A short confirmation near the bottom of its parent that fades away.
// show(text, actionText) adds a button (e.g. "Undo") that emits actionTriggered
// and stays a little longer so there is time to press it.
Popup {
    id: toast

    property string message
    property string actionText
    property int bottomOffset: Theme.spacingXl

    signal actionTriggered

    function show(text: string, action) {
        message = text;
        actionText = action ? String(action) : "";
        open();
        hideTimer.interval = actionText.length > 0 ? Theme.durationToastWithAction : Theme.durationToast;
        hideTimer.restart();
    }

    function trigger() {
        if (actionText.length === 0)
            return;
        hideTimer.stop();
        close();
        actionTriggered();
    }

    x: Math.round((parent ? parent.width - width : 0) / 2)
    y: (parent ? parent.height : 0) - height - bottomOffset
    width: Math.min(implicitWidth, (parent ? parent.width : implicitWidth) - Theme.spacingXl * 2)
    padding: Theme.spacingM
    leftPadding: Theme.spacingL
    rightPadding: actionText.length > 0 ? Theme.spacingS : Theme.spacingL
    closePolicy: Popup.CloseOnEscape
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

        Button {
            Layout.leftMargin: Theme.spacingS
            Layout.topMargin: -Theme.spacingS
            Layout.bottomMargin: -Theme.spacingS
            visible: toast.actionText.length > 0
            flat: true
            text: toast.actionText
            Accessible.name: toast.actionText
            onClicked: toast.trigger()

            contentItem: Label {
                text: toast.actionText
                color: Theme.toastAction
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
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
