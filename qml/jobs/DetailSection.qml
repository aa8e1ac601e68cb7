import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A titled part of the application view, with an optional "Add" action and a
// quiet line when it is empty.
ColumnLayout {
    id: section

    default property alias content: body.data
    required property string title
    property string actionText
    property string actionName: actionText
    property string emptyText
    property bool empty: false

    signal actionTriggered

    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: title

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: section.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontBodyLarge
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Button {
            visible: section.actionText.length > 0
            flat: true
            text: section.actionText
            Accessible.name: section.actionName
            onClicked: section.actionTriggered()
        }
    }

    Label {
        Layout.fillWidth: true
        visible: section.empty && section.emptyText.length > 0
        text: section.emptyText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }

    ColumnLayout {
        id: body

        Layout.fillWidth: true
        visible: !section.empty
        spacing: Theme.spacingS
    }
}
