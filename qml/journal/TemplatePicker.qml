import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// "New entry": start blank or from a guided template.
Dialog {
    id: picker

    property var templates: []

    signal chosen(var template)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: Math.min(parent.height - Theme.spacingL * 2, implicitHeight)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    title: qsTr("New entry")

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingM

        Label {
            Layout.fillWidth: true
            text: qsTr("Start from a blank page or let a few questions guide you. You can change every word.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }

        ScrollView {
            id: scroll

            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: list.implicitHeight
            contentWidth: availableWidth
            clip: true

            TemplateList {
                id: list

                width: scroll.availableWidth
                templates: picker.templates
                onTemplateChosen: template => {
                    picker.close();
                    picker.chosen(template);
                }
            }
        }
    }

    footer: RowLayout {
        Item {
            Layout.fillWidth: true
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            Layout.bottomMargin: Theme.spacingS
            flat: true
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: picker.close()
        }
    }
}
