import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "JournalToast"
    when: windowShown
    width: 400
    height: 300

    Component {
        id: toastComponent

        Toast {
        }
    }

    SignalSpy {
        id: spy

        signalName: "actionTriggered"
    }

    function test_undoAction() {
        const toast = createTemporaryObject(toastComponent, testCase);
        spy.target = toast;
        spy.clear();
        toast.show("Entry deleted", "Undo");
        compare(toast.message, "Entry deleted");
        compare(toast.actionText, "Undo");
        tryVerify(() => toast.opened);
        toast.trigger();
        compare(spy.count, 1);
        toast.show("Entry saved");
        compare(toast.actionText, "");
        toast.trigger();
        compare(spy.count, 1, "no action, nothing to trigger");
    }
}
