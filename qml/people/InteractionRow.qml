import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One logged interaction on the contact's timeline: kind, day, note. Tap to edit.
ItemDelegate {
    id: row

    required property var interaction // {id, kind, kindLabel, day, dateText, agoText, note}

    readonly property var kindIcons: ({
            "message": "message",
            "email": "mail",
            "call": "phone",
            "meeting": "person",
            "coffee": "sparkle",
            "event": "calendar"
        })

    leftPadding: Theme.spacingS
    rightPadding: Theme.spacingS
    Accessible.name: qsTr("%1, %2. %3. Edit").arg(interaction.kindLabel).arg(interaction.dateText).arg(interaction.note)

    background: Rectangle {
        radius: Theme.radiusM
        color: row.hovered ? Theme.surfaceRaised : "transparent"
    }

    contentItem: RowLayout {
        spacing: Theme.spacingM

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.avatarSize
            implicitHeight: Theme.avatarSize
            radius: width / 2
            color: Theme.accentSoft

            PeopleIcon {
                anchors.centerIn: parent
                name: row.kindIcons[row.interaction.kind] ?? "message"
                size: Theme.iconSizeSmall
                color: Theme.accent
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingXxs

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                Label {
                    text: row.interaction.kindLabel
                    font.pixelSize: Theme.fontBody
                    font.weight: Theme.weightMedium
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    text: qsTr("%1 · %2").arg(row.interaction.dateText).arg(row.interaction.agoText)
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }
            }

            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: row.interaction.note
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                maximumLineCount: Theme.previewLines * 2
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.textPrimary
            }
        }
    }
}
