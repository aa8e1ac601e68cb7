import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// The emotions and effort tags the check-in offers: rename, hide, show, add.
SettingsSection {
    id: section

    required property CatalogController catalog
    property int kind: CatalogController.Emotion
    readonly property bool emotions: kind === CatalogController.Emotion

    title: qsTr("Emotions & effort tags")
    iconName: "edit"

    SegmentedChoice {
        Layout.fillWidth: true
        label: qsTr("List to edit")
        value: section.kind
        model: [{
                "value": CatalogController.Emotion,
                "text": qsTr("Emotions")
            }, {
                "value": CatalogController.Effort,
                "text": qsTr("Effort tags")
            }]
        onActivated: value => {
            section.catalog.clearError();
            section.kind = value;
        }
    }

    Label {
        Layout.fillWidth: true
        text: section.emotions ? qsTr("Feelings you can name in a check-in. Hidden ones stay in past check-ins but are not offered.") : qsTr("Things in your control that you did: applying, reaching out, practising, resting.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    ErrorBanner {
        Layout.fillWidth: true
        text: section.catalog.errorMessage
        dismissible: true
        onDismissed: section.catalog.clearError()
    }

    CatalogEditor {
        id: editor

        Layout.fillWidth: true
        items: section.emotions ? section.catalog.emotions : section.catalog.efforts
        showValence: section.emotions
        addPlaceholder: section.emotions ? qsTr("New emotion") : qsTr("New effort tag")
        onRenameRequested: (id, name) => section.catalog.rename(id, name)
        onHiddenToggled: (id, hidden) => section.catalog.setHidden(id, hidden)
        onAddRequested: (name, valence) => {
            if (section.catalog.add(section.kind, name, valence))
                editor.clearInput();
        }
    }
}
