import QtQuick
import Rebound.Ui

// GlyphIcon plus the outline glyphs the job search needs (board, more, move,
// open outside, person, feedback, reminder, export, place, money). Falls back
// to GlyphIcon's and Icon's own names.
GlyphIcon {
    readonly property var jobPaths: ({
            "board": "M4 5.5A1.5 1.5 0 0 1 5.5 4h2A1.5 1.5 0 0 1 9 5.5v13A1.5 1.5 0 0 1 7.5 20h-2A1.5 1.5 0 0 1 4 18.5zM10.5 5.5A1.5 1.5 0 0 1 12 4h0A1.5 1.5 0 0 1 13.5 5.5v8A1.5 1.5 0 0 1 12 15h0a1.5 1.5 0 0 1-1.5-1.5zM15 5.5A1.5 1.5 0 0 1 16.5 4h2A1.5 1.5 0 0 1 20 5.5v10a1.5 1.5 0 0 1-1.5 1.5h-2a1.5 1.5 0 0 1-1.5-1.5z",
            "more": "M12 5.5h.01M12 12h.01M12 18.5h.01",
            "move": "M5 12h14M13 6l6 6l-6 6",
            "external": "M14 4h6v6M20 4l-9 9M18 14v4.5a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 4 18.5v-11A1.5 1.5 0 0 1 5.5 6H10",
            "person": "M8 7.5a4 4 0 1 0 8 0a4 4 0 1 0 -8 0M4.5 20.5c0-3.9 3.4-6.5 7.5-6.5s7.5 2.6 7.5 6.5",
            "feedback": "M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4.5 4v-4h0A1.5 1.5 0 0 1 4 14.5zM8 8.5h8M8 12h5",
            "bell": "M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15zM10 20.5a2 2 0 0 0 4 0",
            "export": "M12 15V4M7.5 8.5L12 4l4.5 4.5M5 14v4.5A1.5 1.5 0 0 0 6.5 20h11a1.5 1.5 0 0 0 1.5-1.5V14",
            "place": "M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11zM10 10a2 2 0 1 0 4 0a2 2 0 1 0 -4 0",
            "money": "M3 7.5A1.5 1.5 0 0 1 4.5 6h15A1.5 1.5 0 0 1 21 7.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 16.5zM9.5 12a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0 -5 0M6.5 9h.01M17.5 15h.01",
            "source": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M15.5 8.5l-2 5l-5 2l2-5z"
        })

    pathData: jobPaths[name] ?? extraPaths[name] ?? paths[name] ?? ""
}
