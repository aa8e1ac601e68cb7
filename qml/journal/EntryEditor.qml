pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// Create or edit one journal entry: date, mood, text (plain Markdown source),
// feelings and tags; delete with confirmation. openNew(template, draft) starts
// from a guided template's body and tags, and optionally a draft (mood, emotions,
// checkInId: "write about this check-in"). Nothing is stored until Save.
Dialog {
    id: editor

    required property JournalModel journal
    property var emotions: []          // [{id, name, valence}] to choose from
    property string entryId
    property string templateKey
    property string checkInId
    property var selectedEmotions: []  // catalog ids
    readonly property bool isNew: entryId.length === 0
    property bool attempted: false // show journal errors only after our own save/delete
    readonly property bool canSave: body.text.trim().length > 0 || moodPicker.mood > 0

    signal saved(bool created)
    signal deleted

    function openNew(template, draft) {
        const t = template ?? {};
        const d = draft ?? {};
        entryId = "";
        templateKey = t["key"] ?? "";
        checkInId = d["checkInId"] ?? "";
        attempted = false;
        dateStepper.date = Dates.today();
        moodPicker.mood = d["mood"] ?? 0;
        body.text = t["body"] ?? "";
        tagInput.tags = t["tags"] ? Array.from(t["tags"]) : [];
        tagInput.field.clear();
        selectedEmotions = d["emotions"] ? Array.from(d["emotions"]) : [];
        open();
        body.forceActiveFocus();
        body.cursorPosition = 0;
    }

    function openEntry(id: string) {
        const entry = Object.assign({}, journal.entry(id));
        if (!entry["id"])
            return;
        entryId = entry["id"];
        templateKey = entry["templateKey"] ?? "";
        checkInId = entry["checkInId"] ?? "";
        attempted = false;
        dateStepper.date = Dates.atNoon(entry["date"]);
        moodPicker.mood = entry["mood"];
        body.text = entry["body"];
        tagInput.tags = entry["tags"] ? Array.from(entry["tags"]) : [];
        tagInput.field.clear();
        selectedEmotions = entry["emotions"] ? Array.from(entry["emotions"]) : [];
        open();
    }

    function toggleEmotion(id: string) {
        const i = selectedEmotions.indexOf(id);
        selectedEmotions = i >= 0 ? selectedEmotions.filter(e => e !== id) : selectedEmotions.concat([id]);
    }

    function save() {
        tagInput.commit();
        if (!canSave)
            return;
        attempted = true;
        const fields = {
            "date": dateStepper.date,
            "mood": moodPicker.mood,
            "body": body.text,
            "tags": tagInput.tags,
            "emotions": selectedEmotions,
            "templateKey": templateKey,
            "checkInId": checkInId
        };
        let ok;
        if (isNew) {
            ok = journal.createEntry(fields).length > 0;
        } else {
            fields["id"] = entryId;
            ok = journal.saveEntry(fields);
        }
        if (ok) {
            saved(isNew);
            close();
        }
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: Math.min(parent.height - Theme.spacingL * 2, Theme.editorMaxHeight)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    bottomPadding: 0
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

    Flickable {
        id: form

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            width: form.width
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

            TextArea {
                id: body

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.editorMinBodyHeight
                placeholderText: qsTr("Write as much or as little as you like… Markdown works: ## heading, - list, *emphasis*.")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Entry text")
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Return && (event.modifiers & Qt.ControlModifier)) {
                        editor.save();
                        event.accepted = true;
                    }
                }
                // Keep the caret in view while typing in a long entry.
                onCursorRectangleChanged: {
                    if (!activeFocus)
                        return;
                    const top = y + cursorRectangle.y;
                    const bottom = top + cursorRectangle.height + Theme.spacingL;
                    if (top < form.contentY)
                        form.contentY = top;
                    else if (bottom > form.contentY + form.height)
                        form.contentY = bottom - form.height;
                }
            }

            Label {
                Layout.topMargin: Theme.spacingXs
                visible: editor.emotions.length > 0
                text: qsTr("Feelings")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightMedium
            }

            Flow {
                Layout.fillWidth: true
                visible: editor.emotions.length > 0
                spacing: Theme.spacingXs

                Repeater {
                    model: editor.emotions

                    ToggleChip {
                        required property var modelData

                        text: modelData.name
                        checked: editor.selectedEmotions.indexOf(modelData.id) >= 0
                        onClicked: editor.toggleEmotion(modelData.id)
                    }
                }
            }

            Label {
                Layout.topMargin: Theme.spacingXs
                text: qsTr("Tags")
                color: Theme.textSecondary
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightMedium
            }

            TagInput {
                id: tagInput

                Layout.fillWidth: true
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: editor.attempted ? editor.journal.errorMessage : ""
            }
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
