import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// Snooze a keep-in-touch reminder until a day the user picks (after today).
// Emits submitted(contactId, day "yyyy-MM-dd"); the page snoozes and reports.
Dialog {
    id: dialog

    property string contactId
    property string contactName
    property string errorText

    signal submitted(string contactId, string day)

    function openFor(contactId: string, name: string) {
        dialog.contactId = contactId;
        contactName = name;
        dayField.date = Dates.addDays(Dates.today(), Theme.snoozePresets[0]);
        errorText = "";
        open();
    }

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent.width - Theme.spacingL * 2, Theme.formMaxWidth)
    modal: true
    focus: true
    padding: Theme.spacingL
    topPadding: Theme.spacingS
    title: qsTr("Snooze %1").arg(contactName)

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacingS

        Label {
            Layout.fillWidth: true
            text: qsTr("The reminder comes back on the day you pick.")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textSecondary
        }

        DayField {
            id: dayField

            Layout.fillWidth: true
            label: qsTr("Until")
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: dialog.errorText
        }
    }

    footer: RowLayout {
        spacing: Theme.spacingS

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            text: qsTr("Cancel")
            Accessible.name: text
            onClicked: dialog.close()
        }

        Button {
            Layout.rightMargin: Theme.spacingM
            highlighted: true
            text: qsTr("Snooze")
            Accessible.name: qsTr("Snooze until %1").arg(Dates.longDate(dayField.date))
            onClicked: dialog.submitted(dialog.contactId, Dates.dayKey(dayField.date))
        }
    }
}
