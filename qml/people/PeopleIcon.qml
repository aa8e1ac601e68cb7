import QtQuick
import Rebound.Ui

// JobsIcon plus the outline glyphs of the People page: e-mail, phone, link,
// message and snooze. Falls back to the job search's and the common names.
JobsIcon {
    readonly property var peoplePaths: ({
            "mail": "M3.5 6.5A1.5 1.5 0 0 1 5 5h14a1.5 1.5 0 0 1 1.5 1.5v11A1.5 1.5 0 0 1 19 19H5a1.5 1.5 0 0 1-1.5-1.5zM4 6.5l8 6l8-6",
            "phone": "M5 4.5h3.5l1.5 4l-2 1.5a11 11 0 0 0 6 6l1.5-2l4 1.5V19a1.5 1.5 0 0 1-1.5 1.5A15.5 15.5 0 0 1 3.5 6A1.5 1.5 0 0 1 5 4.5z",
            "link": "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
            "message": "M4 5.5A1.5 1.5 0 0 1 5.5 4h13A1.5 1.5 0 0 1 20 5.5v9a1.5 1.5 0 0 1-1.5 1.5H10l-4.5 4v-4h0A1.5 1.5 0 0 1 4 14.5z",
            "snooze": "M4 12a8 8 0 1 0 16 0a8 8 0 1 0 -16 0M12 8v4l2.5 2.5",
            "send": "M4 12l16-8l-6 16l-2.5-6.5zM11.5 13.5L20 4"
        })

    pathData: peoplePaths[name] ?? jobPaths[name] ?? extraPaths[name] ?? paths[name] ?? ""
}
