pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// "Blank entry" plus the guided templates as tappable cards. Plain data in
// ([{key, title, summary, body, tags}]), templateChosen(template) out; the
// blank entry is {key: "", body: "", tags: []}.
ColumnLayout {
    id: root

    property var templates: []

    readonly property var blank: ({
            "key": "",
            "title": qsTr("Blank entry"),
            "summary": qsTr("Start from an empty page."),
            "body": "",
            "tags": []
        })
    readonly property var choices: [blank, ...templates]

    signal templateChosen(var template)

    function iconFor(key: string): string {
        switch (key) {
        case "after-rejection":
            return "heart";
        case "interview-reflection":
            return "jobs";
        case "reframe":
            return "refresh";
        case "win-of-the-day":
            return "sparkle";
        case "who-supports-me":
            return "people";
        default:
            return "edit";
        }
    }

    function choose(index: int) {
        if (index >= 0 && index < choices.length)
            templateChosen(choices[index]);
    }

    spacing: Theme.spacingS

    Accessible.role: Accessible.List
    Accessible.name: qsTr("Templates")

    Repeater {
        model: root.choices

        ItemDelegate {
            id: option

            required property var modelData
            required property int index

            Layout.fillWidth: true
            padding: Theme.spacingM
            topInset: 0
            bottomInset: 0
            text: modelData.title
            Accessible.role: Accessible.Button
            Accessible.name: modelData.title
            Accessible.description: modelData.summary
            onClicked: root.choose(index)

            background: Rectangle {
                radius: Theme.radiusM
                color: option.down ? Theme.surfaceRaised : option.hovered ? Theme.surfaceRaised : Theme.surface
                border.width: option.visualFocus ? Theme.focusRing : Theme.hairline
                border.color: option.visualFocus ? Theme.accent : Theme.outline
            }

            contentItem: RowLayout {
                spacing: Theme.spacingM

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    implicitWidth: Theme.touchTarget - Theme.spacingS
                    implicitHeight: implicitWidth
                    radius: Theme.radiusM
                    color: option.index === 0 ? Theme.surfaceRaised : Theme.accentSoft

                    GlyphIcon {
                        anchors.centerIn: parent
                        name: root.iconFor(option.modelData.key)
                        color: option.index === 0 ? Theme.textSecondary : Theme.accent
                    }
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingXxs

                    Label {
                        Layout.fillWidth: true
                        text: option.modelData.title
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        font.weight: Theme.weightBold
                        color: Theme.textPrimary
                    }

                    Label {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: option.modelData.summary ?? ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textSecondary
                    }
                }

                Icon {
                    name: "chevron-right"
                    size: Theme.iconSizeSmall
                    color: Theme.textSecondary
                }
            }
        }
    }
}
