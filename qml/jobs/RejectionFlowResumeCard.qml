pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Unfinished rejection flows, to pick up again (or let go of). Hidden when
// there are none. The page that shows it opens the sheet on resumeRequested.
Card {
    id: card

    required property AppContext app
    readonly property var flows: app.rejection.openFlows

    signal resumeRequested(string applicationId)

    visible: flows.length > 0
    padding: Theme.spacingL
    spacing: Theme.spacingS

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Unfinished steps after a rejection")

    Label {
        Layout.fillWidth: true
        text: qsTr("After a rejection: steps still open")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        font.weight: Theme.weightBold
        color: Theme.textPrimary
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    Repeater {
        model: card.flows

        ColumnLayout {
            id: row

            required property var modelData

            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            Label {
                Layout.fillWidth: true
                text: row.modelData.role.length > 0 ? qsTr("%1 · %2").arg(row.modelData.company).arg(row.modelData.role) : row.modelData.company
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightMedium
                color: Theme.textPrimary
            }

            Label {
                Layout.fillWidth: true
                text: row.modelData.currentStep.length > 0 ? qsTr("%1 of %2 steps looked at · next: %3").arg(row.modelData.doneCount).arg(row.modelData.stepCount).arg(row.modelData.currentStepTitle) : qsTr("Every step looked at · finish when you are ready")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Item {
                    Layout.fillWidth: true
                }

                Button {
                    flat: true
                    text: qsTr("Let go")
                    Accessible.name: qsTr("Close the rejection flow for %1").arg(row.modelData.company)
                    onClicked: card.app.rejection.dismissFlow(row.modelData.id)
                }

                Button {
                    highlighted: true
                    text: qsTr("Continue")
                    Accessible.name: qsTr("Continue the rejection flow for %1").arg(row.modelData.company)
                    onClicked: card.resumeRequested(row.modelData.applicationId)
                }
            }
        }
    }
}
