pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// One column of the pipeline board: the stage's name and count, then its
// applications as cards (scrolling on their own).
Rectangle {
    id: column

    required property string stage
    required property string title
    property var items: []  // ApplicationListModel.inColumn() rows
    property var stages: [] // for the cards' move menus
    property string selectedId

    signal openApplication(string id)
    signal moveRequested(string id, string stage)

    implicitWidth: Theme.boardColumnWidth
    radius: Theme.radiusL
    color: Theme.surfaceRaised

    Accessible.role: Accessible.List
    Accessible.name: qsTr("%1, %2").arg(title).arg(items.length === 1 ? qsTr("1 application") : qsTr("%1 applications").arg(items.length))

    RowLayout {
        id: header

        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingM
        spacing: Theme.spacingS

        Rectangle {
            implicitWidth: Theme.stageDotSize
            implicitHeight: Theme.stageDotSize
            radius: width / 2
            color: column.stage === "closed" ? Theme.outlineStrong : Theme.stageColor(column.stage)
        }

        Label {
            Layout.fillWidth: true
            text: column.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            font.weight: Theme.weightBold
            font.letterSpacing: Theme.letterSpacingCaps
            font.capitalization: Font.AllUppercase
            color: Theme.textSecondary
            Accessible.role: Accessible.Heading
            Accessible.name: column.title
        }

        Rectangle {
            implicitWidth: Math.max(Theme.badgeSize + Theme.spacingXs, countLabel.implicitWidth + Theme.spacingS * 2)
            implicitHeight: Theme.badgeSize + Theme.spacingXs
            radius: height / 2
            color: Theme.surface
            border.width: Theme.hairline
            border.color: Theme.outline

            Label {
                id: countLabel

                anchors.centerIn: parent
                text: column.items.length
                font.pixelSize: Theme.fontCaption
                font.weight: Theme.weightBold
                color: Theme.textPrimary
                Accessible.ignored: true
            }
        }
    }

    ListView {
        id: cards

        objectName: "cards"
        anchors.fill: parent
        anchors.topMargin: header.y + header.height + Theme.spacingM
        anchors.leftMargin: Theme.spacingS
        anchors.rightMargin: Theme.spacingS
        model: column.items
        spacing: Theme.spacingS
        bottomMargin: Theme.spacingS
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ScrollBar.vertical: ScrollBar {
        }

        delegate: ApplicationCard {
            required property var modelData

            width: ListView.view.width
            applicationId: modelData.applicationId
            company: modelData.company
            role: modelData.role
            stage: modelData.stage
            stageLabel: modelData.stageLabel
            daysInStage: modelData.daysInStage
            workModeLabel: modelData.workModeLabel
            location: modelData.location
            nextInterview: modelData.nextInterview
            showStage: column.stage === "closed"
            selected: modelData.applicationId === column.selectedId
            stages: column.stages
            onClicked: column.openApplication(applicationId)
            onMoveRequested: stage => column.moveRequested(applicationId, stage)
        }
    }

    Label {
        anchors.horizontalCenter: parent.horizontalCenter
        y: cards.y + Theme.spacingL
        width: parent.width - Theme.spacingL * 2
        visible: column.items.length === 0
        text: qsTr("Nothing here")
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        font.italic: true
        color: Theme.textSecondary
    }
}
