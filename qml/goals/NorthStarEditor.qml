import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// Set, change or clear the north star: one sentence and, if you like, why it
// matters to you.
Dialog {
    id: editor

    required property GoalsController goals
    property string errorText
    // The controller's map as a plain JS object.
    readonly property var star: goals.northStar

    signal saved(bool cleared)

    function openEditor() {
        titleField.text = star.title ?? "";
        notesField.text = star.notes ?? "";
        errorText = "";
        open();
        titleField.forceActiveFocus();
    }

    function save() {
        const title = String(titleField.text).trim();
        if (title.length === 0) {
            errorText = qsTr("Write your north star, or use Clear to remove it.");
            return;
        }
        if (!goals.setNorthStar(title, notesField.text)) {
            errorText = goals.errorMessage;
            return;
        }
        close();
        saved(false);
    }

    // Clearing keeps the old north star (dropped); undoClear brings it back.
    property string clearedId

    function undoClear(): bool {
        return clearedId.length > 0 && goals.setStatus(clearedId, "active");
    }

    function clear() {
        clearedId = editor.star.id ?? "";
        if (!goals.setNorthStar("", "")) {
            errorText = goals.errorMessage;
            return;
        }
        close();
        saved(true);
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    modal: true
    closePolicy: Popup.CloseOnEscape // a stray tap outside must not lose what was typed
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    title: qsTr("Your north star")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("The long-term direction behind every application: the work you want and why. Keep it short enough to read at a glance.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        FieldLabel {
            text: qsTr("North star")
        }

        TextField {
            id: titleField

            objectName: "northStarTitle"
            Layout.fillWidth: true
            placeholderText: qsTr("e.g. Lead a data team at a company that helps people")
            maximumLength: Theme.goalTitleMaxLength
            selectByMouse: true
            Accessible.name: qsTr("North star")
            onAccepted: editor.save()
        }

        FieldLabel {
            text: qsTr("Why it matters (optional)")
        }

        TextArea {
            id: notesField

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.pitchMinHeight
            placeholderText: qsTr("What it would change for you")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            textFormat: TextEdit.PlainText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Why it matters")
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: editor.errorText
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Button {
            Layout.leftMargin: Theme.spacingM
            visible: (editor.star.title ?? "").length > 0
            flat: true
            text: qsTr("Clear")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Clear the north star")
            onClicked: editor.clear()
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: editor.close()
        }

        Button {
            objectName: "saveNorthStar"
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: titleField.text.trim().length > 0
            text: qsTr("Save")
            Accessible.name: qsTr("Save the north star")
            onClicked: editor.save()
        }
    }
}
