pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Small wins: a quick-add field with suggestions, the running total and the
// latest few. wins: [{id, date, text}], newest first.
Card {
    id: card

    property var wins: []
    property int winCount: 0
    readonly property string draft: field.text.trim()
    readonly property bool canAdd: draft.length > 0
    readonly property var suggestions: [qsTr("Landed an interview"), qsTr("Good feedback"), qsTr("Reached a final round"), qsTr("Sent an application")]

    // Emitted with the trimmed text; call clearInput() once it is saved.
    signal addRequested(string text)
    signal removeRequested(string id)

    function submit(): bool {
        if (!canAdd)
            return false;
        addRequested(draft);
        return true;
    }

    function prefill(text: string) {
        field.text = text;
        field.forceActiveFocus();
        field.cursorPosition = field.length;
    }

    function clearInput() {
        field.clear();
    }

    function countText(count: int): string {
        if (count <= 0)
            return qsTr("Every step counts. Note your first one.");
        return count === 1 ? qsTr("1 win so far") : qsTr("%1 wins so far").arg(count);
    }

    // A QDate reaches QML as the start of its day in UTC: read it back in UTC.
    function dayText(day): string {
        return Dates.relativeDay(new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), Dates.noonHour));
    }

    padding: Theme.spacingXl
    spacing: Theme.spacingM

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Rectangle {
            implicitWidth: Theme.touchTarget - Theme.spacingS
            implicitHeight: implicitWidth
            radius: width / 2
            color: Theme.winTone

            Icon {
                anchors.centerIn: parent
                name: "sparkle"
                color: Theme.winToneStrong
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0

            Label {
                Layout.fillWidth: true
                text: qsTr("Small wins")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: card.countText(card.winCount)
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        TextField {
            id: field

            Layout.fillWidth: true
            placeholderText: qsTr("What went well?")
            maximumLength: Theme.winMaxLength
            selectByMouse: true
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("New small win")
            onAccepted: card.submit()
        }

        Button {
            enabled: card.canAdd
            highlighted: true
            text: qsTr("Add")
            Accessible.name: qsTr("Add small win")
            onClicked: card.submit()
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Suggestions")

        Repeater {
            model: card.suggestions

            AbstractButton {
                id: suggestion

                required property string modelData

                implicitHeight: Theme.chipHeight
                implicitWidth: implicitContentWidth + leftPadding + rightPadding
                leftPadding: Theme.spacingS
                rightPadding: Theme.spacingM
                text: modelData
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Use suggestion: %1").arg(text)
                onClicked: card.prefill(text)

                background: Rectangle {
                    radius: height / 2
                    color: suggestion.hovered ? Theme.winTone : Theme.surface
                    border.width: suggestion.visualFocus ? Theme.focusRing : Theme.hairline
                    border.color: suggestion.visualFocus ? Theme.accent : Theme.outline
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingXs

                    Icon {
                        name: "plus"
                        color: Theme.winToneStrong
                        size: Theme.iconSizeSmall
                    }

                    Label {
                        text: suggestion.text
                        font.pixelSize: Theme.fontSmall
                        font.weight: Theme.weightMedium
                        color: Theme.textSecondary
                    }
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        visible: card.wins.length > 0
        spacing: 0

        Repeater {
            model: card.wins

            RowLayout {
                id: winRow

                required property var modelData

                Layout.fillWidth: true
                spacing: Theme.spacingM

                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("%1, %2").arg(modelData.text).arg(card.dayText(modelData.date))

                Icon {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: Theme.spacingM
                    name: "check"
                    color: Theme.winToneStrong
                    size: Theme.iconSizeSmall
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacingS
                    Layout.bottomMargin: Theme.spacingS
                    spacing: 0

                    Label {
                        Layout.fillWidth: true
                        text: winRow.modelData.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.textPrimary
                    }

                    Label {
                        Layout.fillWidth: true
                        text: card.dayText(winRow.modelData.date)
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontCaption
                        color: Theme.textSecondary
                    }
                }

                IconButton {
                    Layout.alignment: Qt.AlignVCenter
                    iconName: "trash"
                    label: qsTr("Delete win: %1").arg(winRow.modelData.text)
                    iconColor: Theme.textSecondary
                    onClicked: card.removeRequested(winRow.modelData.id)
                }
            }
        }
    }
}
