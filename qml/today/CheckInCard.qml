import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The quick check-in: a mood (required), named feelings, effort tags and a
// one-line note. Works on plain data, so it can be tested without a vault.
Card {
    id: card

    function focusMood() {
        moodPicker.focusMood();
    }

    // [{id, name, valence (-1 hard, 0 neutral, +1 good)}], visible ones only.
    property var emotions: []
    // [{id, name}]
    property var efforts: []
    property bool busy: false

    readonly property int mood: moodPicker.mood
    readonly property var emotionIds: hardChips.selectedIds.concat(neutralChips.selectedIds, goodChips.selectedIds)
    readonly property var effortIds: effortChips.selectedIds
    readonly property string note: noteField.text.trim()
    readonly property bool canSave: moodPicker.mood > 0 && !busy

    // Emitted with the chosen mood, emotion ids, effort ids and note; call reset() after saving.
    signal saveRequested(int mood, var emotionIds, var effortIds, string note)

    function emotionsOf(valence: int): var {
        return emotions.filter(e => Math.sign(e.valence) === valence);
    }

    function submit(): bool {
        if (!canSave)
            return false;
        saveRequested(mood, emotionIds, effortIds, note);
        return true;
    }

    function reset() {
        moodPicker.mood = 0;
        hardChips.clear();
        neutralChips.clear();
        goodChips.clear();
        effortChips.clear();
        noteField.clear();
    }

    padding: Theme.spacingXl
    spacing: Theme.spacingL

    Label {
        Layout.fillWidth: true
        text: qsTr("How are you feeling?")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBodyLarge
        font.weight: Theme.weightBold
        color: Theme.textPrimary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    MoodPicker {
        id: moodPicker

        Layout.fillWidth: true
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: card.emotions.length > 0

        ChipGroupLabel {
            text: qsTr("Feelings")
            hint: qsTr("pick any")
        }

        ChipGroupLabel {
            visible: hardChips.model.length > 0
            iconName: "mood-2"
            iconColor: Theme.hardToneStrong
            text: qsTr("Hard")
            minor: true
        }

        ChoiceChips {
            id: hardChips

            Layout.fillWidth: true
            visible: model.length > 0
            model: card.emotionsOf(-1)
            label: qsTr("Hard feelings")
            itemDescription: qsTr("hard feeling")
            selectedColor: Theme.hardTone
            selectedBorderColor: Theme.hardToneStrong
        }

        ChipGroupLabel {
            visible: goodChips.model.length > 0
            iconName: "mood-4"
            iconColor: Theme.goodToneStrong
            text: qsTr("Good")
            minor: true
        }

        ChoiceChips {
            id: goodChips

            Layout.fillWidth: true
            visible: model.length > 0
            model: card.emotionsOf(1)
            label: qsTr("Good feelings")
            itemDescription: qsTr("good feeling")
            selectedColor: Theme.goodTone
            selectedBorderColor: Theme.goodToneStrong
        }

        ChipGroupLabel {
            visible: neutralChips.model.length > 0
            text: qsTr("Other")
            minor: true
        }

        ChoiceChips {
            id: neutralChips

            Layout.fillWidth: true
            visible: model.length > 0
            model: card.emotionsOf(0)
            label: qsTr("Other feelings")
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: card.efforts.length > 0

        ChipGroupLabel {
            text: qsTr("What you did")
            hint: qsTr("effort counts")
        }

        ChoiceChips {
            id: effortChips

            Layout.fillWidth: true
            model: card.efforts
            label: qsTr("What you did")
            itemDescription: qsTr("effort")
        }
    }

    TextField {
        id: noteField

        Layout.fillWidth: true
        placeholderText: qsTr("A line about it, if you like")
        maximumLength: Theme.checkInNoteMaxLength
        selectByMouse: true
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Note, one line")
        onAccepted: card.submit()
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: card.mood > 0 ? qsTr("Saved privately in your vault.") : qsTr("Pick a mood to save.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Button {
            highlighted: true
            enabled: card.canSave
            text: qsTr("Save")
            Accessible.name: qsTr("Save check-in")
            onClicked: card.submit()
        }
    }
}
