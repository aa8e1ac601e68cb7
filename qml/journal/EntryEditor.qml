import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// Create or edit one journal entry: date, mood, text; delete with confirmation.
Dialog {
    id: editor

    required property JournalModel journal
    property string entryId
    readonly property bool isNew: entryId.length === 0
    property bool attempted: false // show journal errors only after our own save/delete
    readonly property bool canSave: body.text.trim().length > 0 || moodPicker.mood > 0

    signal saved(bool created)
    signal deleted

    function openNew() {
        entryId = "";
        attempted = false;
        dateStepper.date = Dates.today();
        moodPicker.mood = 0;
        body.text = "";
        open();
        body.forceActiveFocus();
    }

    function openEntry(id: string) {
        const entry = Object.assign({}, journal.entry(id));
        if (!entry["id"])
            return;
        entryId = entry["id"];
        attempted = false;
        dateStepper.date = Dates.atNoon(entry["date"]);
        moodPicker.mood = entry["mood"];
        body.text = entry["body"];
        open();
    }

    function save() {
        if (!canSave)
            return;
        attempted = true;
        let ok;
        if (isNew)
            ok = journal.addEntry(dateStepper.date, moodPicker.mood, body.text).length > 0;
        else
            ok = journal.updateEntry(entryId, dateStepper.date, moodPicker.mood, body.text);
        if (ok) {
            saved(isNew);
            close();
        }
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    focus: true
    padding: Theme.spacingL
    title: isNew ? qsTr("New entry") : qsTr("Edit entry")

    // Held as a property so it is not part of this dialog's content.
    readonly property ConfirmDeleteDialog confirmDelete: ConfirmDeleteDialog {
        parent: editor.parent

        onConfirmed: {
            editor.attempted = true;
            if (editor.journal.removeEntry(editor.entryId)) {
                editor.deleted();
                editor.close();
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        DateStepper {
            id: dateStepper

            Layout.fillWidth: true
        }

        Label {
            text: qsTr("How were you feeling?")
            color: Theme.textSecondary
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightMedium
        }

        MoodPicker {
            id: moodPicker

            Layout.fillWidth: true
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.minimumHeight: Theme.touchTarget * 2
            Layout.preferredHeight: Theme.editorMinBodyHeight * 2

            TextArea {
                id: body

                placeholderText: qsTr("Write as much or as little as you like…")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Entry text")
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Return && (event.modifiers & Qt.ControlModifier)) {
                        editor.save();
                        event.accepted = true;
                    }
                }
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: editor.attempted ? editor.journal.errorMessage : ""
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Button {
            Layout.leftMargin: Theme.spacingM
            visible: !editor.isNew
            flat: true
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete entry")
            onClicked: editor.confirmDelete.open()
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
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: editor.canSave
            text: qsTr("Save")
            Accessible.name: qsTr("Save entry")
            onClicked: editor.save()
        }
    }
}
