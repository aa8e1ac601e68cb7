import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A centred, honest "nothing here (yet)" message.
ColumnLayout {
    id: root

    required property string iconName
    required property string title
    property string body
    property string footnote

    spacing: Theme.spacingM

    Accessible.role: Accessible.Grouping
    Accessible.name: title

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: Theme.iconSizeLarge + Theme.spacingXl * 2
        implicitHeight: implicitWidth
        radius: width / 2
        color: Theme.accentSoft

        Icon {
            anchors.centerIn: parent
            name: root.iconName
            color: Theme.accent
            size: Theme.iconSizeLarge
            strokeWidth: Theme.strokeWidthLarge
        }
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingS
        text: root.title
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontTitle
        font.weight: Theme.weightBold
        color: Theme.textPrimary
    }

    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.body
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        lineHeight: 1.2
        font.pixelSize: Theme.fontBody
        color: Theme.textSecondary
    }

    Label {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingXs
        visible: text.length > 0
        text: root.footnote
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.italic: true
        color: Theme.textSecondary
    }
}
