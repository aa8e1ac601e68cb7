pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Rebound.Ui

// Phone navigation: the six primary pages along the bottom edge.
Rectangle {
    id: bar

    required property PageCatalog catalog
    required property string currentPage

    signal navigate(string key)

    implicitHeight: Theme.bottomBarHeight + Theme.spacingS
    color: Theme.surface

    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main navigation")

    Rectangle {
        anchors.top: parent.top
        width: parent.width
        height: Theme.hairline
        color: Theme.outline
    }

    RowLayout {
        anchors.fill: parent
        anchors.topMargin: Theme.spacingXs
        anchors.bottomMargin: Theme.spacingXs
        spacing: 0

        Repeater {
            model: bar.catalog.primaryKeys

            NavButton {
                required property string modelData

                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: bar.catalog.shortTitle(modelData)
                Accessible.name: bar.catalog.title(modelData)
                iconName: bar.catalog.iconName(modelData)
                current: bar.currentPage === modelData
                stacked: true
                onClicked: bar.navigate(modelData)
            }
        }
    }
}
