import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A version of a text that lost to an edit on another device, kept so nothing is lost:
// what it said, and Restore (make it current again) or Dismiss.
ColumnLayout {
    id: row

    required property var conflictId
    required property string title
    required property string text
    required property string detectedText
    property string winnerText
    property bool enabledActions: true

    signal restoreRequested(var conflictId)
    signal dismissRequested(var conflictId)

    spacing: Theme.spacingXs

    Label {
        Layout.fillWidth: true
        text: row.title
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        font.weight: Theme.weightMedium
        color: Theme.textPrimary
    }

    Label {
        Layout.fillWidth: true
        text: row.detectedText
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: kept.implicitHeight + Theme.spacingS * 2
        radius: Theme.radiusS
        color: Theme.surfaceRaised

        Label {
            id: kept

            anchors.fill: parent
            anchors.margins: Theme.spacingS
            text: row.text
            wrapMode: Text.Wrap
            maximumLineCount: Theme.conflictPreviewLines
            elide: Text.ElideRight
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.textPrimary
            Accessible.name: qsTr("Kept version: %1").arg(row.text)
        }
    }

    Label {
        Layout.fillWidth: true
        visible: row.winnerText.length > 0
        text: qsTr("Shown now: %1").arg(row.winnerText)
        elide: Text.ElideRight
        maximumLineCount: 1
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontCaption
        color: Theme.textSecondary
    }

    RowLayout {
        Layout.alignment: Qt.AlignRight
        spacing: Theme.spacingS

        Button {
            flat: true
            text: qsTr("Dismiss")
            enabled: row.enabledActions
            Accessible.name: qsTr("Dismiss the kept version of %1").arg(row.title)
            onClicked: row.dismissRequested(row.conflictId)
        }

        Button {
            text: qsTr("Restore")
            enabled: row.enabledActions
            Accessible.name: qsTr("Restore the kept version of %1").arg(row.title)
            onClicked: row.restoreRequested(row.conflictId)
        }
    }
}
