pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Search field and filter chips for the pipeline: closed applications on/off,
// way of working and source. Wide bars put the chips beside the field.
GridLayout {
    id: bar

    required property ApplicationListModel applications
    property var workModes: [] // [{key, label}]
    property bool wide: false

    function focusSearch() {
        field.forceActiveFocus();
    }

    columns: wide ? 2 : 1
    columnSpacing: Theme.spacingM
    rowSpacing: Theme.spacingS

    TextField {
        id: field

        Layout.fillWidth: !bar.wide
        Layout.preferredWidth: bar.wide ? Theme.searchFieldMaxWidth : -1
        text: bar.applications.text
        placeholderText: qsTr("Search company, role, people…")
        leftPadding: Theme.spacingL + Theme.iconSize + Theme.spacingS
        rightPadding: clearButton.visible ? clearButton.width : Theme.spacingL
        font.pixelSize: Theme.fontBody
        selectByMouse: true
        inputMethodHints: Qt.ImhNoPredictiveText
        Accessible.role: Accessible.EditableText
        Accessible.name: qsTr("Search applications")
        onTextEdited: bar.applications.text = text
        onAccepted: bar.applications.refresh()
        Keys.onEscapePressed: event => {
            if (text.length > 0) {
                bar.applications.text = "";
                event.accepted = true;
            } else {
                event.accepted = false;
            }
        }

        background: Rectangle {
            radius: Theme.radiusPill
            color: Theme.surface
            border.width: field.activeFocus ? Theme.focusRing : Theme.hairline
            border.color: field.activeFocus ? Theme.accent : Theme.outline
        }

        GlyphIcon {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingL
            anchors.verticalCenter: parent.verticalCenter
            name: "search"
            color: Theme.textSecondary
        }

        IconButton {
            id: clearButton

            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            visible: field.text.length > 0
            iconName: "close"
            iconColor: Theme.textSecondary
            label: qsTr("Clear search text")
            focusPolicy: Qt.TabFocus
            onClicked: {
                bar.applications.text = "";
                field.forceActiveFocus();
            }
        }
    }

    // Chips scroll sideways when they do not fit.
    Flickable {
        id: chipScroller

        Layout.fillWidth: true
        Layout.preferredHeight: Theme.chipHeight
        contentWidth: chips.implicitWidth
        contentHeight: height
        flickableDirection: Flickable.HorizontalFlick
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Filters")

        // A soft edge where more chips wait to be scrolled into view.
        Rectangle {
            parent: chipScroller
            anchors.right: parent.right
            width: Theme.spacingXl
            height: parent.height
            visible: chipScroller.contentX + chipScroller.width < chipScroller.contentWidth - Theme.hairline
            z: 1
            gradient: Gradient {
                orientation: Gradient.Horizontal

                GradientStop {
                    position: 0
                    color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0)
                }

                GradientStop {
                    position: 1
                    color: Theme.background
                }
            }
        }

        Row {
            id: chips

            spacing: Theme.spacingS

            ToggleChip {
                text: bar.applications.closedCount > 0 ? qsTr("Closed (%1)").arg(bar.applications.closedCount) : qsTr("Closed")
                checked: bar.applications.showClosed
                Accessible.name: qsTr("Show closed applications")
                onClicked: bar.applications.showClosed = !bar.applications.showClosed
            }

            Rectangle {
                width: Theme.hairline
                height: Theme.chipHeight - Theme.spacingM
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.outline
            }

            Repeater {
                model: bar.workModes

                ToggleChip {
                    required property var modelData

                    text: modelData.label
                    checked: bar.applications.workMode === modelData.key
                    Accessible.name: qsTr("Only %1").arg(modelData.label)
                    onClicked: bar.applications.workMode = checked ? "" : modelData.key
                }
            }

            Rectangle {
                visible: bar.applications.sources.length > 0
                width: Theme.hairline
                height: Theme.chipHeight - Theme.spacingM
                anchors.verticalCenter: parent.verticalCenter
                color: Theme.outline
            }

            Repeater {
                model: bar.applications.sources

                ToggleChip {
                    required property string modelData

                    text: modelData
                    checked: bar.applications.source.toLowerCase() === modelData.toLowerCase()
                    Accessible.name: qsTr("Only from %1").arg(modelData)
                    onClicked: bar.applications.source = checked ? "" : modelData
                }
            }
        }
    }
}
