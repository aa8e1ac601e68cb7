import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One fact about an application, with its icon: where, salary, source.
// Hidden when there is nothing to say.
RowLayout {
    id: row

    required property string iconName
    required property string name
    property string text

    visible: text.length > 0
    spacing: Theme.spacingS

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(name).arg(text)

    JobsIcon {
        name: row.iconName
        size: Theme.iconSizeSmall
        color: Theme.textSecondary
    }

    Label {
        Layout.fillWidth: true
        text: row.text
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.textPrimary
    }
}
