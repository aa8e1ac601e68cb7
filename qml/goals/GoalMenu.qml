import QtQuick
import QtQuick.Controls

// What can be done with a goal: edit, change its status, add an alternative
// path (top-level goals only), delete.
Menu {
    id: menu

    property var goal: ({})
    property bool allowAlternative: true

    signal editRequested
    signal statusRequested(string status)
    signal alternativeRequested
    signal removeRequested

    MenuItem {
        text: qsTr("Edit…")
        Accessible.name: text
        onTriggered: menu.editRequested()
    }

    MenuItem {
        visible: menu.goal.open === true
        height: visible ? implicitHeight : 0
        text: qsTr("Mark achieved")
        Accessible.name: text
        onTriggered: menu.statusRequested("achieved")
    }

    MenuItem {
        visible: menu.goal.status === "active"
        height: visible ? implicitHeight : 0
        text: qsTr("Pause")
        Accessible.name: text
        onTriggered: menu.statusRequested("paused")
    }

    MenuItem {
        visible: menu.goal.status !== "active"
        height: visible ? implicitHeight : 0
        text: menu.goal.status === "paused" ? qsTr("Resume") : qsTr("Reopen")
        Accessible.name: text
        onTriggered: menu.statusRequested("active")
    }

    MenuItem {
        visible: menu.goal.open === true
        height: visible ? implicitHeight : 0
        text: qsTr("Drop it")
        Accessible.name: qsTr("Drop this goal")
        onTriggered: menu.statusRequested("dropped")
    }

    MenuItem {
        visible: menu.allowAlternative
        height: visible ? implicitHeight : 0
        text: qsTr("Add an alternative path…")
        Accessible.name: text
        onTriggered: menu.alternativeRequested()
    }

    MenuSeparator {
    }

    MenuItem {
        text: qsTr("Delete")
        Accessible.name: qsTr("Delete this goal")
        onTriggered: menu.removeRequested()
    }
}
