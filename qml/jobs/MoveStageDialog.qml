pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Move the open application to another stage, on a day (today or earlier),
// with an optional note ("call with Dana"). Emits submitted(stage, day, note).
Dialog {
    id: dialog

    property var stages: [] // [{key, label, closed}]
    property string currentStage
    property string company
    property string stage

    signal submitted(string stage, string day, string note)

    function openFor(current: string) {
        currentStage = current;
        stage = "";
        dayField.date = Dates.today();
        note.clear();
        open();
    }

    function submit() {
        if (stage.length === 0)
            return;
        submitted(stage, Dates.dayKey(dayField.date), note.text);
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    title: company.length > 0 ? qsTr("Move %1 to…").arg(company) : qsTr("Move to…")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        FieldLabel {
            text: qsTr("Still going")
        }

        OptionChips {
            Layout.fillWidth: true
            label: qsTr("Open stages")
            model: dialog.stages.filter(s => !s.closed && s.key !== dialog.currentStage)
            selectedKey: dialog.stage
            onPicked: key => dialog.stage = key
        }

        FieldLabel {
            text: qsTr("Closed")
        }

        OptionChips {
            Layout.fillWidth: true
            label: qsTr("Closed stages")
            model: dialog.stages.filter(s => s.closed && s.key !== dialog.currentStage)
            selectedKey: dialog.stage
            onPicked: key => dialog.stage = key
        }

        FieldLabel {
            text: qsTr("When")
        }

        DayField {
            id: dayField

            Layout.fillWidth: true
            latest: Dates.today()
            label: qsTr("Moved on")
        }

        TextField {
            id: note

            Layout.fillWidth: true
            placeholderText: qsTr("Note (optional), e.g. call with the recruiter")
            maximumLength: Theme.lineMaxLength
            selectByMouse: true
            Accessible.name: qsTr("Note")
            onAccepted: dialog.submit()
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: dialog.close()
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: dialog.stage.length > 0
            text: qsTr("Move")
            Accessible.name: qsTr("Move to the chosen stage")
            onClicked: dialog.submit()
        }
    }
}
