import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One question of a review: the question and its hint, yes / no / unsure, a
// note, what was answered last time, and an optional follow-up.
// `handler` does the writing: {setAnswer(id, answer, note): bool,
// setFollowUp(id, kind, title, target, detail): bool, error(): string}.
ColumnLayout {
    id: root

    required property var item      // the answer map from the review controller
    required property var options   // [{key, label}] yes / no / unsure
    required property var choices   // see ReviewFollowUpEditor
    property var handler: null
    property int number: 1
    property int total: 1
    property bool large: false      // the phone stepper: one question per screen
    property bool readOnly: false
    readonly property string answerId: item ? (item["id"] ?? "") : ""
    readonly property bool editingFollowUp: followUpEditor.visible
    // A note the vault refused (too long, disk full, ...): kept on screen, not
    // replaced by the stored one, until it saves or another question shows.
    property bool noteUnsaved: false

    // Saves the note if it changed (the stepper calls this before moving on).
    function commit() {
        if (!item || readOnly || !handler || note.text === (item["note"] ?? ""))
            return;
        save(item["answer"] ?? "");
    }

    function choose(key: string) {
        if (handler)
            save(key);
    }

    function save(answer: string) {
        const typed = note.text;
        noteUnsaved = !handler.setAnswer(answerId, answer, typed);
        if (noteUnsaved)
            note.text = typed;
    }

    function openFollowUp() {
        followUpEditor.load(item);
        followUpEditor.visible = true;
    }

    function saveFollowUp(kind: string, title: string, target: string, detail: string) {
        if (!handler)
            return;
        if (handler.setFollowUp(answerId, kind, title, target, detail))
            followUpEditor.visible = false;
        else
            followUpEditor.errorText = handler.error();
    }

    // The note keeps what is being typed when other answers reload.
    onItemChanged: {
        answerChips.selectedKey = item ? (item["answer"] ?? "") : ""; // OptionChips overwrites its binding on a pick
        if (!note.activeFocus && !noteUnsaved)
            note.text = item ? (item["note"] ?? "") : "";
    }
    // Another question in the same place (the stepper): show its note, not the one typed before.
    onAnswerIdChanged: {
        followUpEditor.visible = false;
        noteUnsaved = false;
        note.text = item ? (item["note"] ?? "") : "";
    }

    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Question %1 of %2: %3").arg(number).arg(total).arg(item ? item["question"] : "")

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.reviewNumberSize
            implicitHeight: Theme.reviewNumberSize
            radius: width / 2
            color: (root.item && (root.item["answer"] ?? "").length > 0) ? Theme.accent : Theme.accentSoft

            Label {
                anchors.centerIn: parent
                text: root.number
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightBold
                color: (root.item && (root.item["answer"] ?? "").length > 0) ? Theme.textOnAccent : Theme.accent
                Accessible.ignored: true
            }
        }

        Label {
            Layout.fillWidth: true
            text: root.item ? root.item["question"] : ""
            wrapMode: Text.Wrap
            font.pixelSize: root.large ? Theme.fontTitle : Theme.fontBodyLarge
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.leftMargin: root.large ? 0 : Theme.reviewNumberSize + Theme.spacingM
        visible: text.length > 0
        text: root.item ? (root.item["hint"] ?? "") : ""
        wrapMode: Text.Wrap
        font.pixelSize: root.large ? Theme.fontBody : Theme.fontSmall
        lineHeight: 1.15
        color: Theme.textSecondary
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.leftMargin: root.large ? 0 : Theme.reviewNumberSize + Theme.spacingM
        Layout.topMargin: Theme.spacingXs
        spacing: Theme.spacingS

        OptionChips {
            id: answerChips

            Layout.fillWidth: true
            enabled: !root.readOnly
            label: qsTr("Your answer")
            model: root.options
            allowNone: true
            selectedKey: root.item ? (root.item["answer"] ?? "") : ""
            onPicked: key => root.choose(key)
        }

        Label {
            Layout.fillWidth: true
            visible: root.item ? root.item["hasPrevious"] === true : false
            text: root.item && root.item["changed"] ? qsTr("Changed: last time you said %1").arg(root.item["previousAnswerLabel"]) : qsTr("Last time: %1").arg(root.item ? root.item["previousAnswerLabel"] ?? "" : "")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontCaption
            font.weight: root.item && root.item["changed"] ? Theme.weightBold : Theme.weightRegular
            color: root.item && root.item["changed"] ? Theme.accent : Theme.textSecondary
        }

        TextArea {
            id: note

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.reviewNoteMinHeight
            readOnly: root.readOnly
            placeholderText: qsTr("A note for yourself (optional)")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Note")
            onEditingFinished: root.commit()
            Component.onCompleted: text = root.item ? (root.item["note"] ?? "") : ""
        }

        // The planned follow-up, in one line, with a way to change it.
        RowLayout {
            Layout.fillWidth: true
            visible: !followUpEditor.visible && !!root.item && (root.item["followUpKind"] ?? "").length > 0
            spacing: Theme.spacingS

            Icon {
                Layout.alignment: Qt.AlignVCenter
                name: root.item && root.item["followUpDone"] ? "check" : "sparkle"
                color: Theme.accent
                size: Theme.iconSizeSmall
            }

            Label {
                Layout.fillWidth: true
                text: root.item ? (root.item["followUpText"] ?? "") : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightMedium
                color: Theme.textPrimary
            }

            Button {
                visible: !root.readOnly
                flat: true
                text: qsTr("Change")
                Accessible.name: qsTr("Change the follow-up")
                onClicked: root.openFollowUp()
            }
        }

        Button {
            visible: !root.readOnly && !followUpEditor.visible && !!root.item && (root.item["followUpKind"] ?? "").length === 0
            flat: true
            text: qsTr("+ Plan a follow-up")
            Accessible.name: qsTr("Plan a follow-up: a goal change or a skills action")
            onClicked: root.openFollowUp()
        }

        ReviewFollowUpEditor {
            id: followUpEditor

            Layout.fillWidth: true
            visible: false
            choices: root.choices
            onSaveRequested: (kind, title, target, detail) => root.saveFollowUp(kind, title, target, detail)
            onRemoveRequested: root.saveFollowUp("", "", "", "")
            onCancelled: visible = false
        }
    }
}
