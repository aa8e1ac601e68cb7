pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Filters for the journal search: mood range, one feeling, one tag and a
// date range preset. Writes straight into the search model.
Card {
    id: root

    required property JournalSearchModel search
    property var emotions: []        // [{id, name, valence}]
    property string datePreset: "any" // any | week | month | year

    readonly property var presets: [{
            "key": "any",
            "text": qsTr("Any time")
        }, {
            "key": "week",
            "text": qsTr("Last 7 days")
        }, {
            "key": "month",
            "text": qsTr("Last 30 days")
        }, {
            "key": "year",
            "text": qsTr("This year")
        }]

    function applyPreset(key: string) {
        datePreset = key;
        const today = Dates.today();
        switch (key) {
        case "week":
            search.from = Dates.addDays(today, -6);
            break;
        case "month":
            search.from = Dates.addDays(today, -29);
            break;
        case "year":
            search.from = new Date(today.getFullYear(), 0, 1, Dates.noonHour);
            break;
        default:
            search.from = new Date(NaN);
        }
        search.to = new Date(NaN);
    }

    function resetAll() {
        datePreset = "any";
        moodRange.reset();
        search.clearFilters();
    }

    padding: Theme.spacingL
    spacing: Theme.spacingL

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Search filters")

    MoodRangeSelector {
        id: moodRange

        Layout.fillWidth: true
        low: root.search.moodMin > 0 ? root.search.moodMin : 1
        high: root.search.moodMax > 0 ? root.search.moodMax : Moods.count
        onRangeEdited: (lo, hi) => {
            root.search.moodMin = lo > 1 ? lo : 0;
            root.search.moodMax = hi < Moods.count ? hi : 0;
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: root.emotions.length > 0

        Label {
            text: qsTr("Feeling")
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightBold
            color: Theme.textSecondary
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Repeater {
                model: root.emotions

                ToggleChip {
                    required property var modelData

                    text: modelData.name
                    checked: root.search.emotion === modelData.id
                    onClicked: root.search.emotion = checked ? "" : modelData.id
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS
        visible: root.search.tagChoices.length > 0

        Label {
            text: qsTr("Tag")
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightBold
            color: Theme.textSecondary
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Repeater {
                model: root.search.tagChoices

                ToggleChip {
                    required property string modelData

                    text: modelData
                    iconName: "tag"
                    checked: root.search.tag.toLowerCase() === modelData.toLowerCase()
                    onClicked: root.search.tag = checked ? "" : modelData
                }
            }
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingS

        Label {
            text: qsTr("Date")
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightBold
            color: Theme.textSecondary
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingXs

            Repeater {
                model: root.presets

                ToggleChip {
                    required property var modelData

                    text: modelData.text
                    checked: root.datePreset === modelData.key
                    Accessible.role: Accessible.RadioButton
                    onClicked: root.applyPreset(modelData.key)
                }
            }
        }
    }

    Button {
        Layout.alignment: Qt.AlignRight
        visible: root.search.filterCount > 0
        flat: true
        text: qsTr("Clear filters")
        Accessible.name: text
        onClicked: root.resetAll()
    }
}
