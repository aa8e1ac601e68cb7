pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Segmented switch between goals and reviews,
// in the look of the job search's mode bar.
Rectangle {
    id: root

    property string mode: "goals"
    property bool compact: false

    readonly property var options: [{
            "key": "goals",
            "icon": "goals",
            "text": qsTr("Goals")
        }, {
            "key": "reviews",
            "icon": "checklist",
            "text": qsTr("Reviews")
        }]

    signal activated(string mode)

    implicitWidth: row.implicitWidth + Theme.spacingXs * 2
    implicitHeight: Theme.touchTarget
    radius: height / 2
    color: Theme.surfaceRaised

    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Goals view")

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingXs
        spacing: Theme.spacingXxs

        Repeater {
            model: root.options

            AbstractButton {
                id: option

                required property var modelData
                readonly property bool selected: root.mode === modelData.key

                Layout.fillWidth: true
                Layout.fillHeight: true
                implicitWidth: implicitContentWidth + leftPadding + rightPadding
                leftPadding: root.compact ? Theme.spacingS : Theme.spacingM
                rightPadding: root.compact ? Theme.spacingS : Theme.spacingL
                text: modelData.text
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.PageTab
                Accessible.name: text
                Accessible.selected: selected
                onClicked: root.activated(modelData.key)

                background: Rectangle {
                    radius: height / 2
                    color: option.selected ? Theme.surface : option.hovered ? Theme.outline : "transparent"
                    border.width: option.visualFocus ? Theme.focusRing : option.selected ? Theme.hairline : 0
                    border.color: option.visualFocus ? Theme.accent : Theme.outline
                }

                contentItem: RowLayout {
                    spacing: Theme.spacingXs

                    Item {
                        Layout.fillWidth: true
                    }

                    GoalsIcon {
                        name: option.modelData.icon
                        size: Theme.iconSizeSmall
                        color: option.selected ? Theme.accent : Theme.textSecondary
                    }

                    Label {
                        text: option.text
                        font.pixelSize: Theme.fontSmall
                        font.weight: option.selected ? Theme.weightBold : Theme.weightMedium
                        color: option.selected ? Theme.textPrimary : Theme.textSecondary
                    }

                    Item {
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
