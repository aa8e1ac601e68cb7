pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// Log or edit an interview: day and time, kind, interviewers, confidence
// before and after (1–5), and the reflection: questions that stumped you,
// moments you felt less confident, what went well, what you would do
// differently. Emits submitted(fields); the page saves and, on failure, puts
// the controller's message in errorText.
Dialog {
    id: editor

    property var kinds: [] // [{key, label}]
    property string subtitle // "Fabrikam · Data Lead"
    property string interviewId
    property string kind: "phone_screen"
    property string errorText
    readonly property bool isNew: interviewId.length === 0
    readonly property bool upcoming: Dates.daysAgo(dayField.date) < 0 || (Dates.daysAgo(dayField.date) === 0 && (timePicker.hour * Theme.minutesPerHour + timePicker.minute) > (new Date().getHours() * Theme.minutesPerHour + new Date().getMinutes()))

    signal submitted(var fields)
    signal deleteRequested(string id)

    function validate(): string {
        if (!dayField.date || isNaN(dayField.date.getTime()))
            return qsTr("Give the interview a date and time.");
        if (kind.length === 0)
            return qsTr("Pick the kind of interview.");
        return "";
    }

    function fields(): var {
        interviewers.commit();
        const f = {
            "day": Dates.dayKey(dayField.date),
            "hour": timePicker.hour,
            "minute": timePicker.minute,
            "kind": kind,
            "interviewers": interviewers.tags,
            "confidenceBefore": before.value,
            "confidenceAfter": after.value,
            "stumped": stumped.text,
            "lessConfident": lessConfident.text,
            "wentWell": wentWell.text,
            "doDifferently": doDifferently.text,
            "notes": notes.text
        };
        if (!isNew)
            f["id"] = interviewId;
        return f;
    }

    function save() {
        const problem = validate();
        errorText = problem;
        if (problem.length === 0)
            submitted(fields());
    }

    function reset(i: var) {
        interviewId = i["id"] ?? "";
        dayField.date = i["day"] ? Dates.fromDayKey(i["day"]) : Dates.addDays(Dates.today(), 1);
        timePicker.hour = i["hour"] ?? Theme.defaultInterviewHour;
        timePicker.minute = i["minute"] ?? 0;
        kind = i["kind"] ?? "phone_screen";
        interviewers.tags = i["interviewers"] ? Array.from(i["interviewers"]) : [];
        interviewers.field.clear();
        before.value = i["confidenceBefore"] ?? 0;
        after.value = i["confidenceAfter"] ?? 0;
        stumped.text = i["stumped"] ?? "";
        lessConfident.text = i["lessConfident"] ?? "";
        wentWell.text = i["wentWell"] ?? "";
        doDifferently.text = i["doDifferently"] ?? "";
        notes.text = i["notes"] ?? "";
        errorText = "";
        form.contentY = 0;
    }

    function openNew() {
        reset({});
        open();
    }

    // interview: an ApplicationController.interviews item
    function openWith(interview: var) {
        reset(interview);
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
    title: isNew ? qsTr("New interview") : qsTr("Interview")

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
                text: qsTr("When")
            }

            DayField {
                id: dayField

                Layout.fillWidth: true
                label: qsTr("Interview day")
            }

            TimePicker {
                id: timePicker

                label: qsTr("Starts at")
            }

            Label {
                Layout.fillWidth: true
                visible: editor.upcoming
                text: qsTr("Rebound reminds you to prepare the day before.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            FieldLabel {
                text: qsTr("Kind")
            }

            OptionChips {
                Layout.fillWidth: true
                label: qsTr("Kind of interview")
                model: editor.kinds
                selectedKey: editor.kind
                onPicked: key => editor.kind = key
            }

            FieldLabel {
                text: qsTr("Interviewers")
            }

            TagInput {
                id: interviewers

                Layout.fillWidth: true
                field.placeholderText: qsTr("Add a name and press Enter")
                Accessible.name: qsTr("Interviewers")
            }

            ConfidencePicker {
                id: before

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingS
                label: qsTr("Confidence before")
            }

            ConfidencePicker {
                id: after

                Layout.fillWidth: true
                label: qsTr("Confidence after")
            }

            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingM
                text: qsTr("Reflection")
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Write it soon after, while it is fresh. It is for you: honest beats polished.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            FieldLabel {
                text: qsTr("Questions that stumped me")
            }

            TextArea {
                id: stumped

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.reflectionMinHeight
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Questions that stumped me")
            }

            FieldLabel {
                text: qsTr("Moments I felt less confident")
            }

            TextArea {
                id: lessConfident

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.reflectionMinHeight
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Moments I felt less confident")
            }

            FieldLabel {
                text: qsTr("What went well")
            }

            TextArea {
                id: wentWell

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.reflectionMinHeight
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("What went well")
            }

            FieldLabel {
                text: qsTr("What I would do differently")
            }

            TextArea {
                id: doDifferently

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.reflectionMinHeight
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("What I would do differently")
            }

            FieldLabel {
                text: qsTr("Other notes")
            }

            TextArea {
                id: notes

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.reflectionMinHeight
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Other notes")
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
            Accessible.name: qsTr("Delete interview")
            onClicked: editor.deleteRequested(editor.interviewId)
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
            Accessible.name: qsTr("Save interview")
            onClicked: editor.save()
        }
    }
}
