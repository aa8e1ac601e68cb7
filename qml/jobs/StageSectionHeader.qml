import QtQuick
import QtQuick.Controls
import Rebound.Ui

// Section header in the application list: the stage's name ("Closed" for the
// finished ones).
Item {
    id: root

    required property string section
    property int contentWidth: Math.min(width - Theme.spacingL * 2, Theme.maxContentWidth)

    width: ListView.view ? ListView.view.width : implicitWidth
    implicitHeight: label.implicitHeight + Theme.spacingL + Theme.spacingS

    Label {
        id: label

        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacingS
        width: root.contentWidth
        text: root.section
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        font.weight: Theme.weightBold
        font.letterSpacing: Theme.letterSpacingCaps
        font.capitalization: Font.AllUppercase
        color: Theme.textSecondary
        Accessible.role: Accessible.Heading
        Accessible.name: root.section
    }
}
