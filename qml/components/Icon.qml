pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Shapes
import Rebound.Ui

// An outline icon drawn from 24×24 path data (no icon fonts available).
// Set `name` to one of the keys in `paths`, or `pathData` directly.
Item {
    id: root

    property string name
    property string pathData: paths[name] ?? ""
    property color color: Theme.textPrimary
    property real size: Theme.iconSize
    property real strokeWidth: Math.max(Theme.strokeWidthThin, Theme.strokeWidth * size / gridSize)

    readonly property real gridSize: 24
    readonly property var paths: ({
            "today": "M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0M12 2.5v2M12 19.5v2M4.6 4.6l1.4 1.4M18 18l1.4 1.4M2.5 12h2M19.5 12h2M4.6 19.4l1.4-1.4M18 6l1.4-1.4",
            "journal": "M5 4.5A1.5 1.5 0 0 1 6.5 3H19v15H6.5A1.5 1.5 0 0 0 5 19.5zM5 19.5A1.5 1.5 0 0 0 6.5 21H19v-3M9 7.5h6M9 11h4",
            "jobs": "M3 8.5A1.5 1.5 0 0 1 4.5 7h15A1.5 1.5 0 0 1 21 8.5v10a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5zM8.5 7V5.5A1.5 1.5 0 0 1 10 4h4a1.5 1.5 0 0 1 1.5 1.5V7M3 13h18M11 13v1.5h2V13",
            "people": "M5.5 8a3.5 3.5 0 1 0 7 0a3.5 3.5 0 1 0 -7 0M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6M15.5 4.7a3.5 3.5 0 0 1 0 6.6M17.5 14.3c2.3.7 4 2.8 4 5.7",
            "goals": "M5 21V3.5M5 4h12.5l-2.5 4.25l2.5 4.25H5",
            "insights": "M3.5 20.5h17M6 20.5v-5M10.5 20.5v-8M15 20.5v-6M19.5 20.5V9M4.5 11l5-4.5l4.5 3l5.5-5.5",
            "settings": "M18.94 9.74L21.36 10.35L21.36 13.65L18.94 14.26L18.5 15.31L19.78 17.45L17.45 19.78L15.31 18.5L14.26 18.94L13.65 21.36L10.35 21.36L9.74 18.94L8.69 18.5L6.55 19.78L4.22 17.45L5.5 15.31L5.06 14.26L2.64 13.65L2.64 10.35L5.06 9.74L5.5 8.69L4.22 6.55L6.55 4.22L8.69 5.5L9.74 5.06L10.35 2.64L13.65 2.64L14.26 5.06L15.31 5.5L17.45 4.22L19.78 6.55L18.5 8.69ZM9 12a3 3 0 1 0 6 0a3 3 0 1 0 -6 0",
            "lock": "M5 11.5A1.5 1.5 0 0 1 6.5 10h11a1.5 1.5 0 0 1 1.5 1.5v8a1.5 1.5 0 0 1-1.5 1.5h-11A1.5 1.5 0 0 1 5 19.5zM8 10V7a4 4 0 0 1 8 0v3M12 14.5v2.5",
            "eye": "M2 12c2.2-4.3 5.6-6.5 10-6.5s7.8 2.2 10 6.5c-2.2 4.3-5.6 6.5-10 6.5S4.2 16.3 2 12zM9 12a3 3 0 1 0 6 0a3 3 0 1 0 -6 0",
            "eye-off": "M4 4l16 16M9.9 5.8A10.6 10.6 0 0 1 12 5.5c4.4 0 7.8 2.2 10 6.5a13.9 13.9 0 0 1-2.9 3.8M16.6 17.2A10 10 0 0 1 12 18.5c-4.4 0-7.8-2.2-10-6.5a13.7 13.7 0 0 1 4.2-5M10 10a3 3 0 0 0 4.1 4.1",
            "plus": "M12 5v14M5 12h14",
            "archive": "M4 4.5h16v4H4zM5.5 8.5V19a1.5 1.5 0 0 0 1.5 1.5h10a1.5 1.5 0 0 0 1.5-1.5V8.5M12 11.5v6M9.5 15l2.5 2.5l2.5-2.5",
            "edit": "M4 20h4.5L19.3 9.2a2.1 2.1 0 0 0 0-3L17.8 4.7a2.1 2.1 0 0 0-3 0L4 15.5zM13.5 6l4.5 4.5",
            "trash": "M4 7h16M10 11v6M14 11v6M6 7l1 12.5A1.5 1.5 0 0 0 8.5 21h7a1.5 1.5 0 0 0 1.5-1.5L18 7M9 7V4.5A1.5 1.5 0 0 1 10.5 3h3A1.5 1.5 0 0 1 15 4.5V7",
            "check": "M5 12.5l4.5 4.5L19 7.5",
            "back": "M19 12H5M11 6l-6 6l6 6",
            "chevron-left": "M15 5l-7 7l7 7",
            "chevron-right": "M9 5l7 7l-7 7",
            "calendar": "M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2zM4 10h16M8 3v4M16 3v4",
            "close": "M6 6l12 12M18 6L6 18",
            "shield": "M12 3l7.5 3v5.5c0 4.8-3.2 8.3-7.5 9.5c-4.3-1.2-7.5-4.7-7.5-9.5V6zM9 12l2 2l4-4",
            "moon": "M20 14.5A8.5 8.5 0 1 1 9.5 4a7 7 0 0 0 10.5 10.5z",
            "keyboard": "M3 7.5A1.5 1.5 0 0 1 4.5 6h15A1.5 1.5 0 0 1 21 7.5v9a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 16.5zM6.5 10h1.5M10.5 10h1.5M14.5 10h1.5M8 14h8",
            "info": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M12 11v5.5M11.5 7.75a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0",
            "alert": "M10.3 4.2L2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0zM12 9.5v4.5M11.5 17.25a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0",
            "key": "M3.5 15.5a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0 -9 0M11 12.5L20 3.5M16.5 7l3 3M14.5 9l2 2",
            "bell": "M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15zM10 20.5a2 2 0 0 0 4 0",
            "clock": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M12 7v5l3.5 2",
            "sparkle": "M12 3l1.9 5.6L19.5 10.5l-5.6 1.9L12 18l-1.9-5.6L4.5 10.5l5.6-1.9zM19 16l.8 2.2L22 19l-2.2.8L19 22l-.8-2.2L16 19l2.2-.8z",
            "mood-1": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M7.5 8.5l2.5 1.2M16.5 8.5L14 9.7M8 17.5c1.8-2.6 6.2-2.6 8 0M8.5 11.5a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0M14.5 11.5a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0",
            "mood-2": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M8.5 16.5c1.6-1.3 5.4-1.3 7 0M8.5 10a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0M14.5 10a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0",
            "mood-3": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M8.5 15.5h7M8.5 10a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0M14.5 10a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0",
            "mood-4": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M8.5 14.5c1.6 1.7 5.4 1.7 7 0M8.5 10a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0M14.5 10a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0",
            "mood-5": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M7.5 13.5h9c0 2.6-2 4.5-4.5 4.5s-4.5-1.9-4.5-4.5zM7.5 10c.6-1.2 2.4-1.2 3 0M13.5 10c.6-1.2 2.4-1.2 3 0",
            "mood-0": "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M9 9.5a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.8M11.5 17a.5 .5 0 1 0 1 0a.5 .5 0 1 0 -1 0"
        })

    implicitWidth: size
    implicitHeight: size

    Accessible.ignored: true

    Shape {
        anchors.centerIn: parent
        width: root.size
        height: root.size
        visible: root.pathData.length > 0
        // Multisampling gives smooth curves on every backend.
        layer.enabled: true
        layer.samples: 4
        layer.smooth: true

        ShapePath {
            strokeColor: root.color
            strokeWidth: root.strokeWidth
            fillColor: "transparent"
            capStyle: ShapePath.RoundCap
            joinStyle: ShapePath.RoundJoin
            scale.width: root.size / root.gridSize
            scale.height: root.size / root.gridSize

            PathSvg {
                path: root.pathData
            }
        }
    }
}
