pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Several values of one kind (e-mails, phone numbers): a field per value with
// a remove button, and "Add another". What is typed is kept in `values`.
ColumnLayout {
    id: rows

    required property string label
    property string placeholder
    property string addText: qsTr("Add another")
    property int maxRows: Theme.maxContactEmails
    property int inputHints: Qt.ImhNone
    property var values: [""]

    // The values as typed, without empty rows.
    function filled(): var {
        return values.map(v => String(v).trim()).filter(v => v.length > 0);
    }

    function reset(list: var) {
        values = list && list.length > 0 ? list.slice() : [""];
    }

    function addRow() {
        values = values.concat([""]);
        repeater.itemAt(values.length - 1)?.focusField();
    }

    function removeRow(index: int) {
        const next = values.slice();
        next.splice(index, 1);
        values = next.length > 0 ? next : [""];
    }

    spacing: Theme.spacingXs

    Accessible.role: Accessible.Grouping
    Accessible.name: label

    Repeater {
        id: repeater

        model: rows.values.length

        RowLayout {
            id: row

            required property int index

            function focusField() {
                field.forceActiveFocus();
            }

            Layout.fillWidth: true
            spacing: Theme.spacingXs

            TextField {
                id: field

                Layout.fillWidth: true
                text: rows.values[row.index] ?? ""
                placeholderText: rows.placeholder
                maximumLength: Theme.contactFieldMaxLength
                inputMethodHints: rows.inputHints
                selectByMouse: true
                Accessible.name: rows.values.length > 1 ? qsTr("%1 %2").arg(rows.label).arg(row.index + 1) : rows.label
                onTextEdited: rows.values[row.index] = text
            }

            IconButton {
                visible: rows.values.length > 1 || field.text.length > 0
                iconName: "close"
                label: qsTr("Remove %1").arg(field.text.length > 0 ? field.text : rows.label)
                onClicked: rows.removeRow(row.index)
            }
        }
    }

    Button {
        visible: rows.values.length < rows.maxRows
        flat: true
        text: rows.addText
        Accessible.name: text
        onClicked: rows.addRow()
    }
}
