pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A list of emotions or effort tags to rename, hide or show, plus a field to
// add one (emotions also take a kind: hard, neutral or good). Plain data in,
// signals out: items [{id, name, valence, hidden, builtIn}].
ColumnLayout {
    id: root

    property var items: []
    property bool showValence: false
    property string addPlaceholder: qsTr("New item")
    property int newValence: 0
    readonly property string draft: addField.text.trim()

    signal renameRequested(string id, string name)
    signal hiddenToggled(string id, bool hidden)
    signal addRequested(string name, int valence)

    function submit(): bool {
        if (draft.length === 0)
            return false;
        addRequested(draft, showValence ? newValence : 0);
        return true;
    }

    // Call after a successful add.
    function clearInput() {
        addField.clear();
        newValence = 0;
    }

    spacing: Theme.spacingXs

    Repeater {
        model: root.items

        CatalogItemRow {
            required property var modelData

            Layout.fillWidth: true
            itemId: modelData.id
            name: modelData.name
            valence: modelData.valence
            hidden: modelData.hidden
            builtIn: modelData.builtIn
            showValence: root.showValence
            onRenameRequested: (id, name) => root.renameRequested(id, name)
            onHiddenToggled: (id, hidden) => root.hiddenToggled(id, hidden)
        }
    }

    Rectangle {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        Layout.bottomMargin: Theme.spacingS
        implicitHeight: Theme.hairline
        color: Theme.outline
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        TextField {
            id: addField

            width: Math.min(root.width, Theme.choiceWidth + Theme.spacingXxl * 2)
            placeholderText: root.addPlaceholder
            maximumLength: Theme.catalogNameMaxLength
            selectByMouse: true
            font.pixelSize: Theme.fontBody
            Accessible.name: root.addPlaceholder
            onAccepted: root.submit()
        }

        SegmentedChoice {
            visible: root.showValence
            label: qsTr("Kind of feeling")
            value: root.newValence
            model: [{
                    "value": -1,
                    "text": qsTr("Hard")
                }, {
                    "value": 0,
                    "text": qsTr("Neutral")
                }, {
                    "value": 1,
                    "text": qsTr("Good")
                }]
            onActivated: value => root.newValence = value
        }

        Button {
            enabled: root.draft.length > 0
            text: qsTr("Add")
            Accessible.name: qsTr("Add %1").arg(root.draft.length > 0 ? root.draft : root.addPlaceholder)
            onClicked: root.submit()
        }
    }
}
