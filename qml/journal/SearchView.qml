pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Backend
import Rebound.Ui

// Full-text search over the journal: a field (prefix matching as you type),
// optional filters, and results with the matching words highlighted.
Item {
    id: view

    required property JournalSearchModel search
    property var emotions: []
    property string selectedEntryId
    property bool filtersOpen: false
    readonly property int contentWidth: Math.min(width - Theme.spacingL * 2, Theme.maxContentWidth)

    signal openEntry(string id)

    // Types `text` into the field and searches at once (screenshots, deep links).
    function setQuery(text: string) {
        search.text = text;
        search.refresh();
    }

    function focusField() {
        field.forceActiveFocus();
    }

    ColumnLayout {
        id: top

        anchors.top: parent.top
        anchors.topMargin: Theme.spacingM
        anchors.horizontalCenter: parent.horizontalCenter
        width: view.contentWidth
        spacing: Theme.spacingS
        z: 1

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingS

            TextField {
                id: field

                Layout.fillWidth: true
                text: view.search.text
                placeholderText: qsTr("Search your journal")
                leftPadding: Theme.spacingL + Theme.iconSize + Theme.spacingS
                rightPadding: clearButton.visible ? clearButton.width : Theme.spacingL
                font.pixelSize: Theme.fontBody
                selectByMouse: true
                inputMethodHints: Qt.ImhNoPredictiveText
                Accessible.role: Accessible.EditableText
                Accessible.name: qsTr("Search text")
                onTextEdited: view.search.text = text
                onAccepted: view.search.refresh()
                Keys.onEscapePressed: event => {
                    if (text.length > 0) {
                        view.search.text = "";
                        event.accepted = true;
                    } else {
                        event.accepted = false;
                    }
                }

                background: Rectangle {
                    radius: Theme.radiusPill
                    color: Theme.surface
                    border.width: field.activeFocus ? Theme.focusRing : Theme.hairline
                    border.color: field.activeFocus ? Theme.accent : Theme.outline
                }

                GlyphIcon {
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.spacingL
                    anchors.verticalCenter: parent.verticalCenter
                    name: "search"
                    color: Theme.textSecondary
                }

                IconButton {
                    id: clearButton

                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    visible: field.text.length > 0
                    iconName: "close"
                    iconColor: Theme.textSecondary
                    label: qsTr("Clear search text")
                    focusPolicy: Qt.TabFocus
                    onClicked: {
                        view.search.text = "";
                        field.forceActiveFocus();
                    }
                }
            }

            GlyphButton {
                id: filterButton

                iconName: "filter"
                label: view.filtersOpen ? qsTr("Hide filters") : view.search.filterCount > 0 ? qsTr("Filters, %1 on").arg(view.search.filterCount) : qsTr("Show filters")
                iconColor: view.filtersOpen || view.search.filterCount > 0 ? Theme.accent : Theme.textPrimary
                checkable: true
                checked: view.filtersOpen
                onClicked: view.filtersOpen = !view.filtersOpen

                background: Rectangle {
                    radius: height / 2
                    color: view.filtersOpen ? Theme.accentSoft : filterButton.hovered ? Theme.surfaceRaised : "transparent"
                    border.width: filterButton.visualFocus ? Theme.focusRing : 0
                    border.color: Theme.accent
                }

                Rectangle {
                    anchors.top: parent.top
                    anchors.right: parent.right
                    anchors.margins: Theme.spacingXxs
                    visible: view.search.filterCount > 0
                    width: Theme.badgeSize
                    height: Theme.badgeSize
                    radius: width / 2
                    color: Theme.accent

                    Label {
                        anchors.centerIn: parent
                        text: view.search.filterCount
                        font.pixelSize: Theme.fontCaption
                        font.weight: Theme.weightBold
                        color: Theme.textOnAccent
                    }
                }
            }
        }

        ErrorBanner {
            Layout.fillWidth: true
            text: view.search.errorMessage
        }

        // Filters scroll on their own so results stay in view on a phone.
        Flickable {
            id: filterScroller

            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(filters.implicitHeight, view.height * Theme.filterPanelMaxFraction)
            visible: view.filtersOpen
            contentWidth: width
            contentHeight: filters.implicitHeight
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            ScrollBar.vertical: ScrollBar {
            }

            SearchFilters {
                id: filters

                width: filterScroller.width
                search: view.search
                emotions: view.emotions
            }
        }

        Label {
            Layout.leftMargin: Theme.spacingXs
            visible: view.search.active && view.search.count > 0
            text: view.search.count === 1 ? qsTr("1 entry") : qsTr("%1 entries").arg(view.search.count)
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightBold
            color: Theme.textSecondary
        }
    }

    ListView {
        id: results

        anchors.fill: parent
        anchors.topMargin: top.y + top.height + Theme.spacingS
        model: view.search
        spacing: Theme.spacingS
        bottomMargin: Theme.spacingXl
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollBar.vertical: ScrollBar {
        }

        delegate: Item {
            id: row

            required property string entryId
            required property string day
            required property int mood
            required property string snippet
            required property var tags

            width: ListView.view.width
            implicitHeight: card.implicitHeight

            SearchResultCard {
                id: card

                anchors.horizontalCenter: parent.horizontalCenter
                width: view.contentWidth
                entryId: row.entryId
                day: row.day
                mood: row.mood
                snippet: row.snippet
                tags: row.tags
                selected: row.entryId === view.selectedEntryId
                onClicked: view.openEntry(row.entryId)
            }
        }
    }

    EmptyState {
        anchors.horizontalCenter: parent.horizontalCenter
        y: results.y + Math.max(Theme.spacingXl, (results.height - implicitHeight) / 3)
        width: Math.min(parent.width - Theme.spacingXl * 2, Theme.formMaxWidth)
        visible: results.count === 0 && results.height > implicitHeight
        iconName: "journal"
        title: view.search.active ? qsTr("No entries match") : qsTr("Search your journal")
        body: view.search.active ? (view.search.filterCount > 0 ? qsTr("Try fewer words, or clear a filter.") : qsTr("Try fewer or shorter words: \"feed\" also finds \"feedback\".")) : qsTr("Find entries by words, tags, mood, feeling or date. Words match as you type.")
    }
}
