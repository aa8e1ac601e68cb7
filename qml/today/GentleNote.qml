import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Shown after a low check-in: a kind word and an offer to write it out with
// the "After a rejection" template. Never blocks anything; "Not now" hides it.
Rectangle {
    id: note

    signal writeRequested
    signal dismissed

    implicitWidth: column.implicitWidth + Theme.spacingL * 2
    implicitHeight: column.implicitHeight + Theme.spacingL * 2
    radius: Theme.radiusL
    color: Theme.accentSoft

    Accessible.role: Accessible.Grouping
    Accessible.name: title.text

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingS

        Label {
            id: title

            Layout.fillWidth: true
            text: qsTr("That sounds like a hard moment.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Theme.weightBold
            color: Theme.textPrimary
        }

        Label {
            Layout.fillWidth: true
            text: qsTr("Feeling low after a rejection is normal: it means it mattered. A rejection is something that happened, not who you are.")
            wrapMode: Text.Wrap
            lineHeight: 1.2
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Button {
                highlighted: true
                text: qsTr("Write about it")
                Accessible.name: qsTr("Write about it in your journal with the After a rejection template")
                onClicked: note.writeRequested()
            }

            Button {
                flat: true
                text: qsTr("Not now")
                Accessible.name: qsTr("Not now, hide this message")
                onClicked: note.dismissed()
            }
        }
    }
}
