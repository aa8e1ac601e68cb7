pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import QtQuick.Controls.Material
import Rebound.Backend
import Rebound.Ui

// The open contact: who they are, how to reach them, where the keep-in-touch
// clock stands, the interactions (newest first) and the applications they are
// part of. Edits and deletes are requested from the page, which owns the dialogs.
Rectangle {
    id: view

    required property ContactController controller
    property bool showBack: true
    property bool inPane: false // beside the list, on the surface colour

    readonly property var contact: controller.contact
    readonly property var status: controller.status
    readonly property bool hasContact: contact.id !== undefined
    readonly property string subtitle: hasContact ? [contact.role, contact.company].filter(s => s.length > 0).join(qsTr(" · ")) : ""

    signal closeRequested
    signal editRequested
    signal deleteRequested(string id)
    signal logRequested
    signal reachOutRequested
    signal editInteractionRequested(var interaction)
    signal openApplicationRequested(string id)

    function scrollToTop() {
        scroller.contentY = 0;
    }

    // "https://" is added when a profile link was saved without a scheme.
    function openable(link: string): string {
        const t = String(link).trim();
        return /^[a-z][a-z0-9+.-]*:/i.test(t) ? t : "https://" + t;
    }

    color: Theme.background

    Accessible.role: Accessible.Pane
    Accessible.name: hasContact ? qsTr("Contact: %1").arg(contact.name) : qsTr("Contact")

    // Over the list on a phone: clicks stop here.
    MouseArea {
        anchors.fill: parent
    }

    RowLayout {
        id: toolbar

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        height: Theme.headerHeight
        spacing: Theme.spacingXs

        IconButton {
            iconName: view.showBack ? "back" : "close"
            label: view.showBack ? qsTr("Back to people") : qsTr("Close the contact")
            onClicked: view.closeRequested()
        }

        Item {
            Layout.fillWidth: true
        }

        Button {
            flat: true
            visible: view.hasContact
            text: qsTr("Delete")
            Material.foreground: Theme.danger
            Accessible.name: qsTr("Delete contact")
            onClicked: view.deleteRequested(view.contact.id)
        }

        Button {
            visible: view.hasContact
            highlighted: true
            text: qsTr("Edit")
            Accessible.name: qsTr("Edit contact")
            onClicked: view.editRequested()
        }
    }

    Flickable {
        id: scroller

        anchors.fill: parent
        anchors.topMargin: toolbar.height
        contentWidth: width
        contentHeight: column.implicitHeight + Theme.spacingXl * 2
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        visible: view.hasContact

        ScrollBar.vertical: ScrollBar {
        }

        ColumnLayout {
            id: column

            x: Math.max(Theme.spacingL, (scroller.width - width) / 2)
            y: Theme.spacingS
            width: Math.min(scroller.width - Theme.spacingL * 2, Theme.readingMaxWidth)
            spacing: Theme.spacingM

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingM

                ContactAvatar {
                    size: Theme.avatarSizeLarge
                    initials: view.contact.initials ?? ""
                    due: view.status.isDue ?? false
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXxs

                    Label {
                        Layout.fillWidth: true
                        text: view.contact.name ?? ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontHeadline
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: view.subtitle
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.textSecondary
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                visible: (view.contact.tagLabels ?? []).length > 0
                spacing: Theme.spacingXs

                Repeater {
                    model: view.contact.tagLabels ?? []

                    TagChip {
                        required property string modelData

                        text: modelData
                        compact: true
                    }
                }
            }

            // Keep in touch: where the clock stands, with the two actions that restart it.
            Card {
                Layout.fillWidth: true
                color: view.inPane ? Theme.background : Theme.surface
                spacing: Theme.spacingS
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Keep in touch")

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    PeopleIcon {
                        name: "snooze"
                        size: Theme.iconSizeSmall
                        color: (view.status.isDue ?? false) ? Theme.accent : Theme.textSecondary
                    }

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Keep in touch")
                        font.pixelSize: Theme.fontBodyLarge
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                    }

                    Label {
                        visible: text.length > 0
                        text: view.status.dueText ?? ""
                        font.pixelSize: Theme.fontSmall
                        font.weight: Theme.weightMedium
                        color: (view.status.isDue ?? false) ? Theme.accent : Theme.textSecondary
                    }
                }

                Label {
                    Layout.fillWidth: true
                    text: (view.status.lastContacted ?? "").length > 0 ? qsTr("Last contacted %1 (%2)").arg(view.status.lastContactedText).arg(view.status.lastContactedDate) : qsTr("Nothing logged yet")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    text: (view.status.dueOn ?? "").length > 0 ? qsTr("Cadence: %1 · next on %2").arg(view.status.cadenceText).arg(view.status.dueDate) : qsTr("Cadence: %1").arg(view.status.cadenceText ?? "")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textSecondary
                }

                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacingS

                    Button {
                        highlighted: true
                        text: qsTr("Log")
                        Accessible.name: qsTr("Log an interaction with %1").arg(view.contact.name ?? "")
                        onClicked: view.logRequested()
                    }

                    Button {
                        text: qsTr("Reach out")
                        Accessible.name: qsTr("Write to %1").arg(view.contact.name ?? "")
                        onClicked: view.reachOutRequested()
                    }
                }
            }

            DetailSection {
                Layout.fillWidth: true
                title: qsTr("Reach them")
                empty: (view.contact.emails ?? []).length === 0 && (view.contact.phones ?? []).length === 0 && (view.contact.profileUrl ?? "").length === 0
                emptyText: qsTr("No e-mail, phone or profile yet. Edit to add them.")

                Repeater {
                    model: view.contact.emails ?? []

                    ContactLink {
                        required property string modelData

                        Layout.fillWidth: true
                        iconName: "mail"
                        text: modelData
                        actionName: qsTr("Write an e-mail to %1").arg(modelData)
                        onActivated: Qt.openUrlExternally("mailto:" + modelData)
                    }
                }

                Repeater {
                    model: view.contact.phones ?? []

                    ContactLink {
                        required property string modelData

                        Layout.fillWidth: true
                        iconName: "phone"
                        text: modelData
                        actionName: qsTr("Call %1").arg(modelData)
                        onActivated: Qt.openUrlExternally("tel:" + modelData.replace(/[^0-9+]/g, ""))
                    }
                }

                ContactLink {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    iconName: "link"
                    text: view.contact.profileUrl ?? ""
                    actionName: qsTr("Open the profile link")
                    onActivated: Qt.openUrlExternally(view.openable(text))
                }
            }

            DetailSection {
                Layout.fillWidth: true
                visible: (view.contact.howWeMet ?? "").length > 0 || (view.contact.notes ?? "").length > 0
                title: qsTr("About")

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: (view.contact.howWeMet ?? "").length > 0 ? qsTr("Met: %1").arg(view.contact.howWeMet) : ""
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }

                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: view.contact.notes ?? ""
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontBody
                    color: Theme.textPrimary
                }
            }

            DetailSection {
                Layout.fillWidth: true
                title: qsTr("Interactions")
                actionText: qsTr("Log")
                actionName: qsTr("Log an interaction")
                empty: view.controller.interactions.length === 0
                emptyText: qsTr("Log a message, call or coffee and the keep-in-touch clock restarts from that day.")
                onActionTriggered: view.logRequested()

                Repeater {
                    model: view.controller.interactions

                    InteractionRow {
                        required property var modelData

                        Layout.fillWidth: true
                        interaction: modelData
                        onClicked: view.editInteractionRequested(modelData)
                    }
                }
            }

            DetailSection {
                Layout.fillWidth: true
                title: qsTr("Applications")
                empty: view.controller.applications.length === 0
                emptyText: qsTr("Link a person on an application to this contact (Job search → the application → People) and it shows here.")

                Repeater {
                    model: view.controller.applications

                    ItemDelegate {
                        id: appRow

                        required property var modelData

                        Layout.fillWidth: true
                        leftPadding: Theme.spacingS
                        rightPadding: Theme.spacingS
                        Accessible.name: qsTr("%1, %2, %3. Open in Job search").arg(modelData.company).arg(modelData.role).arg(modelData.stageLabel)
                        onClicked: view.openApplicationRequested(modelData.id)

                        background: Rectangle {
                            radius: Theme.radiusM
                            color: appRow.hovered ? Theme.surfaceRaised : Theme.surface
                            border.width: Theme.hairline
                            border.color: Theme.outline
                        }

                        contentItem: RowLayout {
                            spacing: Theme.spacingS

                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingXxs

                                Label {
                                    Layout.fillWidth: true
                                    text: appRow.modelData.company
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Theme.weightMedium
                                    color: Theme.textPrimary
                                }

                                Label {
                                    Layout.fillWidth: true
                                    visible: text.length > 0
                                    text: appRow.modelData.role
                                    elide: Text.ElideRight
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textSecondary
                                }
                            }

                            StageBadge {
                                stage: appRow.modelData.stage
                                label: appRow.modelData.stageLabel
                            }
                        }
                    }
                }
            }
        }
    }
}
