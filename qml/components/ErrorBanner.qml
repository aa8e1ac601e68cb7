import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// An inline, wrapped error message with an alert icon. Hidden when empty.
Rectangle {
    id: banner

    property string text
    property bool dismissible: false

    signal dismissed

    visible: text.length > 0
    implicitWidth: row.implicitWidth + Theme.spacingM * 2
    implicitHeight: row.implicitHeight + Theme.spacingM * 2
    radius: Theme.radiusM
    color: Theme.dangerSoft

    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        Icon {
            Layout.alignment: Qt.AlignTop
            name: "alert"
            color: Theme.danger
            size: Theme.iconSizeSmall + Theme.spacingXxs
        }

        Label {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: banner.text
            wrapMode: Text.Wrap
            color: Theme.textPrimary
            font.pixelSize: Theme.fontSmall
        }

        IconButton {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: -Theme.spacingM
            Layout.bottomMargin: -Theme.spacingM
            visible: banner.dismissible
            iconName: "close"
            label: qsTr("Dismiss message")
            iconColor: Theme.textSecondary
            onClicked: banner.dismissed()
        }
    }
}
