import QtQuick
import QtTest
import Rebound.Ui

TestCase {
    name: "Navigation"

    PageCatalog {
        id: catalog
    }

    function init() {
        catalog.currentPage = catalog.defaultKey;
    }

    function test_keys() {
        compare(catalog.primaryKeys, ["today", "journal", "jobs", "people", "goals", "insights"]);
        compare(catalog.allKeys.length, 7);
        compare(catalog.allKeys[6], "settings");
    }

    function test_showKnownPages() {
        for (const key of catalog.allKeys) {
            verify(catalog.show(key), key);
            compare(catalog.currentPage, key);
            verify(catalog.title(key).length > 0, key);
            verify(catalog.iconName(key).length > 0, key);
        }
    }

    function test_shortTitles() {
        compare(catalog.shortTitle("jobs"), "Jobs");
        compare(catalog.title("jobs"), "Job search");
        compare(catalog.shortTitle("insights"), catalog.title("insights"));
        compare(catalog.iconName("insights"), "insights");
    }

    function test_rejectsUnknownKeys() {
        verify(catalog.show("journal"));
        verify(!catalog.show("nope"));
        verify(!catalog.show(""));
        compare(catalog.currentPage, "journal");
        compare(catalog.indexOf("nope"), -1);
    }
}
