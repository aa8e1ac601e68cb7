import QtQuick
import QtQuick.Layouts
import Rebound.Ui

// An honest placeholder for a feature that ships later: icon, title, what it
// will hold. No buttons that do nothing.
ScrollPage {
    id: root

    required property string iconName
    required property string title
    required property string body

    centerVertically: true
    maxContentWidth: Theme.formMaxWidth
    sideMargin: Theme.spacingXl
    topMargin: Theme.spacingHuge
    bottomMargin: Theme.spacingHuge

    EmptyState {
        Layout.fillWidth: true
        iconName: root.iconName
        title: root.title
        body: root.body
        footnote: qsTr("Coming in a later version of Rebound.")
    }
}
