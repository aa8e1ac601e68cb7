pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Ui

// Create or edit an application: company, role, link, source, where and how,
// salary range (optional) and notes; a new one also gets its first stage and
// day. Checks what it can before emitting submitted(fields); the page saves
// and, on failure, shows the controller's message in errorText.
Dialog {
    id: editor

    property var stages: []            // [{key, label, closed}]
    property var workModes: []         // [{key, label}]
    property var sourceSuggestions: [] // names already used
    property string applicationId
    property string workMode
    property string errorText
    readonly property bool isNew: applicationId.length === 0
    readonly property bool canSave: company.text.trim().length > 0

    signal submitted(var fields)
    signal deleteRequested(string id)

    // "" when a salary as typed is fine (empty, 65000, 65,000, 65 000, 65k).
    // (Parameters are copied with String() first: qmllint 6.4 crashes on a
    // method called straight on a typed string parameter.)
    function salaryProblem(text: string): string {
        const t = String(text).trim().toLowerCase().replace(/k$/, "").trim();
        if (t.length === 0 || /^\d+$/.test(t) || /^\d{1,3}([,.' \u00A0\u202F]\d{3})+$/.test(t))
            return "";
        return qsTr("Write a salary as a whole number, such as 65000 or 65k.");
    }

    function salaryValue(text: string): real {
        const t = String(text).trim().toLowerCase();
        const digits = t.replace(/\D/g, "");
        return digits.length === 0 ? NaN : Number(digits) * (t.endsWith("k") ? 1000 : 1);
    }

    function linkProblem(text: string): string {
        const t = String(text).trim();
        if (t.length === 0)
            return "";
        const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(t);
        if (scheme && scheme[1].toLowerCase() !== "http" && scheme[1].toLowerCase() !== "https")
            return qsTr("The link must be a web address (http or https).");
        return "";
    }

    // The link as it will be opened: https:// added when no scheme is given.
    function openableLink(text: string): string {
        const t = String(text).trim();
        return /^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : "https://" + t;
    }

    // The first problem with the form, or "".
    function validate(): string {
        if (company.text.trim().length === 0)
            return qsTr("Name the company.");
        const link = linkProblem(linkField.text);
        if (link.length > 0)
            return link;
        const salary = salaryProblem(salaryMin.text) || salaryProblem(salaryMax.text);
        if (salary.length > 0)
            return salary;
        const low = salaryValue(salaryMin.text);
        const high = salaryValue(salaryMax.text);
        if (!isNaN(low) && !isNaN(high) && low > high)
            return qsTr("The lowest salary is above the highest.");
        const currency = currencyField.text.trim();
        if (currency.length > 0 && !/^[A-Za-z]{3}$/.test(currency))
            return qsTr("A currency is three letters, such as EUR or USD.");
        return "";
    }

    function fields(): var {
        const f = {
            "company": company.text,
            "role": roleField.text,
            "link": linkField.text,
            "source": sourceField.text,
            "location": locationField.text,
            "workMode": workMode,
            "salaryMin": salaryMin.text,
            "salaryMax": salaryMax.text,
            "salaryCurrency": currencyField.text,
            "notes": notes.text
        };
        if (isNew) {
            f["stage"] = stageBox.currentValue ?? "applied";
            f["stageDate"] = Dates.dayKey(stageDay.date);
        } else {
            f["id"] = applicationId;
        }
        return f;
    }

    function save() {
        const problem = validate();
        errorText = problem;
        if (problem.length === 0)
            submitted(fields());
    }

    function reset(a: var) {
        applicationId = a["id"] ?? "";
        company.text = a["company"] ?? "";
        roleField.text = a["role"] ?? "";
        linkField.text = a["link"] ?? "";
        sourceField.text = a["source"] ?? "";
        locationField.text = a["location"] ?? "";
        workMode = a["workMode"] ?? "";
        salaryMin.text = a["salaryMin"] !== undefined && a["salaryMin"] !== null ? String(a["salaryMin"]) : "";
        salaryMax.text = a["salaryMax"] !== undefined && a["salaryMax"] !== null ? String(a["salaryMax"]) : "";
        currencyField.text = a["salaryCurrency"] ?? "";
        notes.text = a["notes"] ?? "";
        stageBox.currentIndex = Math.max(0, stageBox.indexOfValue("applied"));
        stageDay.date = Dates.today();
        errorText = "";
        form.contentY = 0;
    }

    function openNew() {
        reset({});
        open();
        company.forceActiveFocus();
    }

    // application: ApplicationController.application
    function openWith(application: var) {
        reset(application);
        open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.dialogMaxWidth)
    height: Math.min(parent.height - Theme.spacingL * 2, Theme.editorMaxHeight)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    bottomPadding: 0
    title: isNew ? qsTr("New application") : qsTr("Edit application")

    Flickable {
        id: form

        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + Theme.spacingL
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            width: form.width
            spacing: Theme.spacingS

            FieldLabel {
                text: qsTr("Company")
            }

            TextField {
                id: company

                objectName: "companyField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Northwind Traders")
                maximumLength: Theme.lineMaxLength
                selectByMouse: true
                Accessible.name: qsTr("Company (required)")
                onAccepted: editor.save()
            }

            FieldLabel {
                text: qsTr("Role")
            }

            TextField {
                id: roleField

                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Data Analyst")
                maximumLength: Theme.lineMaxLength
                selectByMouse: true
                Accessible.name: qsTr("Role")
            }

            FieldLabel {
                visible: editor.isNew
                text: qsTr("Where it stands")
            }

            RowLayout {
                Layout.fillWidth: true
                visible: editor.isNew
                spacing: Theme.spacingS

                ComboBox {
                    id: stageBox

                    Layout.fillWidth: true
                    model: editor.stages
                    textRole: "label"
                    valueRole: "key"
                    Accessible.name: qsTr("Stage")
                }

                DayField {
                    id: stageDay

                    Layout.fillWidth: true
                    latest: Dates.today()
                    label: qsTr("Since")
                }
            }

            FieldLabel {
                text: qsTr("Job ad")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingXs

                TextField {
                    id: linkField

                    Layout.fillWidth: true
                    placeholderText: qsTr("Link, e.g. jobs.example.com/123")
                    maximumLength: Theme.linkMaxLength
                    selectByMouse: true
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    Accessible.name: qsTr("Link to the job ad")
                }

                JobsIconButton {
                    iconName: "external"
                    label: qsTr("Open the link")
                    enabled: linkField.text.trim().length > 0 && editor.linkProblem(linkField.text).length === 0
                    onClicked: Qt.openUrlExternally(editor.openableLink(linkField.text))
                }
            }

            FieldLabel {
                text: qsTr("Found through")
            }

            TextField {
                id: sourceField

                Layout.fillWidth: true
                placeholderText: qsTr("e.g. LinkedIn or a referral")
                maximumLength: Theme.sourceMaxLength
                selectByMouse: true
                Accessible.name: qsTr("Source")
            }

            Flow {
                Layout.fillWidth: true
                visible: suggestions.count > 0
                spacing: Theme.spacingXs

                Repeater {
                    id: suggestions

                    model: editor.sourceSuggestions.filter(s => s.toLowerCase() !== sourceField.text.trim().toLowerCase() && s.toLowerCase().startsWith(sourceField.text.trim().toLowerCase())).slice(0, Theme.recentEntryCount)

                    ToggleChip {
                        required property string modelData

                        text: modelData
                        iconName: "plus"
                        Accessible.name: qsTr("Use source %1").arg(modelData)
                        onClicked: sourceField.text = modelData
                    }
                }
            }

            FieldLabel {
                text: qsTr("Location and way of working")
            }

            TextField {
                id: locationField

                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Berlin")
                maximumLength: Theme.lineMaxLength
                selectByMouse: true
                Accessible.name: qsTr("Location")
            }

            OptionChips {
                Layout.fillWidth: true
                label: qsTr("Way of working")
                model: editor.workModes
                selectedKey: editor.workMode
                allowNone: true
                onPicked: key => editor.workMode = key
            }

            FieldLabel {
                text: qsTr("Salary range (optional)")
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingS

                TextField {
                    id: salaryMin

                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.salaryFieldWidth / 2
                    placeholderText: qsTr("From")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    selectByMouse: true
                    Accessible.name: qsTr("Lowest salary")
                }

                Label {
                    text: qsTr("–")
                    color: Theme.textSecondary
                    Accessible.ignored: true
                }

                TextField {
                    id: salaryMax

                    Layout.fillWidth: true
                    Layout.minimumWidth: Theme.salaryFieldWidth / 2
                    placeholderText: qsTr("To")
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    selectByMouse: true
                    Accessible.name: qsTr("Highest salary")
                }

                TextField {
                    id: currencyField

                    Layout.preferredWidth: Theme.salaryFieldWidth * 3 / 4
                    placeholderText: qsTr("EUR")
                    maximumLength: Theme.currencyLength
                    font.capitalization: Font.AllUppercase
                    inputMethodHints: Qt.ImhUppercaseOnly | Qt.ImhNoPredictiveText
                    selectByMouse: true
                    Accessible.name: qsTr("Currency")
                }
            }

            FieldLabel {
                text: qsTr("Notes")
            }

            TextArea {
                id: notes

                Layout.fillWidth: true
                Layout.minimumHeight: Theme.notesMinHeight
                placeholderText: qsTr("What caught your eye, questions to ask, next steps…")
                wrapMode: TextEdit.Wrap
                selectByMouse: true
                textFormat: TextEdit.PlainText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Notes")
            }

            ErrorBanner {
                Layout.fillWidth: true
                text: editor.errorText
            }
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Button {
            Layout.leftMargin: Theme.spacingM
            visible: !editor.isNew
            flat: true
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete application")
            onClicked: editor.deleteRequested(editor.applicationId)
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: editor.close()
        }

        Button {
            objectName: "saveButton"
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            enabled: editor.canSave
            text: qsTr("Save")
            Accessible.name: qsTr("Save application")
            onClicked: editor.save()
        }
    }
}
