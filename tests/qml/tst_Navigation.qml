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
        compare(catalog.primaryKeys, ["today", "journal", "jobs", "people", "goals"]);
        compare(catalog.allKeys.length, 6);
        compare(catalog.allKeys[5], "settings");
    }

    function test_showKnownPages() {
        for (const key of catalog.allKeys) {
            verify(catalog.show(key), key);
            compare(catalog.currentPage, key);
            verify(catalog.title(key).length > 0, key);
            verify(catalog.iconName(key).length > 0, key);
        }
    }

    function test_rejectsUnknownKeys() {
        verify(catalog.show("journal"));
        verify(!catalog.show("nope"));
        verify(!catalog.show(""));
        compare(catalog.currentPage, "journal");
        compare(catalog.indexOf("nope"), -1);
    }
}
