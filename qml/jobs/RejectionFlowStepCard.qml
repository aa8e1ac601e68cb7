import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One step of the rejection flow: number and title, a few words of advice,
// the step's own content, then Back, Skip and the step's main action. A done
// step shows what was saved and can be reopened; a skipped one can still be done.
Card {
    id: card

    required property int number
    required property string title
    required property string intro
    property string state            // "" | "done" | "skipped"
    property string doneText         // what was saved, shown when done
    property string primaryText: qsTr("Save")
    property bool primaryEnabled: true
    property bool canGoBack: number > 1
    property string skipText: qsTr("Skip")
    default property alias body: slot.data

    readonly property bool done: state === "done"
    readonly property bool skipped: state === "skipped"

    signal primaryClicked
    signal skipClicked
    signal backClicked
    signal reopenClicked

    padding: Theme.spacingL
    spacing: Theme.spacingM

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Step %1 of %2: %3").arg(card.number).arg(Theme.rejectionStepCount).arg(card.title)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: card.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontTitle
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Rectangle {
            visible: card.done || card.skipped
            implicitWidth: stateLabel.implicitWidth + Theme.spacingM * 2
            implicitHeight: stateLabel.implicitHeight + Theme.spacingXs * 2
            radius: Theme.radiusPill
            color: card.done ? Theme.goodTone : Theme.surfaceRaised

            Label {
                id: stateLabel

                anchors.centerIn: parent
                text: card.done ? qsTr("Done") : qsTr("Skipped")
                font.pixelSize: Theme.fontCaption
                font.weight: Theme.weightBold
                color: card.done ? Theme.goodToneStrong : Theme.textSecondary
            }
        }
    }

    Label {
        Layout.fillWidth: true
        text: card.intro
        wrapMode: Text.Wrap
        lineHeight: 1.2
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }

    ColumnLayout {
        id: slot

        Layout.fillWidth: true
        visible: !card.done
        spacing: Theme.spacingM
    }

    RowLayout {
        Layout.fillWidth: true
        visible: card.done
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            name: "check"
            color: Theme.goodToneStrong
            size: Theme.iconSizeSmall
        }

        Label {
            Layout.fillWidth: true
            text: card.doneText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textPrimary
        }
    }

    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        spacing: Theme.spacingS
        layoutDirection: Qt.RightToLeft

        Button {
            visible: !card.done
            highlighted: true
            enabled: card.primaryEnabled
            text: card.primaryText
            Accessible.name: text
            onClicked: card.primaryClicked()
        }

        Button {
            visible: card.done
            text: qsTr("Reopen this step")
            Accessible.name: qsTr("Reopen step %1, %2").arg(card.number).arg(card.title)
            onClicked: card.reopenClicked()
        }

        Button {
            visible: card.state === ""
            flat: true
            text: card.skipText
            Accessible.name: qsTr("Skip step %1, %2").arg(card.number).arg(card.title)
            onClicked: card.skipClicked()
        }

        Button {
            visible: card.canGoBack
            flat: true
            text: qsTr("Back")
            Accessible.name: qsTr("Back to the previous step")
            onClicked: card.backClicked()
        }
    }
}
