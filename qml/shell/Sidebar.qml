pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Desktop/tablet navigation: name and mark, the six pages, then Settings
// and Lock at the bottom.
Rectangle {
    id: bar

    required property PageCatalog catalog
    required property string currentPage

    signal navigate(string key)
    signal lockRequested

    implicitWidth: Theme.sidebarWidth
    color: Theme.surface

    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation")

    Rectangle {
        anchors.right: parent.right
        height: parent.height
        width: Theme.hairline
        color: Theme.outline
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingXs

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            Layout.bottomMargin: Theme.spacingL
            spacing: Theme.spacingM

            AppLogo {
                size: Theme.logoSizeSmall
            }

            Label {
                Layout.fillWidth: true
                text: qsTr("Rebound")
                elide: Text.ElideRight
                font.pixelSize: Theme.fontTitle
                font.weight: Theme.weightBold
                color: Theme.textPrimary
            }
        }

        Repeater {
            model: bar.catalog.primaryKeys

            NavButton {
                required property string modelData

                Layout.fillWidth: true
                text: bar.catalog.title(modelData)
                iconName: bar.catalog.iconName(modelData)
                current: bar.currentPage === modelData
                stacked: false
                onClicked: bar.navigate(modelData)
            }
        }

        Item {
            Layout.fillHeight: true
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.margins: Theme.spacingS
            implicitHeight: Theme.hairline
            color: Theme.outline
        }

        NavButton {
            Layout.fillWidth: true
            text: bar.catalog.title("settings")
            iconName: "settings"
            current: bar.currentPage === "settings"
            stacked: false
            onClicked: bar.navigate("settings")
        }

        NavButton {
            Layout.fillWidth: true
            text: qsTr("Lock")
            iconName: "lock"
            stacked: false
            Accessible.role: Accessible.Button
            Accessible.description: qsTr("Locks the vault; your passphrase is needed to open it again.")
            onClicked: bar.lockRequested()
        }
    }
}
