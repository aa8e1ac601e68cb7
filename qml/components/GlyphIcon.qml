import QtQuick
import Rebound.Ui

// Icon plus a few extra outline glyphs the journal tools need (search, tag,
// list, filter, heart, refresh). Falls back to Icon's own names.
Icon {
    readonly property var extraPaths: ({
            "search": "M4 10.5a6.5 6.5 0 1 0 13 0a6.5 6.5 0 1 0 -13 0M15.3 15.3L20 20",
            "tag": "M3.5 12.1V4.5a1 1 0 0 1 1-1h7.6l8.4 8.4a1.5 1.5 0 0 1 0 2.1l-6 6a1.5 1.5 0 0 1-2.1 0zM7.5 8a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0",
            "list": "M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01",
            "filter": "M4 5h16l-6 7.5V19l-4 1.5v-8z",
            "heart": "M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.2A4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10z",
            "refresh": "M19.5 11a7.5 7.5 0 0 0-13.6-4.4M4.5 3.5v3.5H8M4.5 13a7.5 7.5 0 0 0 13.6 4.4M19.5 20.5V17H16",
            "link": "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"
        })

    pathData: extraPaths[name] ?? paths[name] ?? ""
}
