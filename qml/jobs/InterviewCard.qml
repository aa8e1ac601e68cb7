pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One interview in the application view: kind, when, with whom, confidence
// before → after and the reflection (or a nudge to write it). Click to edit.
AbstractButton {
    id: card

    required property var interview // ApplicationController.interviews item

    readonly property bool upcoming: interview.upcoming === true
    readonly property var interviewers: interview.interviewers ?? []
    readonly property var reflection: [{
            "title": qsTr("Stumped me"),
            "text": interview.stumped ?? ""
        }, {
            "title": qsTr("Felt less confident"),
            "text": interview.lessConfident ?? ""
        }, {
            "title": qsTr("Went well"),
            "text": interview.wentWell ?? ""
        }, {
            "title": qsTr("Next time"),
            "text": interview.doDifferently ?? ""
        }].filter(r => r.text.length > 0)

    function confidenceText(): string {
        const before = interview.confidenceBefore ?? 0;
        const after = interview.confidenceAfter ?? 0;
        if (before > 0 && after > 0)
            return qsTr("Confidence %1 → %2 of 5").arg(before).arg(after);
        if (before > 0)
            return qsTr("Confidence before: %1 of 5").arg(before);
        if (after > 0)
            return qsTr("Confidence after: %1 of 5").arg(after);
        return "";
    }

    implicitHeight: column.implicitHeight + Theme.spacingL * 2
    padding: 0
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1 interview, %2. Edit").arg(interview.kindLabel).arg(interview.when)

    background: Rectangle {
        radius: Theme.radiusM
        color: card.hovered ? Theme.surfaceRaised : Theme.surface
        border.width: card.visualFocus ? Theme.focusRing : Theme.hairline
        border.color: card.visualFocus ? Theme.accent : card.upcoming ? Theme.accent : Theme.outline
    }

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: Theme.spacingL
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            Icon {
                name: card.upcoming ? "clock" : "calendar"
                size: Theme.iconSizeSmall
                color: card.upcoming ? Theme.accent : Theme.textSecondary
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("%1 · %2").arg(card.interview.kindLabel).arg(card.interview.when)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.weight: Theme.weightBold
                color: Theme.textPrimary
            }
        }

        Label {
            Layout.fillWidth: true
            visible: card.interviewers.length > 0
            text: qsTr("With %1").arg(card.interviewers.join(qsTr(", ")))
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: card.confidenceText()
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        Repeater {
            model: card.reflection

            ColumnLayout {
                id: part

                required property var modelData

                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingXs
                spacing: 0

                Label {
                    text: part.modelData.title
                    font.pixelSize: Theme.fontCaption
                    font.weight: Theme.weightBold
                    color: Theme.textSecondary
                }

                Label {
                    Layout.fillWidth: true
                    text: part.modelData.text
                    wrapMode: Text.Wrap
                    maximumLineCount: Theme.previewLines
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textPrimary
                }
            }
        }

        Label {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingXs
            visible: card.reflection.length === 0
            text: card.upcoming ? qsTr("A prep reminder comes the day before.") : qsTr("How did it go? Add your reflection while it is fresh.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            font.italic: card.upcoming
            font.weight: card.upcoming ? Theme.weightRegular : Theme.weightMedium
            color: card.upcoming ? Theme.textSecondary : Theme.accent
        }
    }
}
