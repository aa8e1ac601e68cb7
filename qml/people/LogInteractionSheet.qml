pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// Log (or edit) an interaction with a contact: what kind, which day, a note.
// Emits submitted(fields) with {id ("" for new), contactId, kind, day, note};
// the page saves and, on failure, shows the message in errorText.
Dialog {
    id: sheet

    property var kinds: [] // [{key, label}]
    property string contactId
    property string contactName
    property string interactionId
    property string kind: "message"
    property string errorText
    readonly property bool isNew: interactionId.length === 0

    signal submitted(var fields)
    signal deleteRequested(string id)

    function openFor(contactId: string, name: string) {
        reset(contactId, name, {});
        open();
        noteField.forceActiveFocus();
    }

    // interaction: ContactController.interactions[i]
    function openWith(contactId: string, name: string, interaction: var) {
        reset(contactId, name, interaction);
        open();
    }

    function reset(contactId: string, name: string, item: var) {
        sheet.contactId = contactId;
        contactName = name;
        interactionId = item["id"] ?? "";
        kind = item["kind"] ?? "message";
        dayField.date = item["day"] ? Dates.fromDayKey(item["day"]) : Dates.today();
        noteField.text = item["note"] ?? "";
        errorText = "";
    }

    function save() {
        submitted({
            "id": interactionId,
            "contactId": contactId,
            "kind": kind,
            "day": Dates.dayKey(dayField.date),
            "note": noteField.text
        });
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    title: isNew ? qsTr("Log with %1").arg(contactName) : qsTr("Edit interaction")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        OptionChips {
            Layout.fillWidth: true
            label: qsTr("What kind")
            model: sheet.kinds
            selectedKey: sheet.kind
            onPicked: key => sheet.kind = key
        }

        DayField {
            id: dayField

            objectName: "interactionDay"
            Layout.fillWidth: true
            latest: Dates.today()
            label: qsTr("When")
        }

        TextArea {
            id: noteField

            objectName: "interactionNote"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.noteMinHeight
            placeholderText: qsTr("What you talked about, what to follow up on (optional)")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            textFormat: TextEdit.PlainText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Note")
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Return && (event.modifiers & Qt.ControlModifier)) {
                    sheet.save();
                    event.accepted = true;
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: sheet.isNew
            text: qsTr("Logging restarts the keep-in-touch clock from this day.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontCaption
            color: Theme.textSecondary
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: sheet.errorText
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Button {
            Layout.leftMargin: Theme.spacingM
            visible: !sheet.isNew
            flat: true
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete interaction")
            onClicked: sheet.deleteRequested(sheet.interactionId)
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: sheet.close()
        }

        Button {
            objectName: "logSave"
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            text: sheet.isNew ? qsTr("Log") : qsTr("Save")
            Accessible.name: sheet.isNew ? qsTr("Log this interaction") : qsTr("Save interaction")
            onClicked: sheet.save()
        }
    }
}
