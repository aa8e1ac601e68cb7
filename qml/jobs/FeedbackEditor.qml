pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// Add or edit feedback on an application or one of its interviews: where it
// came from (employer, mock interview, yourself), when, the words, and the
// skills it names as strengths and to work on (suggested from skills already
// named). Emits submitted(fields); the page saves.
Dialog {
    id: editor

    property var sources: []          // [{key, label}]
    property var interviews: []       // ApplicationController.interviews
    property var skillSuggestions: [] // names
    property string subtitle
    property string feedbackId
    property string source: "employer"
    property string interviewId
    property string errorText
    readonly property bool isNew: feedbackId.length === 0
    readonly property var aboutChoices: {
        const choices = interviews.map(i => ({
                        "key": i.id,
                        "label": qsTr("%1 · %2").arg(i.kindLabel).arg(i.when)
                    }));
        choices.unshift({
                "key": "",
                "label": qsTr("The application")
            });
        return choices;
    }

    signal submitted(var fields)
    signal deleteRequested(string id)

    function validate(): string {
        strengths.commit();
        weaknesses.commit();
        if (feedbackText.text.trim().length === 0 && strengths.tags.length === 0 && weaknesses.tags.length === 0)
            return qsTr("Write the feedback or name at least one skill.");
        return "";
    }

    function fields(): var {
        const f = {
            "source": source,
            "receivedOn": Dates.dayKey(receivedOn.date),
            "interviewId": interviewId,
            "text": feedbackText.text,
            "strengths": strengths.tags,
            "weaknesses": weaknesses.tags
        };
        if (!isNew)
            f["id"] = feedbackId;
        return f;
    }

    function save() {
        const problem = validate();
        errorText = problem;
        if (problem.length === 0)
            submitted(fields());
    }

    function reset(f: var) {
        feedbackId = f["id"] ?? "";
        source = f["source"] ?? "employer";
        interviewId = f["interviewId"] ?? "";
        receivedOn.date = f["day"] ? Dates.fromDayKey(f["day"]) : Dates.today();
        feedbackText.text = f["text"] ?? "";
        strengths.tags = f["strengths"] ? Array.from(f["strengths"]) : [];
        weaknesses.tags = f["weaknesses"] ? Array.from(f["weaknesses"]) : [];
        strengths.field.clear();
        weaknesses.field.clear();
        errorText = "";
        form.contentY = 0;
    }

    // defaults: {interviewId} to start on one interview
    function openNew(defaults: var) {
        reset(defaults ?? {});
        open();
        feedbackText.forceActiveFocus();
    }

    // feedback: an ApplicationController.feedback item
    function openWith(feedback: var) {
        reset(feedback);
        open();
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
    title: isNew ? qsTr("New feedback") : qsTr("Feedback")

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

            Label {
                Layout.fillWidth: true
                visible: editor.subtitle.length > 0
                text: editor.subtitle
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                color: Theme.textSecondary
            }

            FieldLabel {
                text: qsTr("From")
            }

            OptionChips {
                Layout.fillWidth: true
                label: qsTr("Where the feedback came from")
                model: editor.sources
                selectedKey: editor.source
                onPicked: key => editor.source = key
            }

            FieldLabel {
                text: qsTr("Received")
            }

            DayField {
                id: receivedOn

                Layout.fillWidth: true
                latest: Dates.today()
                label: qsTr("Received on")
            }

            FieldLabel {
                visible: editor.interviews.length > 0
                text: qsTr("About")
            }

            OptionChips {
                Layout.fillWidth: true
                visible: editor.interviews.length > 0
                label: qsTr("What the feedback is about")
                model: editor.aboutChoices
                selectedKey: editor.interviewId
                onPicked: key => editor.interviewId = key
            }

            TextArea {
                id: feedbackText

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                Layout.minimumHeight: Theme.notesMinHeight
                placeholderText: qsTr("What did they say? Their words are worth keeping, the kind ones too.")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Feedback text")
            }

            FieldLabel {
                text: qsTr("Strengths they saw")
            }

            TagInput {
                id: strengths

                Layout.fillWidth: true
                field.placeholderText: qsTr("A skill, e.g. Communication")
                Accessible.name: qsTr("Strengths")
            }

            SkillSuggestions {
                Layout.fillWidth: true
                input: strengths
                names: editor.skillSuggestions
            }

            FieldLabel {
                text: qsTr("Skills to work on")
            }

            TagInput {
                id: weaknesses

                Layout.fillWidth: true
                field.placeholderText: qsTr("A skill, e.g. SQL")
                Accessible.name: qsTr("Skills to work on")
            }

            SkillSuggestions {
                Layout.fillWidth: true
                input: weaknesses
                names: editor.skillSuggestions
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: editor.errorText
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
            Accessible.name: qsTr("Delete feedback")
            onClicked: editor.deleteRequested(editor.feedbackId)
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
            text: qsTr("Save")
            Accessible.name: qsTr("Save feedback")
            onClicked: editor.save()
        }
    }
}
