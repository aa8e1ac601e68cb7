pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls

// "Move to…": one item per stage except the current one.
Menu {
    id: menu

    property var stages: [] // [{key, label, closed}]
    property string currentStage

    signal stagePicked(string stage)

    Instantiator {
        model: menu.stages.filter(s => s.key !== menu.currentStage)

        MenuItem {
            required property var modelData

            text: modelData.label
            Accessible.name: qsTr("Move to %1").arg(modelData.label)
            onTriggered: menu.stagePicked(modelData.key)
        }

        onObjectAdded: (index, object) => menu.insertItem(index, object)
        onObjectRemoved: (index, object) => menu.removeItem(object)
    }
}
