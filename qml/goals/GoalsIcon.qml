import QtQuick
import Rebound.Ui

// JobsIcon plus the glyphs goals and checklists need (arrows to reorder, a
// star for the north star, a copy sign, a branch for alternative paths).
JobsIcon {
    readonly property var goalPaths: ({
            "arrow-up": "M12 19V5M6 11l6-6l6 6",
            "arrow-down": "M12 5v14M6 13l6 6l6-6",
            "star": "M12 3.5l2.6 5.3l5.9.9l-4.25 4.1l1 5.8L12 16.9l-5.25 2.7l1-5.8L3.5 9.7l5.9-.9z",
            "copy": "M8 8.5A1.5 1.5 0 0 1 9.5 7h9A1.5 1.5 0 0 1 20 8.5v10a1.5 1.5 0 0 1-1.5 1.5h-9A1.5 1.5 0 0 1 8 18.5zM16 7V5.5A1.5 1.5 0 0 0 14.5 4h-9A1.5 1.5 0 0 0 4 5.5v10A1.5 1.5 0 0 0 5.5 17H8",
            "branch": "M6 4v10M6 14a4 4 0 0 0 4 4h4M15 15l3 3l-3 3M6 9a8 8 0 0 0 8 4h1M13 10l3 3l-3 3",
            "checklist": "M10 6h10M10 12h10M10 18h10M3.5 6l1.5 1.5L7.5 5M3.5 12l1.5 1.5l2.5-2.5M3.5 18l1.5 1.5l2.5-2.5",
            "chevron-down": "M5 9l7 7l7-7",
            "chevron-up": "M5 15l7-7l7 7"
        })

    pathData: goalPaths[name] ?? jobPaths[name] ?? extraPaths[name] ?? paths[name] ?? ""
}
