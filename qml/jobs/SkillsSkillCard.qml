import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One ranked skill: its place, name (renamable), how often and how recently
// feedback named it; what to do with it goes in the card's body.
Card {
    id: card

    required property var skill           // {id, name, rank, mentions, lastSeenText}
    property bool strength: true
    property bool renaming: false
    default property alias body: slot.data

    signal renameRequested(string skillId, string name)

    padding: Theme.spacingL
    spacing: Theme.spacingM

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("%1, number %2").arg(card.skill.name).arg(card.skill.rank)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingM

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.rankBadgeSize
            implicitHeight: Theme.rankBadgeSize
            radius: width / 2
            color: card.strength ? Theme.goodTone : Theme.accentSoft

            Label {
                anchors.centerIn: parent
                text: String(card.skill.rank)
                font.pixelSize: Theme.fontSmall
                font.weight: Theme.weightBold
                color: card.strength ? Theme.goodToneStrong : Theme.accent
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs
            visible: !card.renaming

            Label {
                Layout.fillWidth: true
                text: card.skill.name
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBodyLarge
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            Label {
                Layout.fillWidth: true
                text: card.skill.mentions === 0 ? qsTr("Your own plan: not named in feedback yet") : (card.skill.mentions === 1 ? qsTr("Named once") : qsTr("Named %1 times").arg(card.skill.mentions)) + " · " + card.skill.lastSeenText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textSecondary
            }
        }

        TextField {
            id: nameField

            Layout.fillWidth: true
            visible: card.renaming
            maximumLength: Theme.skillNameMaxLength
            selectByMouse: true
            Accessible.name: qsTr("Skill name")
            onAccepted: {
                card.renameRequested(card.skill.id, text);
                card.renaming = false;
            }
            Keys.onEscapePressed: card.renaming = false
        }

        IconButton {
            Layout.alignment: Qt.AlignTop
            iconName: card.renaming ? "check" : "edit"
            label: card.renaming ? qsTr("Save the name") : qsTr("Rename %1").arg(card.skill.name)
            iconColor: Theme.textSecondary
            onClicked: {
                if (card.renaming) {
                    card.renameRequested(card.skill.id, nameField.text);
                    card.renaming = false;
                } else {
                    nameField.text = card.skill.name;
                    card.renaming = true;
                    nameField.forceActiveFocus();
                }
            }
        }
    }

    ColumnLayout {
        id: slot

        Layout.fillWidth: true
        spacing: Theme.spacingS
    }
}
