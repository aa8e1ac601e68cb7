import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One emotion or effort tag: its name with kind and state spelled out, a
// rename button that edits in place, and a switch that shows or hides it on
// the Today page. Built-in items can get their original name back.
ColumnLayout {
    id: row

    required property string itemId
    required property string name
    property int valence: 0
    property bool hidden: false
    property bool builtIn: false
    property bool showValence: false
    property bool editing: false

    signal renameRequested(string id, string name)
    signal hiddenToggled(string id, bool hidden)

    function valenceText(v: int): string {
        return v < 0 ? qsTr("Hard") : v > 0 ? qsTr("Good") : qsTr("Neutral");
    }

    function withPart(text: string, part: string): string {
        return text.length > 0 ? text + " · " + part : part;
    }

    function detailText(): string {
        let text = showValence ? valenceText(valence) : "";
        if (builtIn)
            text = withPart(text, qsTr("built-in"));
        if (hidden)
            text = withPart(text, qsTr("hidden"));
        return text;
    }

    function startEditing() {
        nameField.text = name;
        editing = true;
        nameField.forceActiveFocus();
        nameField.selectAll();
    }

    function commit() {
        const next = nameField.text.trim();
        editing = false;
        if (next.length > 0 && next !== name)
            renameRequested(itemId, next);
    }

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        visible: !row.editing
        spacing: Theme.spacingS

        Icon {
            visible: row.showValence
            name: Moods.iconName(row.valence < 0 ? 2 : row.valence > 0 ? 4 : 3)
            color: row.valence < 0 ? Theme.hardToneStrong : row.valence > 0 ? Theme.goodToneStrong : Theme.textSecondary
            size: Theme.iconSizeSmall
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: row.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightMedium
                color: row.hidden ? Theme.textSecondary : Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.detailText()
                elide: Text.ElideRight
                font.pixelSize: Theme.fontCaption
                color: Theme.textSecondary
            }
        }

        IconButton {
            iconName: "edit"
            label: qsTr("Rename %1").arg(row.name)
            iconColor: Theme.textSecondary
            onClicked: row.startEditing()
        }

        Switch {
            checked: !row.hidden
            Accessible.name: qsTr("Show %1 on the Today page").arg(row.name)
            onToggled: row.hiddenToggled(row.itemId, !checked)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        visible: row.editing
        spacing: Theme.spacingXs

        TextField {
            id: nameField

            Layout.fillWidth: true
            maximumLength: Theme.catalogNameMaxLength
            selectByMouse: true
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("New name for %1").arg(row.name)
            onAccepted: row.commit()
            Keys.onEscapePressed: row.editing = false
        }

        IconButton {
            iconName: "check"
            label: qsTr("Save name")
            iconColor: Theme.accent
            enabled: nameField.text.trim().length > 0
            onClicked: row.commit()
        }

        IconButton {
            iconName: "close"
            label: qsTr("Cancel renaming")
            iconColor: Theme.textSecondary
            onClicked: row.editing = false
        }
    }

    Button {
        Layout.alignment: Qt.AlignRight
        visible: row.editing && row.builtIn
        flat: true
        text: qsTr("Reset to original name")
        Accessible.name: qsTr("Reset %1 to its original name").arg(row.name)
        onClicked: {
            row.editing = false;
            row.renameRequested(row.itemId, "");
        }
    }
}
