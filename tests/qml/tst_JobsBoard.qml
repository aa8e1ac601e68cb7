import QtQuick
import QtTest
import Rebound.Ui

// The pipeline board's pieces: a column lists its cards and counts them, a
// card opens its application and offers "Move to…" every other stage, and
// the move dialog hands over the stage, day and note.
TestCase {
    id: testCase

    name: "JobsBoard"
    when: windowShown
    width: 800
    height: 700

    readonly property var stages: [{
            "key": "saved",
            "label": "Saved",
            "closed": false
        }, {
            "key": "applied",
            "label": "Applied",
            "closed": false
        }, {
            "key": "screening",
            "label": "Screening",
            "closed": false
        }, {
            "key": "rejected",
            "label": "Rejected",
            "closed": true
        }]

    function row(id, company, days, next) {
        return {
            "applicationId": id,
            "company": company,
            "role": "Data Analyst",
            "stage": "applied",
            "stageLabel": "Applied",
            "daysInStage": days,
            "workModeLabel": "Remote",
            "location": "Berlin",
            "nextInterview": next ?? ""
        };
    }

    Component {
        id: columnComponent

        BoardColumn {
            width: Theme.boardColumnWidth
            height: 600
            stage: "applied"
            title: "Applied"
            stages: testCase.stages
        }
    }

    Component {
        id: cardComponent

        ApplicationCard {
            width: 300
            applicationId: "a1"
            company: "Fabrikam"
            role: "Data Lead"
            stage: "screening"
            stageLabel: "Screening"
            daysInStage: 1
            workModeLabel: "Hybrid"
            location: "Köln"
            nextInterview: "Technical · Tomorrow, 15:00"
            stages: testCase.stages
        }
    }

    Component {
        id: menuComponent

        StageMenu {
            stages: testCase.stages
            currentStage: "applied"
        }
    }

    Component {
        id: moveComponent

        MoveStageDialog {
            stages: testCase.stages
        }
    }

    SignalSpy {
        id: opened

        signalName: "openApplication"
    }

    SignalSpy {
        id: moved

        signalName: "moveRequested"
    }

    function test_columnListsAndCountsCards() {
        const column = createTemporaryObject(columnComponent, testCase, {
                "items": [row("a1", "Contoso", 3), row("a2", "Litware", 0, "Phone screen · Today, 09:00")]
            });
        opened.target = column;
        opened.clear();
        const cards = findChild(column, "cards");
        verify(cards, "the column has a list of cards");
        compare(cards.count, 2);
        tryVerify(() => cards.itemAtIndex(1) !== null);
        const second = cards.itemAtIndex(1);
        compare(second.company, "Litware");
        compare(second.daysText, "Since today");
        second.clicked();
        compare(opened.count, 1);
        compare(opened.signalArguments[0][0], "a2");
        verify(column.Accessible.name.indexOf("2 applications") >= 0);
    }

    function test_emptyColumnSaysSo() {
        const column = createTemporaryObject(columnComponent, testCase, {
                "items": []
            });
        verify(column.Accessible.name.indexOf("0 applications") >= 0);
    }

    function test_cardDescribesItself() {
        const card = createTemporaryObject(cardComponent, testCase);
        compare(card.daysText, "1 day");
        compare(card.placeText, "Hybrid · Köln");
        verify(card.Accessible.name.indexOf("Fabrikam") === 0);
        verify(card.Accessible.name.indexOf("next interview Technical · Tomorrow, 15:00") > 0);
        moved.target = card;
        moved.clear();
        card.moveRequested("offer");
        compare(moved.count, 1);
        compare(moved.signalArguments[0][0], "offer");
    }

    function test_cardMovesReachTheColumn() {
        const column = createTemporaryObject(columnComponent, testCase, {
                "items": [row("a1", "Contoso", 3)]
            });
        moved.target = column;
        moved.clear();
        const cards = findChild(column, "cards");
        tryVerify(() => cards.itemAtIndex(0) !== null);
        cards.itemAtIndex(0).moveRequested("screening");
        compare(moved.count, 1);
        compare(moved.signalArguments[0][0], "a1");
        compare(moved.signalArguments[0][1], "screening");
    }

    function test_moveMenuOffersOtherStages() {
        const menu = createTemporaryObject(menuComponent, testCase);
        const picked = createTemporaryObject(spyComponent, testCase, {
                "target": menu,
                "signalName": "stagePicked"
            });
        menu.open();
        tryVerify(() => menu.opened);
        compare(menu.count, testCase.stages.length - 1, "every stage but the current one");
        for (let i = 0; i < menu.count; ++i)
            verify(menu.itemAt(i).text !== "Applied");
        menu.itemAt(0).triggered();
        compare(picked.count, 1);
        compare(picked.signalArguments[0][0], "saved");
        menu.close();
    }

    Component {
        id: spyComponent

        SignalSpy {
        }
    }

    function test_moveDialogHandsOverStageDayAndNote() {
        const dialog = createTemporaryObject(moveComponent, testCase);
        const spy = createTemporaryObject(spyComponent, testCase, {
                "target": dialog,
                "signalName": "submitted"
            });
        dialog.openFor("applied");
        tryVerify(() => dialog.opened);
        dialog.submit();
        compare(spy.count, 0, "no stage picked, nothing to move");
        dialog.stage = "rejected";
        dialog.submit();
        compare(spy.count, 1);
        compare(spy.signalArguments[0][0], "rejected");
        compare(spy.signalArguments[0][1], Dates.dayKey(Dates.today()));
        compare(spy.signalArguments[0][2], "");
        dialog.close();
    }
}
