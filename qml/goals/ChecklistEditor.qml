pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// Edit a re-evaluation checklist: its name, how often to review it and its
// questions (add, edit, reorder, delete with Undo); duplicate or delete the
// whole checklist. Changes are saved as they are made. openNew() first asks
// for a name and a schedule, then shows the questions. Full screen on a phone,
// a centred dialog on a desktop.
Dialog {
    id: editor

    required property AppContext app
    readonly property ChecklistController checklists: app.checklists
    // The controller's list as a plain JS array.
    readonly property var lists: checklists.checklists
    readonly property bool compact: parent ? parent.width < Theme.wideBreakpoint : true
    property string checklistId
    property var items: []
    property string errorText
    property bool adding: false
    property string undoTarget // what the toast's Undo brings back: "item" or "checklist"
    readonly property bool isNew: checklistId.length === 0

    // Emitted after a delete; the editor's own toast offers Undo.
    signal checklistRemoved(string name)

    function openFor(id: string): bool {
        const list = lists.find(c => c.id === id);
        if (!list)
            return false;
        checklistId = id;
        nameField.text = list.name;
        everyWeeks.value = list.everyWeeks;
        errorText = "";
        adding = false;
        refresh();
        open();
        form.contentY = 0;
        return true;
    }

    function openNew() {
        checklistId = "";
        nameField.text = "";
        everyWeeks.value = Theme.defaultReviewWeeks;
        errorText = "";
        adding = false;
        items = [];
        open();
        form.contentY = 0;
        nameField.forceActiveFocus();
    }

    // Only a real change replaces the rows (a rebuild drops a row being edited).
    function refresh() {
        const next = checklistId.length > 0 ? checklists.items(checklistId) : [];
        if (JSON.stringify(next) !== JSON.stringify(items))
            items = next;
    }

    // Saves every question being edited (except `exceptId`) before a change that
    // rebuilds the rows; on failure the text stays where it was typed.
    function flushEdits(exceptId: string): bool {
        const pending = [];
        for (let i = 0; i < rowRepeater.count; ++i) {
            const r = rowRepeater.itemAt(i);
            const p = r ? r.pending() : null;
            if (p && p.id !== exceptId)
                pending.push(p);
        }
        for (const p of pending) {
            if (!checklists.updateItem(p.id, p.text, p.hint))
                return fail();
        }
        return true;
    }

    function fail(): bool {
        errorText = checklists.errorMessage;
        return false;
    }

    // Creates the checklist (new) or saves its name and schedule when changed.
    function saveHeader(): bool {
        const name = String(nameField.text).trim();
        if (name.length === 0) {
            errorText = qsTr("Give the checklist a name.");
            return false;
        }
        if (isNew) {
            const id = checklists.addChecklist(name, everyWeeks.value);
            if (id.length === 0)
                return fail();
            checklistId = id;
            errorText = "";
            refresh();
            adding = true;
            newText.forceActiveFocus();
            return true;
        }
        const list = lists.find(c => c.id === checklistId);
        if (list && list.name === name && list.everyWeeks === everyWeeks.value)
            return true;
        if (!checklists.updateChecklist(checklistId, name, everyWeeks.value))
            return fail();
        errorText = "";
        return true;
    }

    function addItem(): bool {
        const text = String(newText.text).trim();
        if (text.length === 0)
            return true;
        if (!flushEdits(""))
            return false;
        if (checklists.addItem(checklistId, text, newHint.text).length === 0)
            return fail();
        errorText = "";
        newText.text = "";
        newHint.text = "";
        refresh();
        newText.forceActiveFocus();
        return true;
    }

    function saveItem(id: string, text: string, hint: string) {
        if (!flushEdits(id))
            return;
        if (!checklists.updateItem(id, text, hint)) {
            fail();
            return;
        }
        errorText = "";
        refresh();
    }

    function moveItem(id: string, delta: int) {
        if (!flushEdits(""))
            return;
        if (!checklists.moveItem(id, delta))
            fail();
        refresh();
    }

    function removeItem(id: string) {
        if (!flushEdits(id))
            return;
        if (!checklists.removeItem(id)) {
            fail();
            return;
        }
        refresh();
        undoTarget = "item";
        toast.show(qsTr("Question deleted"), qsTr("Undo"));
    }

    function duplicate() {
        if (!saveHeader())
            return;
        const id = checklists.duplicateChecklist(checklistId, "");
        if (id.length === 0) {
            fail();
            return;
        }
        openFor(id);
        toast.show(qsTr("Copied as “%1”").arg(nameField.text));
    }

    function removeChecklist() {
        const name = nameField.text;
        if (!checklists.removeChecklist(checklistId)) {
            fail();
            return;
        }
        close();
        undoTarget = "checklist";
        toast.show(qsTr("Checklist “%1” deleted").arg(name), qsTr("Undo"));
        checklistRemoved(name);
    }

    // Nothing typed is dropped: open question edits and a new question are saved first.
    function done() {
        if (!flushEdits(""))
            return;
        if (adding && !addItem())
            return;
        if (saveHeader())
            close();
    }

    parent: Overlay.overlay
    x: compact ? 0 : Math.round((parent.width - width) / 2)
    y: compact ? 0 : Math.round((parent.height - height) / 2)
    width: compact ? parent.width : Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: compact ? parent.height : Math.min(parent.height - Theme.spacingL * 2, Theme.editorMaxHeight)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    bottomPadding: 0
    closePolicy: Popup.CloseOnEscape
    title: isNew ? qsTr("New checklist") : qsTr("Edit checklist")

    Connections {
        target: editor.checklists

        function onChanged() {
            if (editor.visible && !editor.isNew)
                editor.refresh();
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
            spacing: Theme.spacingS

            FieldLabel {
                text: qsTr("Name")
            }

            TextField {
                id: nameField

                objectName: "checklistName"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Monthly check on my search")
                maximumLength: Theme.checklistNameMaxLength
                selectByMouse: true
                Accessible.name: qsTr("Checklist name (required)")
                onAccepted: editor.saveHeader()
                onEditingFinished: {
                    if (!editor.isNew && editor.visible)
                        editor.saveHeader();
                }
            }

            FieldLabel {
                text: qsTr("Review it")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                SpinBox {
                    id: everyWeeks

                    objectName: "everyWeeks"
                    from: 0
                    to: Theme.checklistMaxEveryWeeks
                    editable: false
                    Layout.preferredWidth: Theme.everyWeeksFieldWidth
                    textFromValue: (value, locale) => value === 0 ? qsTr("Not scheduled") : value === 1 ? qsTr("Every week") : qsTr("Every %1 weeks").arg(value)
                    Accessible.name: qsTr("Review every how many weeks: %1").arg(textFromValue(value, Qt.locale()))
                    onValueModified: {
                        if (!editor.isNew)
                            editor.saveHeader();
                    }
                }

                Label {
                    Layout.fillWidth: true
                    text: everyWeeks.value === 0 ? qsTr("Review it whenever you like.") : qsTr("Today reminds you when it is due.")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }

            Button {
                Layout.alignment: Qt.AlignRight
                Layout.topMargin: Theme.spacingS
                visible: editor.isNew
                highlighted: true
                enabled: nameField.text.trim().length > 0
                text: qsTr("Create and add questions")
                Accessible.name: text
                onClicked: editor.saveHeader()
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: editor.errorText
                dismissible: true
                onDismissed: editor.errorText = ""
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingM
                visible: !editor.isNew
                spacing: Theme.spacingS

                Label {
                    Layout.fillWidth: true
                    text: editor.items.length === 1 ? qsTr("1 question") : qsTr("%1 questions").arg(editor.items.length)
                    font.pixelSize: Theme.fontBodyLarge
                    font.weight: Theme.weightBold
                    color: Theme.textPrimary
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }

                Button {
                    flat: true
                    visible: !editor.adding
                    text: qsTr("Add a question")
                    Accessible.name: text
                    onClicked: {
                        editor.adding = true;
                        newText.forceActiveFocus();
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                visible: !editor.isNew && editor.items.length === 0
                text: qsTr("Add the questions you want to ask yourself at each review. Keep them kind and honest.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            Repeater {
                id: rowRepeater

                model: editor.items

                ChecklistItemRow {
                    id: itemRow

                    required property var modelData
                    required property int index

                    Layout.fillWidth: true
                    item: itemRow.modelData
                    number: itemRow.index + 1
                    count: editor.items.length
                    onSaveRequested: (id, text, hint) => editor.saveItem(id, text, hint)
                    onMoveRequested: (id, delta) => editor.moveItem(id, delta)
                    onRemoveRequested: id => editor.removeItem(id)
                }
            }

            // A new question at the end.
            Rectangle {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXs
                visible: !editor.isNew && editor.adding
                implicitHeight: addColumn.implicitHeight + Theme.spacingM * 2
                radius: Theme.radiusM
                color: Theme.surfaceRaised

                ColumnLayout {
                    id: addColumn

                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: Theme.spacingM
                    spacing: Theme.spacingXs

                    TextField {
                        id: newText

                        objectName: "newQuestion"
                        Layout.fillWidth: true
                        placeholderText: qsTr("A new question, e.g. Am I resting enough?")
                        maximumLength: Theme.checklistItemMaxLength
                        selectByMouse: true
                        Accessible.name: qsTr("New question")
                        onAccepted: editor.addItem()
                    }

                    TextArea {
                        id: newHint

                        Layout.fillWidth: true
                        placeholderText: qsTr("A hint: what to think about (optional)")
                        wrapMode: TextEdit.Wrap
                        selectByMouse: true
                        textFormat: TextEdit.PlainText
                        Accessible.role: Accessible.EditableText
                        Accessible.name: qsTr("Hint for the new question")
                    }

                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacingS

                        Item {
                            Layout.fillWidth: true
                        }

                        Button {
                            flat: true
                            text: qsTr("Cancel")
                            Accessible.name: qsTr("Cancel the new question")
                            onClicked: {
                                newText.text = "";
                                newHint.text = "";
                                editor.adding = false;
                            }
                        }

                        Button {
                            objectName: "addQuestion"
                            highlighted: true
                            enabled: newText.text.trim().length > 0
                            text: qsTr("Add")
                            Accessible.name: qsTr("Add the question")
                            onClicked: editor.addItem()
                        }
                    }
                }
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingXs

        Button {
            Layout.leftMargin: Theme.spacingM
            visible: !editor.isNew
            flat: true
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete checklist")
            onClicked: editor.removeChecklist()
        }

        Button {
            visible: !editor.isNew
            flat: true
            text: qsTr("Duplicate")
            Accessible.name: qsTr("Duplicate checklist")
            onClicked: editor.duplicate()
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            objectName: "doneButton"
            Layout.rightMargin: Theme.spacingM
            highlighted: !editor.isNew
            flat: editor.isNew
            text: editor.isNew ? qsTr("Cancel") : qsTr("Done")
            Accessible.name: editor.isNew ? qsTr("Cancel") : qsTr("Done editing the checklist")
            onClicked: editor.isNew ? editor.close() : editor.done()
        }
    }

    Toast {
        id: toast

        parent: Overlay.overlay
        onActionTriggered: {
            if (editor.checklists.undoRemove()) {
                if (editor.undoTarget === "item")
                    editor.refresh();
            } else {
                toast.show(editor.checklists.errorMessage);
            }
        }
    }
}
