import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// People: the contacts who can help, the ones due for keep-in-touch on top
// with quick actions (log, snooze, reach out), and the open contact beside the
// list (wide) or over it (phone). Owns the editor and the sheets.
Item {
    id: page

    required property AppContext app
    readonly property ContactListModel contacts: app.contacts
    readonly property ContactController controller: app.contact
    readonly property PeopleController people: app.people
    readonly property var current: controller.contact // the open contact, as a plain JS value
    readonly property bool twoPane: width >= Theme.peopleTwoPaneWidth
    property string selectedId
    property string lastDeletedId
    readonly property bool reading: selectedId.length > 0 && controller.loaded
    readonly property int masterWidth: twoPane ? Theme.peopleListPaneWidth : width

    // Opens an application the contact is linked to (the shell shows it in Job search).
    signal openApplication(string applicationId)

    function openContact(id: string) {
        selectedId = id;
        controller.load(id);
        detail.scrollToTop();
    }

    function closeContact() {
        selectedId = "";
        controller.close();
    }

    function newContact() {
        editor.tagChoices = controller.tagChoices;
        editor.openNew();
    }

    function editContact() {
        editor.tagChoices = controller.tagChoices;
        editor.openWith(controller.contact);
    }

    function askDelete(id: string) {
        confirm.ask(qsTr("Delete %1?").arg(current.name ?? ""), qsTr("Their interactions go too, and applications no longer link to them. You can undo right after."), id);
    }

    function deleteContact(id: string) {
        if (!controller.remove(id)) {
            toast.show(controller.errorMessage);
            return;
        }
        lastDeletedId = id;
        if (selectedId === id)
            selectedId = "";
        editor.close();
        toast.show(qsTr("Contact deleted"), qsTr("Undo"));
    }

    function undoDelete() {
        const kind = controller.undoKind;
        if (!controller.undoRemove()) {
            toast.show(controller.errorMessage);
            return;
        }
        if (kind === "contact")
            openContact(lastDeletedId);
        toast.show(qsTr("Restored"));
    }

    function openLog(contactId: string, name: string) {
        logSheet.kinds = controller.interactionKinds;
        logSheet.openFor(contactId, name);
    }

    function openReachOut(contactId: string, name: string, email: string) {
        reachOut.templates = people.templates;
        reachOut.openFor(contactId, name, email);
    }

    function snooze(contactId: string, days: int) {
        if (people.snooze(contactId, days))
            toast.show(days === Theme.snoozePresets[0] ? qsTr("Snoozed for a week") : qsTr("Snoozed for %1 days").arg(days));
        else
            toast.show(people.errorMessage);
    }

    // Screenshot mode and tests: the contact with the most to show.
    function showRichestContact(): bool {
        let best = "";
        let bestScore = -1;
        for (let row = 0; row < contacts.count; ++row) {
            const id = contacts.get(row)["contactId"];
            if (!controller.load(id))
                continue;
            const score = controller.interactions.length * 2 + controller.applications.length * 3 + (current.emails ?? []).length;
            if (score > bestScore) {
                best = id;
                bestScore = score;
            }
        }
        if (best.length === 0)
            return false;
        openContact(best);
        return true;
    }

    function showContactEditor(): bool {
        if (!showRichestContact())
            return false;
        editContact();
        return editor.visible;
    }

    // The most overdue contact's sheets (else the richest contact's).
    function dueOrRichest(): var {
        if (people.due.length > 0)
            return {
                "id": people.due[0].contactId,
                "name": people.due[0].name,
                "email": people.due[0].email
            };
        if (!showRichestContact())
            return null;
        return {
            "id": current.id,
            "name": current.name,
            "email": (current.emails ?? [])[0] ?? ""
        };
    }

    function showLogSheet(): bool {
        const c = dueOrRichest();
        if (!c)
            return false;
        openLog(c.id, c.name);
        return logSheet.visible;
    }

    function showReachOut(): bool {
        const c = dueOrRichest();
        if (!c)
            return false;
        openReachOut(c.id, c.name, c.email);
        return reachOut.visible;
    }

    function closeOverlays() {
        editor.close();
        logSheet.close();
        reachOut.close();
        snoozeDialog.close();
        confirm.close();
        closeContact();
    }

    Item {
        id: master

        width: page.masterWidth
        height: page.height
        visible: page.twoPane || !page.reading

        ContactList {
            anchors.fill: parent
            visible: page.contacts.totalCount > 0
            contacts: page.contacts
            people: page.people
            selectedId: page.twoPane ? page.selectedId : ""
            contentWidth: Math.min(width - Theme.spacingL * 2, Theme.maxContentWidth)
            onNewRequested: page.newContact()
            onOpenContact: id => page.openContact(id)
            onLogRequested: (id, name) => page.openLog(id, name)
            onSnoozeRequested: (id, days) => page.snooze(id, days)
            onSnoozeDayRequested: (id, name) => snoozeDialog.openFor(id, name)
            onReachOutRequested: (id, name, email) => page.openReachOut(id, name, email)
        }

        ScrollPage {
            anchors.fill: parent
            visible: page.contacts.totalCount === 0
            centerVertically: true
            maxContentWidth: Theme.formMaxWidth
            sideMargin: Theme.spacingXl
            topMargin: Theme.spacingXl
            bottomMargin: Theme.spacingXl

            EmptyState {
                Layout.fillWidth: true
                iconName: "people"
                title: qsTr("The people on your side")
                body: qsTr("Keep the recruiters, mentors, former colleagues and friends who can help. Log a message, call or coffee and Rebound reminds you when it is time to get in touch again: mentors every 30 days, recruiters every 60, by default.")
                footnote: qsTr("Contacts from your phone or mail app: export them as a vCard file and run \"rebound-cli contact import FILE.vcf\".")
            }

            Button {
                Layout.alignment: Qt.AlignHCenter
                highlighted: true
                text: qsTr("Add a contact")
                Accessible.name: text
                onClicked: page.newContact()
            }
        }
    }

    Rectangle {
        x: master.width
        width: Theme.hairline
        height: page.height
        visible: page.twoPane
        color: Theme.outline
    }

    // Wide and nothing open: a quiet hint beside the list.
    ScrollPage {
        x: master.width + Theme.hairline
        width: page.width - x
        height: page.height
        visible: page.twoPane && !page.reading && page.contacts.totalCount > 0
        centerVertically: true
        maxContentWidth: Theme.formMaxWidth

        EmptyState {
            Layout.fillWidth: true
            iconName: "people"
            title: page.people.dueCount > 0 ? (page.people.dueCount === 1 ? qsTr("1 person to reach out to") : qsTr("%1 people to reach out to").arg(page.people.dueCount)) : qsTr("Everyone is in touch")
            body: qsTr("Pick someone on the left to see what you talked about, when to get in touch again and the applications they are part of.")
        }
    }

    ContactView {
        id: detail

        x: page.twoPane ? master.width + Theme.hairline : 0
        width: page.width - x
        height: page.height
        visible: page.reading
        color: page.twoPane ? Theme.surface : Theme.background
        controller: page.controller
        showBack: !page.twoPane
        inPane: page.twoPane
        onCloseRequested: page.closeContact()
        onEditRequested: page.editContact()
        onDeleteRequested: id => page.askDelete(id)
        onLogRequested: page.openLog(page.current.id, page.current.name)
        onReachOutRequested: page.openReachOut(page.current.id, page.current.name, (page.current.emails ?? [])[0] ?? "")
        onEditInteractionRequested: interaction => {
            logSheet.kinds = page.controller.interactionKinds;
            logSheet.openWith(page.current.id, page.current.name, interaction);
        }
        onOpenApplicationRequested: id => page.openApplication(id)
    }

    ContactEditor {
        id: editor

        onSubmitted: fields => {
            const isNew = editor.isNew;
            const id = page.controller.save(fields);
            if (id.length === 0) {
                editor.errorText = page.controller.errorMessage;
                return;
            }
            editor.close();
            page.openContact(id);
            toast.show(isNew ? qsTr("Contact added") : qsTr("Contact saved"));
        }
        onDeleteRequested: id => page.askDelete(id)
    }

    LogInteractionSheet {
        id: logSheet

        onSubmitted: fields => {
            const ok = fields.id.length === 0 ? page.controller.logInteraction(fields.contactId, fields.kind, fields.day, fields.note).length > 0 : page.controller.updateInteraction(fields.id, fields.kind, fields.day, fields.note);
            if (!ok) {
                logSheet.errorText = page.controller.errorMessage;
                return;
            }
            logSheet.close();
            toast.show(fields.id.length === 0 ? qsTr("Logged. The keep-in-touch clock restarts.") : qsTr("Interaction saved"));
        }
        onDeleteRequested: id => {
            if (page.controller.removeInteraction(id)) {
                logSheet.close();
                toast.show(qsTr("Interaction deleted"), qsTr("Undo"));
            } else {
                logSheet.errorText = page.controller.errorMessage;
            }
        }
    }

    ReachOutSheet {
        id: reachOut

        onTemplateRequested: templateId => {
            const text = page.people.fillTemplate(templateId, reachOut.contactId);
            if (text.length > 0 || page.people.errorMessage.length === 0)
                reachOut.setMessage(text);
            reachOut.errorText = page.people.errorMessage;
        }
        onCopyRequested: text => {
            if (page.people.copyToClipboard(text))
                toast.show(qsTr("Copied. The text is now on the clipboard, outside the vault."));
        }
        onEmailRequested: text => {
            const link = page.people.mailtoLink(reachOut.contactId, qsTr("Catching up"), text);
            if (link.length > 0)
                Qt.openUrlExternally(link);
        }
        onLogRequested: (kind, note) => {
            if (page.controller.logInteraction(reachOut.contactId, kind, "", note).length === 0) {
                reachOut.errorText = page.controller.errorMessage;
                return;
            }
            reachOut.close();
            toast.show(qsTr("Logged as sent. The keep-in-touch clock restarts."));
        }
    }

    SnoozeDayDialog {
        id: snoozeDialog

        onSubmitted: (contactId, day) => {
            if (page.people.snoozeUntil(contactId, day)) {
                snoozeDialog.close();
                toast.show(qsTr("Snoozed until %1").arg(Dates.longDate(Dates.fromDayKey(day))));
            } else {
                snoozeDialog.errorText = page.people.errorMessage;
            }
        }
    }

    ConfirmDialog {
        id: confirm

        confirmText: qsTr("Delete")
        onConfirmed: payload => page.deleteContact(payload)
    }

    Toast {
        id: toast

        onActionTriggered: page.undoDelete()
    }
}
