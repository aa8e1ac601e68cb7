import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Shared frame of the create and unlock screens: logo, title, a kind
// sentence, then the form, centred and scrollable on small screens.
Page {
    id: root

    required property string heading
    property string subheading
    default property alias form: formColumn.data

    background: Rectangle {
        color: Theme.background
    }

    ScrollPage {
        anchors.fill: parent
        centerVertically: true
        maxContentWidth: Theme.formMaxWidth
        topMargin: Theme.spacingXxl
        bottomMargin: Theme.spacingXxl

        AppLogo {
            Layout.alignment: Qt.AlignHCenter
        }

        Label {
            Layout.fillWidth: true
            text: root.heading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontHeadline
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.subheading
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            lineHeight: 1.2
            font.pixelSize: Theme.fontBody
            color: Theme.textSecondary
        }

        Card {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingS
            padding: Theme.spacingXl

            ColumnLayout {
                id: formColumn

                Layout.fillWidth: true
                spacing: Theme.spacingL
            }
        }
    }
}
