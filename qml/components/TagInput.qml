pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Rebound.Ui

// Tags as removable chips plus a field to add more. Enter or a comma adds
// the typed tag; duplicates (ignoring case) and blanks are ignored;
// Backspace in an empty field removes the last tag.
Item {
    id: root

    property var tags: []
    property alias field: field

    signal edited

    // Trims, folds inner whitespace, drops a leading "#" and caps the length.
    function normalize(text: string): string {
        return text.replace(/\s+/g, " ").trim().replace(/^#+/, "").trim().slice(0, Theme.tagMaxLength);
    }

    // Adds one tag or several separated by commas; true when any was new.
    function addTag(text: string): bool {
        let added = false;
        let next = root.tags.slice();
        for (const part of text.split(",")) {
            const tag = normalize(part);
            const lower = tag.toLowerCase();
            if (tag.length === 0 || next.some(t => String(t).toLowerCase() === lower))
                continue;
            next.push(tag);
            added = true;
        }
        if (added) {
            root.tags = next;
            root.edited();
        }
        return added;
    }

    function removeTag(tag: string) {
        const next = root.tags.filter(t => t !== tag);
        if (next.length !== root.tags.length) {
            root.tags = next;
            root.edited();
        }
    }

    // Adds what is typed (e.g. before saving) and empties the field.
    function commit() {
        addTag(field.text);
        field.clear();
    }

    implicitWidth: flow.implicitWidth
    implicitHeight: flow.implicitHeight

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Tags")

    Flow {
        id: flow

        width: root.width
        spacing: Theme.spacingS

        Repeater {
            model: root.tags

            TagChip {
                required property string modelData

                text: modelData
                removable: true
                onRemoveClicked: root.removeTag(modelData)
            }
        }

        TextField {
            id: field

            width: flow.width
            placeholderText: root.tags.length > 0 ? qsTr("Add another tag") : qsTr("Add a tag, e.g. interview")
            font.pixelSize: Theme.fontBody
            selectByMouse: true
            maximumLength: Theme.tagMaxLength
            inputMethodHints: Qt.ImhNoPredictiveText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("New tag")
            onAccepted: root.commit()
            onTextEdited: {
                if (text.indexOf(",") >= 0)
                    root.commit();
            }
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Backspace && text.length === 0 && root.tags.length > 0) {
                    root.removeTag(root.tags[root.tags.length - 1]);
                    event.accepted = true;
                }
            }
        }
    }
}
