import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// While sync works: a progress bar (moving when the total is not known yet) and the phase.
ColumnLayout {
    id: root

    required property SyncController sync

    visible: sync.busy
    spacing: Theme.spacingXs

    ProgressBar {
        Layout.fillWidth: true
        from: 0
        to: 1
        value: Math.max(0, root.sync.progress)
        indeterminate: root.sync.progress < 0
        Accessible.name: root.sync.phase.length > 0 ? root.sync.phase : qsTr("Syncing")
    }

    Label {
        Layout.fillWidth: true
        text: root.sync.phase.length > 0 ? root.sync.phase : qsTr("Syncing…")
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        color: Theme.textSecondary
    }
}
