import QtQml

// The app's top-level pages (keys, titles, icons, in navigation order) and
// which one is showing. No UI, so navigation can be tested without a vault.
QtObject {
    id: catalog

    // Shown in the bottom bar / sidebar; "settings" is reached separately.
    readonly property var primaryKeys: ["today", "journal", "jobs", "people", "goals", "insights"]
    readonly property var allKeys: primaryKeys.concat(["settings"])
    readonly property string defaultKey: "today"
    property string currentPage: defaultKey

    // Switches to a page; false (and no change) for unknown keys.
    function show(key: string): bool {
        if (!isValid(key))
            return false;
        currentPage = key;
        return true;
    }

    function isValid(key: string): bool {
        return allKeys.indexOf(key) >= 0;
    }

    function indexOf(key: string): int {
        return allKeys.indexOf(key);
    }

    function title(key: string): string {
        switch (key) {
        case "today":
            return qsTr("Today");
        case "journal":
            return qsTr("Journal");
        case "jobs":
            return qsTr("Job search");
        case "people":
            return qsTr("People");
        case "goals":
            return qsTr("Goals");
        case "insights":
            return qsTr("Insights");
        case "settings":
            return qsTr("Settings");
        default:
            return "";
        }
    }

    // A shorter title where six pages share a phone's bottom bar.
    // For the phone's bottom bar: six labels share 390 px.
    function shortTitle(key: string): string {
        if (key === "jobs")
            return qsTr("Jobs");
        //: The Insights page in the phone's bottom bar: at most about 10 characters.
        if (key === "insights")
            return qsTr("Insights", "bottom bar");
        return title(key);
    }

    function iconName(key: string): string {
        return isValid(key) ? key : "";
    }
}
