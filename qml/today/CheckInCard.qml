import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The quick daily check-in: a mood and a few words, saved as a journal entry.
Card {
    id: card

    readonly property bool canSave: moodPicker.mood > 0 || note.text.trim().length > 0
    property bool busy: false

    // Emitted with the chosen mood (0 = none) and the text; call reset() after saving.
    signal saveRequested(int mood, string text)

    function reset() {
        moodPicker.mood = 0;
        note.clear();
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

    TextArea {
        id: note

        Layout.fillWidth: true
        Layout.minimumHeight: Theme.todayBodyHeight
        placeholderText: qsTr("What's on your mind?")
        wrapMode: TextEdit.Wrap
        selectByMouse: true
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("What's on your mind?")
        Keys.onPressed: event => {
            if (event.key === Qt.Key_Return && (event.modifiers & Qt.ControlModifier) && card.canSave) {
                card.saveRequested(moodPicker.mood, note.text);
                event.accepted = true;
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: qsTr("Saved privately to your journal.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Button {
            highlighted: true
            enabled: card.canSave && !card.busy
            text: qsTr("Save")
            Accessible.name: qsTr("Save check-in")
            onClicked: card.saveRequested(moodPicker.mood, note.text)
        }
    }
}
