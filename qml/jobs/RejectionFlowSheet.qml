import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The guided, skippable flow after a rejection. openFor(applicationId) starts
// it (or resumes it where it was left). Being written: see issue 4.
Dialog {
    id: sheet

    required property AppContext app
    property string applicationId

    function openFor(applicationId: string) {
        sheet.applicationId = applicationId;
        open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    modal: true
    title: qsTr("After a rejection")

    Label {
        width: parent.width
        wrapMode: Text.Wrap
        text: qsTr("A few gentle steps to take care of yourself and learn from this one.")
        color: Theme.textSecondary
    }

    standardButtons: Dialog.Close
}
