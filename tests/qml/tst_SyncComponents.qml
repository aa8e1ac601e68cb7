import QtQuick
import QtTest
import Rebound.Ui

// The Sync section's rows on plain data: a device (this one marked) and a kept
// conflict version whose Restore and Dismiss name the conflict they act on.
TestCase {
    id: testCase

    name: "SyncComponents"
    visible: true
    when: windowShown
    width: 390
    height: 600

    Component {
        id: deviceComponent

        SyncDeviceRow {
            width: 360
            label: "Laptop"
            lastSeenText: "Last heard from 5 minutes ago"
            thisDevice: false
        }
    }

    Component {
        id: conflictComponent

        SyncConflictRow {
            width: 360
            conflictId: 42
            title: "Journal entry — text"
            text: "The words that lost, kept so nothing is lost."
            detectedText: "Kept just now"
        }
    }

    Component {
        id: spyComponent

        SignalSpy {
        }
    }

    function findButton(item, label) {
        if (!item)
            return null;
        if (item.text === label && item.clicked !== undefined)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findButton(item.children[i], label);
            if (found)
                return found;
        }
        return null;
    }

    // A shown text below root (root's own properties do not count).
    function findLabel(root, text) {
        for (let i = 0; i < root.children.length; ++i) {
            const child = root.children[i];
            if (child.text === text && child.clicked === undefined && child.visible)
                return child;
            const found = findLabel(child, text);
            if (found)
                return found;
        }
        return null;
    }

    function test_deviceMarksThisOne() {
        const other = createTemporaryObject(deviceComponent, testCase);
        verify(findLabel(other, "Laptop") !== null);
        compare(other.Accessible.name, "Laptop, Last heard from 5 minutes ago");
        const self = createTemporaryObject(deviceComponent, testCase, {
            "label": "Phone",
            "thisDevice": true
        });
        verify(findLabel(self, "Phone (this device)") !== null);
        verify(findLabel(self, "Phone") === null);
        compare(self.Accessible.name, "Phone (this device), Last heard from 5 minutes ago");
    }

    function test_conflictRestoreAndDismiss() {
        const row = createTemporaryObject(conflictComponent, testCase);
        verify(findLabel(row, "Journal entry — text") !== null);
        verify(findLabel(row, "The words that lost, kept so nothing is lost.") !== null);
        const restoreSpy = createTemporaryObject(spyComponent, testCase, {
            "target": row,
            "signalName": "restoreRequested"
        });
        const dismissSpy = createTemporaryObject(spyComponent, testCase, {
            "target": row,
            "signalName": "dismissRequested"
        });
        const restore = findButton(row, "Restore");
        const dismiss = findButton(row, "Dismiss");
        verify(restore !== null && dismiss !== null);
        compare(restore.Accessible.name, "Restore the kept version of Journal entry — text");
        mouseClick(restore);
        compare(restoreSpy.count, 1);
        compare(restoreSpy.signalArguments[0][0], 42);
        compare(dismissSpy.count, 0);
        mouseClick(dismiss);
        compare(dismissSpy.count, 1);
        compare(dismissSpy.signalArguments[0][0], 42);
    }

    function test_conflictActionsCanBeDisabled() {
        const row = createTemporaryObject(conflictComponent, testCase, {
            "enabledActions": false
        });
        const restore = findButton(row, "Restore");
        verify(!restore.enabled);
        const restoreSpy = createTemporaryObject(spyComponent, testCase, {
            "target": row,
            "signalName": "restoreRequested"
        });
        mouseClick(restore);
        compare(restoreSpy.count, 0);
    }
}
