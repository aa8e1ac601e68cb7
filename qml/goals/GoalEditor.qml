import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// Create or edit a goal: kind, title, status, for weekly effort what it counts
// and how many a week, an optional "by when", whether it is an alternative path
// to another goal, and notes. Emits submitted(fields); the page saves and, on
// failure, shows the controller's message in errorText.
Dialog {
    id: editor

    property var kinds: []    // [{key, label}]
    property var statuses: [] // [{key, label}]
    property var metrics: []  // [{key, label}]
    property var parents: []  // goals a new goal may be an alternative to: [{id, title}]
    property string goalId
    property string kind: "role"
    property string status: "active"
    property string metric: "applications"
    property string parentId
    readonly property string parentTitle: (parents.find(p => p.id === parentId) ?? {
            "title": ""
        }).title
    property string errorText
    readonly property bool isNew: goalId.length === 0
    readonly property bool isEffort: kind === "effort"
    readonly property var noParent: ({
            "id": "",
            "title": qsTr("None: a goal of its own")
        })
    readonly property var parentChoices: [noParent, ...parents]

    signal submitted(var fields)
    signal deleteRequested(string id)

    function fields(): var {
        const f = {
            "kind": kind,
            "title": titleField.text,
            "notes": notesField.text,
            "status": status,
            "parentId": parentId,
            "metric": isEffort ? metric : "",
            "weeklyTarget": isEffort ? weeklyTarget.value : 0,
            "targetDate": hasDate.checked ? Dates.dayKey(byDay.date) : ""
        };
        if (!isNew)
            f["id"] = goalId;
        return f;
    }

    function save() {
        if (titleField.text.trim().length === 0) {
            errorText = qsTr("Name the goal.");
            return;
        }
        errorText = "";
        submitted(fields());
    }

    function reset(g: var) {
        goalId = g["id"] ?? "";
        kind = g["kind"] ?? "role";
        status = g["status"] ?? "active";
        metric = (g["metric"] ?? "").length > 0 ? g["metric"] : "applications";
        parentId = g["parentId"] ?? "";
        titleField.text = g["title"] ?? "";
        notesField.text = g["notes"] ?? "";
        weeklyTarget.value = g["weeklyTarget"] > 0 ? g["weeklyTarget"] : Theme.defaultWeeklyTarget;
        const day = g["targetDate"] ?? "";
        hasDate.checked = day.length > 0;
        byDay.date = day.length > 0 ? Dates.fromDayKey(day) : Dates.today();
        parentBox.currentIndex = Math.max(0, parentChoices.findIndex(p => p.id === parentId));
        errorText = "";
        form.contentY = 0;
    }

    // kind: a goal kind to start with; parent: the goal id it is an alternative to ("" for none).
    function openNew(startKind: string, parent: string) {
        reset({
            "kind": startKind.length > 0 ? startKind : "role",
            "parentId": parent
        });
        open();
        titleField.forceActiveFocus();
    }

    function openWith(goal: var) {
        reset(goal);
        open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    // As tall as the form, up to the cap.
    height: Math.min(parent.height - Theme.spacingL * 2, Theme.editorMaxHeight, implicitHeaderHeight + implicitFooterHeight + column.implicitHeight + topPadding + bottomPadding + Theme.spacingL)
    modal: true
    closePolicy: Popup.CloseOnEscape // a stray tap outside must not lose what was typed
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    bottomPadding: 0
    title: isNew ? (parentId.length > 0 ? qsTr("New alternative path") : qsTr("New goal")) : qsTr("Edit goal")

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
                text: qsTr("Kind of goal")
            }

            OptionChips {
                Layout.fillWidth: true
                label: qsTr("Kind of goal")
                model: editor.kinds
                selectedKey: editor.kind
                onPicked: key => editor.kind = key
            }

            FieldLabel {
                text: qsTr("Goal")
            }

            TextField {
                id: titleField

                objectName: "goalTitle"
                Layout.fillWidth: true
                placeholderText: editor.isEffort ? qsTr("e.g. Send applications") : editor.kind === "role" ? qsTr("e.g. Product analyst") : editor.kind === "industry" ? qsTr("e.g. Renewable energy") : editor.kind === "certification" ? qsTr("e.g. AWS Cloud Practitioner") : editor.kind === "skill" ? qsTr("e.g. SQL window functions") : qsTr("What you want to reach")
                maximumLength: Theme.goalTitleMaxLength
                selectByMouse: true
                Accessible.name: qsTr("Goal (required)")
                onAccepted: editor.save()
            }

            FieldLabel {
                visible: editor.isEffort
                text: qsTr("What it counts")
            }

            OptionChips {
                Layout.fillWidth: true
                visible: editor.isEffort
                label: qsTr("What it counts")
                model: editor.metrics
                selectedKey: editor.metric
                onPicked: key => editor.metric = key
            }

            FieldLabel {
                visible: editor.isEffort
                text: qsTr("How many a week")
            }

            SpinBox {
                id: weeklyTarget

                objectName: "weeklyTarget"
                visible: editor.isEffort
                from: 1
                to: Theme.weeklyTargetMax
                editable: true
                Accessible.name: qsTr("Weekly target")
            }

            FieldLabel {
                text: qsTr("Status")
            }

            OptionChips {
                Layout.fillWidth: true
                label: qsTr("Status")
                model: editor.statuses
                selectedKey: editor.status
                onPicked: key => editor.status = key
            }

            FieldLabel {
                text: qsTr("By when (optional)")
            }

            CheckBox {
                id: hasDate

                objectName: "hasDate"
                text: qsTr("Reach it by a certain day")
                Accessible.name: qsTr("Give the goal a day to reach it by")
            }

            DayField {
                id: byDay

                Layout.fillWidth: true
                visible: hasDate.checked
                label: qsTr("By")
            }

            FieldLabel {
                visible: editor.isNew || editor.parentId.length > 0
                text: qsTr("Alternative path to")
            }

            ComboBox {
                id: parentBox

                Layout.fillWidth: true
                visible: editor.isNew
                model: editor.parentChoices
                textRole: "title"
                valueRole: "id"
                Accessible.name: qsTr("Alternative path to")
                onActivated: editor.parentId = currentValue
            }

            Label {
                Layout.fillWidth: true
                visible: editor.isNew || editor.parentId.length > 0
                text: editor.isNew ? qsTr("An adjacent role or industry worth trying next to a goal: staying adaptable is a strength.") : editor.parentTitle
                wrapMode: Text.Wrap
                font.pixelSize: editor.isNew ? Theme.fontCaption : Theme.fontBody
                color: editor.isNew ? Theme.textSecondary : Theme.textPrimary
            }

            FieldLabel {
                text: qsTr("Notes")
            }

            TextArea {
                id: notesField

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.notesMinHeight
                placeholderText: qsTr("Why it matters, first steps, who could help…")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Notes")
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
            Accessible.name: qsTr("Delete goal")
            onClicked: editor.deleteRequested(editor.goalId)
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
            objectName: "saveGoal"
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: titleField.text.trim().length > 0
            text: qsTr("Save")
            Accessible.name: qsTr("Save goal")
            onClicked: editor.save()
        }
    }
}
