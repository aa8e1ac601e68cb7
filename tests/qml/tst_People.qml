import QtQuick
import QtTest
import Rebound.Ui

// The People components hand the page exactly what the controllers take:
// the contact editor (validation, several e-mails and phones, tags, cadence),
// the log sheet and the reach-out sheet's actions.
TestCase {
    id: testCase

    name: "People"
    when: windowShown
    width: 600
    height: 900

    readonly property var tagChoices: [{
            "key": "recruiter",
            "label": "Recruiter",
            "days": 60
        }, {
            "key": "mentor",
            "label": "Mentor",
            "days": 30
        }, {
            "key": "peer",
            "label": "Peer",
            "days": 0
        }]

    Component {
        id: editorComponent

        ContactEditor {
            tagChoices: testCase.tagChoices
        }
    }

    Component {
        id: logComponent

        LogInteractionSheet {
            kinds: [{
                    "key": "message",
                    "label": "Message"
                }, {
                    "key": "call",
                    "label": "Call"
                }]
        }
    }

    Component {
        id: reachOutComponent

        ReachOutSheet {
            templates: [{
                    "id": "t1",
                    "name": "Catch up",
                    "body": "Hi {first_name}"
                }, {
                    "id": "t2",
                    "name": "Thanks",
                    "body": "Thank you"
                }]
        }
    }

    Component {
        id: rowsComponent

        ValueRows {
            width: 300
            label: "E-mail"
        }
    }

    SignalSpy {
        id: spy
    }

    SignalSpy {
        id: spy2
    }

    function test_editorNeedsANameAndRealAddresses() {
        const editor = createTemporaryObject(editorComponent, testCase);
        spy.signalName = "submitted";
        spy.target = editor;
        spy.clear();
        editor.openNew();
        tryVerify(() => editor.opened);
        verify(!editor.canSave);
        compare(findChild(editor.footer, "contactSave").enabled, false);
        editor.save();
        verify(editor.errorText.indexOf("name") >= 0, editor.errorText);
        editor.reset({
                "name": "Maya",
                "emails": ["maya@example.com", "not an address"]
            });
        editor.save();
        verify(editor.errorText.indexOf("not an address") >= 0, editor.errorText);
        compare(spy.count, 0, "nothing is handed over while the form has a problem");
        editor.close();
    }

    function test_editorFields() {
        const editor = createTemporaryObject(editorComponent, testCase);
        spy.signalName = "submitted";
        spy.target = editor;
        spy.clear();
        editor.openWith({
                "id": "c1",
                "name": "Maya Chen",
                "company": "Northwind",
                "emails": ["maya@example.com", "m.chen@work.example"],
                "phones": [],
                "tags": ["mentor"],
                "cadenceDays": -1
            });
        tryVerify(() => editor.opened);
        compare(editor.cadenceMode, "tags");
        compare(editor.tagCadence, 30);
        editor.toggleTag("recruiter");
        compare(editor.tagCadence, 30, "the shortest default of the tags");
        editor.toggleTag("mentor");
        compare(editor.tagCadence, 60);
        editor.save();
        compare(spy.count, 1);
        let fields = spy.signalArguments[0][0];
        compare(fields.id, "c1");
        compare(fields.name, "Maya Chen");
        compare(fields.emails, ["maya@example.com", "m.chen@work.example"]);
        compare(fields.phones, []);
        compare(fields.tags, ["recruiter"]);
        compare(fields.cadenceDays, -1);

        editor.cadenceMode = "off";
        editor.save();
        compare(spy.signalArguments[1][0].cadenceDays, 0);
        editor.cadenceMode = "days";
        findChild(editor.contentItem, "cadenceDays").value = 45;
        editor.save();
        compare(spy.signalArguments[2][0].cadenceDays, 45);
        editor.close();

        // A new contact starts empty: what was typed before and cancelled is gone.
        editor.openNew();
        const fresh = editor.fields();
        compare(fresh.name, "");
        compare(fresh.emails, []);
        compare(fresh.tags, []);
        compare(fresh.cadenceDays, -1);
        verify(fresh.id === undefined);
        editor.close();
    }

    function test_vaultMessageStaysWithTheTypedText() {
        const editor = createTemporaryObject(editorComponent, testCase);
        editor.openNew();
        tryVerify(() => editor.opened);
        const name = findChild(editor.contentItem, "contactName");
        name.forceActiveFocus();
        keyClick(Qt.Key_J);
        keyClick(Qt.Key_O);
        editor.errorText = "The name is too long.";
        verify(editor.opened);
        compare(editor.fields().name, "jo");
        editor.close();
    }

    function test_valueRows() {
        const rows = createTemporaryObject(rowsComponent, testCase);
        compare(rows.filled(), []);
        rows.reset(["a@example.com"]);
        rows.addRow();
        compare(rows.values.length, 2);
        rows.values[1] = " b@example.com ";
        compare(rows.filled(), ["a@example.com", "b@example.com"]);
        rows.removeRow(0);
        compare(rows.filled(), ["b@example.com"]);
        rows.removeRow(0);
        compare(rows.values, [""], "one empty row stays to type into");
    }

    function test_logSheet() {
        const sheet = createTemporaryObject(logComponent, testCase);
        spy.signalName = "submitted";
        spy.target = sheet;
        spy.clear();
        sheet.openFor("c1", "Maya");
        tryVerify(() => sheet.opened);
        verify(sheet.isNew);
        compare(sheet.kind, "message");
        sheet.kind = "call";
        findChild(sheet.contentItem, "interactionNote").text = "Talked about the data team";
        mouseClick(findChild(sheet.footer, "logSave"));
        compare(spy.count, 1);
        const fields = spy.signalArguments[0][0];
        compare(fields.id, "");
        compare(fields.contactId, "c1");
        compare(fields.kind, "call");
        compare(fields.day, Dates.dayKey(Dates.today()));
        compare(fields.note, "Talked about the data team");
        sheet.openWith("c1", "Maya", {
                "id": "i1",
                "kind": "message",
                "day": "2026-01-05",
                "note": "Hello"
            });
        verify(!sheet.isNew);
        sheet.save();
        const edited = spy.signalArguments[1][0];
        compare(edited.id, "i1");
        compare(edited.day, "2026-01-05");
        compare(edited.note, "Hello");
        sheet.close();
    }

    function test_reachOutSheet() {
        const sheet = createTemporaryObject(reachOutComponent, testCase);
        spy.signalName = "templateRequested";
        spy.target = sheet;
        spy.clear();
        spy2.signalName = "logRequested";
        spy2.target = sheet;
        spy2.clear();
        sheet.templateRequested.connect(id => sheet.setMessage(id === "t1" ? "Hi Maya" : "Thank you"));
        sheet.openFor("c1", "Maya", "maya@example.com");
        tryVerify(() => sheet.opened);
        compare(spy.count, 1, "the first template is filled at once");
        compare(sheet.message, "Hi Maya");
        sheet.pickTemplate("t2");
        compare(sheet.message, "Thank you");

        const copied = [];
        sheet.copyRequested.connect(text => copied.push(text));
        mouseClick(findChild(sheet.contentItem, "outreachCopy"));
        compare(copied, ["Thank you"]);
        const email = findChild(sheet.contentItem, "outreachEmail");
        verify(email.visible);
        const mailed = [];
        sheet.emailRequested.connect(text => mailed.push(text));
        mouseClick(email);
        compare(mailed, ["Thank you"]);
        mouseClick(findChild(sheet.contentItem, "outreachLog"));
        compare(spy2.count, 1);
        compare(spy2.signalArguments[0][0], "email", "opened as an e-mail, logged as one");
        compare(spy2.signalArguments[0][1], "Thank you");

        sheet.openFor("c2", "Sam", "");
        verify(!findChild(sheet.contentItem, "outreachEmail").visible, "no e-mail address, no e-mail button");
        mouseClick(findChild(sheet.contentItem, "outreachLog"));
        compare(spy2.signalArguments[1][0], "message");
        sheet.close();
    }
}
