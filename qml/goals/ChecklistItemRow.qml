import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One question of a checklist: its number, text and hint, with buttons to move
// it up or down, edit it in place and delete it.
Rectangle {
    id: row

    required property var item // {id, text, hint}
    required property int number // 1-based
    required property int count
    property bool editing: false

    signal saveRequested(string id, string text, string hint)
    signal moveRequested(string id, int delta)
    signal removeRequested(string id)

    function startEditing() {
        textField.text = row.item.text;
        hintField.text = row.item.hint;
        editing = true;
        textField.forceActiveFocus();
    }

    function save() {
        saveRequested(row.item.id, textField.text, hintField.text);
    }

    // What is typed here and not saved yet, or null: the editor saves it before
    // any other change rebuilds the rows.
    function pending(): var {
        return editing ? {
            "id": row.item.id,
            "text": textField.text,
            "hint": hintField.text
        } : null;
    }

    implicitHeight: content.implicitHeight + Theme.spacingS * 2
    radius: Theme.radiusM
    color: editing ? Theme.surfaceRaised : "transparent"
    border.width: Theme.hairline
    border.color: Theme.outline

    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("Question %1: %2").arg(number).arg(item.text)

    ColumnLayout {
        id: content

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacingS
        anchors.leftMargin: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            visible: !row.editing
            spacing: Theme.spacingS

            Label {
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.spacingM
                Layout.minimumWidth: Theme.rankBadgeSize
                text: qsTr("%1.").arg(row.number)
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
                color: Theme.accent
                Accessible.ignored: true
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.spacingM
                Layout.bottomMargin: Theme.spacingXs
                spacing: Theme.spacingXxs

                Label {
                    Layout.fillWidth: true
                    text: row.item.text
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightMedium
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: row.item.hint
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }

            GridLayout {
                Layout.alignment: Qt.AlignTop
                columns: 2
                rowSpacing: 0
                columnSpacing: 0

                GoalsIconButton {
                    objectName: "moveUp"
                    iconName: "arrow-up"
                    label: qsTr("Move up: %1").arg(row.item.text)
                    iconColor: Theme.textSecondary
                    enabled: row.number > 1
                    onClicked: row.moveRequested(row.item.id, -1)
                }

                GoalsIconButton {
                    iconName: "edit"
                    label: qsTr("Edit: %1").arg(row.item.text)
                    iconColor: Theme.textSecondary
                    onClicked: row.startEditing()
                }

                GoalsIconButton {
                    objectName: "moveDown"
                    iconName: "arrow-down"
                    label: qsTr("Move down: %1").arg(row.item.text)
                    iconColor: Theme.textSecondary
                    enabled: row.number < row.count
                    onClicked: row.moveRequested(row.item.id, 1)
                }

                GoalsIconButton {
                    iconName: "trash"
                    label: qsTr("Delete: %1").arg(row.item.text)
                    iconColor: Theme.textSecondary
                    onClicked: row.removeRequested(row.item.id)
                }
            }
        }

        TextField {
            id: textField

            objectName: "itemText"
            Layout.fillWidth: true
            visible: row.editing
            placeholderText: qsTr("The question")
            maximumLength: Theme.checklistItemMaxLength
            selectByMouse: true
            Accessible.name: qsTr("Question %1").arg(row.number)
            onAccepted: row.save()
            Keys.onEscapePressed: row.editing = false
        }

        TextArea {
            id: hintField

            Layout.fillWidth: true
            visible: row.editing
            placeholderText: qsTr("A hint: what to think about (optional)")
            wrapMode: TextEdit.Wrap
            selectByMouse: true
            textFormat: TextEdit.PlainText
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Hint for question %1").arg(row.number)
        }

        RowLayout {
            Layout.fillWidth: true
            visible: row.editing
            spacing: Theme.spacingS

            Item {
                Layout.fillWidth: true
            }

            Button {
                flat: true
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel editing question %1").arg(row.number)
                onClicked: row.editing = false
            }

            Button {
                highlighted: true
                enabled: textField.text.trim().length > 0
                text: qsTr("Save")
                Accessible.name: qsTr("Save question %1").arg(row.number)
                onClicked: row.save()
            }
        }
    }
}
