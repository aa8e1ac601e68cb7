import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// The bar above the content: page title; on phones also Settings and Lock
// (and Back while Settings is open).
Rectangle {
    id: header

    required property string title
    property bool compact: true
    property bool showBack: false
    // Wide layouts line the title up with the page's (centred) content column.
    property int contentWidth: Theme.maxContentWidth
    readonly property int columnInset: Math.round((width - Math.min(width - Theme.spacingL * 2, header.contentWidth)) / 2)

    property int unseenCount: 0

    signal backRequested
    signal inboxRequested
    signal settingsRequested
    signal lockRequested

    implicitHeight: Theme.headerHeight
    color: Theme.background

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: header.compact ? Theme.spacingS : header.columnInset
        anchors.rightMargin: header.compact ? Theme.spacingXs : Theme.spacingXl
        spacing: Theme.spacingXs

        IconButton {
            visible: header.compact && header.showBack
            iconName: "back"
            label: qsTr("Back")
            onClicked: header.backRequested()
        }

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: header.compact && !header.showBack ? Theme.spacingS : 0
            text: header.title
            elide: Text.ElideRight
            font.pixelSize: header.compact ? Theme.fontTitle : Theme.fontHeadline
            font.weight: Theme.weightBold
            color: Theme.textPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        InboxButton {
            unseenCount: header.unseenCount
            onClicked: header.inboxRequested()
        }

        IconButton {
            visible: header.compact && !header.showBack
            iconName: "settings"
            label: qsTr("Settings")
            onClicked: header.settingsRequested()
        }

        IconButton {
            visible: header.compact
            iconName: "lock"
            label: qsTr("Lock")
            onClicked: header.lockRequested()
        }
    }
}
