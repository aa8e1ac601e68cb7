import QtQuick
import QtQuick.Controls
import QtTest
import Rebound.Ui

TestCase {
    id: testCase

    name: "PassphraseField"
    when: windowShown
    width: 400
    height: 200

    Component {
        id: fieldComponent

        PassphraseField {
            width: 360
            label: "Passphrase"
        }
    }

    function test_hiddenByDefaultAndToggles() {
        const field = createTemporaryObject(fieldComponent, testCase);
        verify(field);
        compare(field.field.echoMode, TextInput.Password);
        compare(field.label, "Passphrase");
        field.revealed = true;
        compare(field.field.echoMode, TextInput.Normal);
        field.clear();
        compare(field.revealed, false);
        compare(field.text, "");
    }

    function test_typingAndAccept() {
        const field = createTemporaryObject(fieldComponent, testCase);
        const spy = createTemporaryQmlObject("import QtTest; SignalSpy { signalName: \"accepted\" }", testCase);
        spy.target = field;
        field.focusField();
        keyClick(Qt.Key_A);
        keyClick(Qt.Key_B);
        compare(field.text, "ab");
        keyClick(Qt.Key_Return);
        compare(spy.count, 1);
    }
}
