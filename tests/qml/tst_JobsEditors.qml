import QtQuick
import QtTest
import Rebound.Ui

// The job-search editors check what they can before handing fields to the
// page: required company, salary and link formats, currency, feedback needs
// words or a skill; and they hand over exactly the fields the controller takes.
TestCase {
    id: testCase

    name: "JobsEditors"
    when: windowShown
    width: 600
    height: 900

    readonly property var stages: [{
            "key": "saved",
            "label": "Saved",
            "closed": false
        }, {
            "key": "applied",
            "label": "Applied",
            "closed": false
        }, {
            "key": "rejected",
            "label": "Rejected",
            "closed": true
        }]
    readonly property var workModes: [{
            "key": "onsite",
            "label": "On site"
        }, {
            "key": "remote",
            "label": "Remote"
        }]

    Component {
        id: applicationEditorComponent

        ApplicationEditor {
            stages: testCase.stages
            workModes: testCase.workModes
        }
    }

    Component {
        id: interviewEditorComponent

        InterviewEditor {
            kinds: [{
                    "key": "phone_screen",
                    "label": "Phone screen"
                }, {
                    "key": "technical",
                    "label": "Technical"
                }]
        }
    }

    Component {
        id: feedbackEditorComponent

        FeedbackEditor {
            sources: [{
                    "key": "employer",
                    "label": "Employer"
                }, {
                    "key": "mock",
                    "label": "Mock interview"
                }]
            skillSuggestions: ["Communication", "SQL", "Storytelling"]
        }
    }

    Component {
        id: confidenceComponent

        ConfidencePicker {
            width: 360
            label: "Confidence before"
        }
    }

    Component {
        id: dayFieldComponent

        DayField {
            width: 300
        }
    }

    SignalSpy {
        id: submitted

        signalName: "submitted"
    }

    function test_salaryFormats() {
        const editor = createTemporaryObject(applicationEditorComponent, testCase);
        for (const ok of ["", "65000", "65,000", "65.000", "65 000", "65k", "65 K", "1,250,000"])
            compare(editor.salaryProblem(ok), "", ok);
        for (const bad of ["lots", "6,5", "65,00", "-5", "65.5k"])
            verify(editor.salaryProblem(bad).length > 0, bad);
        compare(editor.salaryValue("65k"), 65000);
        compare(editor.salaryValue("1,250,000"), 1250000);
    }

    function test_applicationNeedsACompany() {
        const editor = createTemporaryObject(applicationEditorComponent, testCase);
        editor.openNew();
        tryVerify(() => editor.opened);
        verify(editor.isNew);
        verify(!editor.canSave);
        const save = findChild(editor.footer, "saveButton");
        verify(!save.enabled);
        const company = findChild(editor.contentItem, "companyField");
        verify(company);
        company.forceActiveFocus();
        keyClick(Qt.Key_A);
        verify(editor.canSave);
        verify(save.enabled);
        editor.close();
    }

    function test_applicationValidation() {
        const editor = createTemporaryObject(applicationEditorComponent, testCase);
        submitted.target = editor;
        submitted.clear();
        const cases = [[{
                    "company": " "
                }, "Name the company."], [{
                    "company": "Acme",
                    "link": "ftp://files.example.com"
                }, "http"], [{
                    "company": "Acme",
                    "salaryMin": "lots"
                }, "whole number"], [{
                    "company": "Acme",
                    "salaryMin": "90k",
                    "salaryMax": "80,000"
                }, "lowest salary"], [{
                    "company": "Acme",
                    "salaryCurrency": "EU"
                }, "three letters"]];
        for (const [fields, message] of cases) {
            editor.openWith(fields);
            editor.save();
            verify(editor.errorText.indexOf(message) >= 0, JSON.stringify(fields) + " → " + editor.errorText);
        }
        compare(submitted.count, 0, "nothing is handed over while the form has a problem");
        editor.close();
    }

    function test_applicationFields() {
        const editor = createTemporaryObject(applicationEditorComponent, testCase);
        submitted.target = editor;
        submitted.clear();
        editor.openNew();
        editor.reset({
                "company": "Fabrikam",
                "role": "Data Lead",
                "link": "jobs.example.com/1",
                "workMode": "remote",
                "salaryMin": 80000,
                "salaryMax": "95k",
                "salaryCurrency": "eur"
            });
        editor.save();
        compare(editor.errorText, "");
        compare(submitted.count, 1);
        const fields = submitted.signalArguments[0][0];
        compare(fields.company, "Fabrikam");
        compare(fields.workMode, "remote");
        compare(fields.salaryMin, "80000");
        compare(fields.salaryMax, "95k");
        compare(fields.stage, "applied", "a new application starts as applied");
        compare(fields.stageDate, Dates.dayKey(Dates.today()));
        verify(fields.id === undefined);
        compare(editor.openableLink("jobs.example.com/1"), "https://jobs.example.com/1");

        editor.openWith({
                "id": "app-1",
                "company": "Fabrikam",
                "salaryMin": null,
                "salaryMax": null
            });
        verify(!editor.isNew);
        editor.save();
        compare(submitted.count, 2);
        const edited = submitted.signalArguments[1][0];
        compare(edited.id, "app-1");
        compare(edited.salaryMin, "");
        verify(edited.stage === undefined, "editing never changes the stage");
        editor.close();
    }

    function test_interviewEditorFields() {
        const editor = createTemporaryObject(interviewEditorComponent, testCase);
        submitted.target = editor;
        submitted.clear();
        editor.openNew();
        verify(editor.isNew);
        compare(editor.kind, "phone_screen");
        editor.save();
        compare(submitted.count, 1);
        let fields = submitted.signalArguments[0][0];
        compare(fields.day, Dates.dayKey(Dates.addDays(Dates.today(), 1)), "a new interview defaults to tomorrow");
        compare(fields.hour, Theme.defaultInterviewHour);
        compare(fields.confidenceBefore, 0);

        editor.openWith({
                "id": "int-1",
                "day": "2026-12-01",
                "hour": 15,
                "minute": 30,
                "kind": "technical",
                "interviewers": ["Lena Hoffmann"],
                "confidenceBefore": 3,
                "confidenceAfter": 4,
                "stumped": "Window functions",
                "wentWell": "The case study"
            });
        editor.save();
        compare(submitted.count, 2);
        fields = submitted.signalArguments[1][0];
        compare(fields.id, "int-1");
        compare(fields.day, "2026-12-01");
        compare(fields.hour, 15);
        compare(fields.minute, 30);
        compare(fields.kind, "technical");
        compare(fields.interviewers, ["Lena Hoffmann"]);
        compare(fields.confidenceBefore, 3);
        compare(fields.confidenceAfter, 4);
        compare(fields.stumped, "Window functions");
        compare(fields.lessConfident, "");
        compare(fields.wentWell, "The case study");
        editor.close();
    }

    function test_feedbackNeedsWordsOrASkill() {
        const editor = createTemporaryObject(feedbackEditorComponent, testCase);
        submitted.target = editor;
        submitted.clear();
        editor.interviews = [{
                "id": "int-1",
                "kindLabel": "Final",
                "when": "Yesterday, 14:00"
            }];
        editor.openNew({});
        editor.save();
        verify(editor.errorText.indexOf("at least one skill") >= 0);
        compare(submitted.count, 0);
        compare(editor.aboutChoices.length, 2);

        editor.reset({
                "interviewId": "int-1",
                "strengths": ["Communication"]
            });
        editor.save();
        compare(editor.errorText, "");
        compare(submitted.count, 1);
        const fields = submitted.signalArguments[0][0];
        compare(fields.interviewId, "int-1");
        compare(fields.source, "employer");
        compare(fields.strengths, ["Communication"]);
        compare(fields.weaknesses, []);
        compare(fields.receivedOn, Dates.dayKey(Dates.today()));
        editor.close();
    }

    function test_confidenceChips() {
        const picker = createTemporaryObject(confidenceComponent, testCase);
        compare(picker.value, 0);
        picker.pick(3);
        compare(picker.value, 3);
        compare(picker.describe(3), "So-so");
        picker.pick(3);
        compare(picker.value, 0, "picking the chosen level again clears it");
    }

    function test_dayFieldRespectsTheCap() {
        const field = createTemporaryObject(dayFieldComponent, testCase, {
                "latest": Dates.today()
            });
        const tomorrow = Dates.addDays(Dates.today(), 1);
        verify(!field.pickable(tomorrow));
        verify(field.pickable(Dates.today()));
        field.shownMonth = tomorrow;
        field.pick(tomorrow.getDate());
        compare(Dates.dayKey(field.date), Dates.dayKey(Dates.today()), "a future day is not taken");
        const open = createTemporaryObject(dayFieldComponent, testCase);
        open.shownMonth = tomorrow;
        open.pick(tomorrow.getDate());
        compare(Dates.dayKey(open.date), Dates.dayKey(tomorrow), "without a cap, days ahead are fine");
    }
}
