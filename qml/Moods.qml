pragma Singleton
import QtQuick

// Names and glyphs for the five moods (1 = awful … 5 = great, 0 = not given).
QtObject {
    readonly property int count: 5

    function isValid(mood: int): bool {
        return mood >= 1 && mood <= count;
    }

    function label(mood: int): string {
        switch (mood) {
        case 1:
            return qsTr("Awful");
        case 2:
            return qsTr("Low");
        case 3:
            return qsTr("Okay");
        case 4:
            return qsTr("Good");
        case 5:
            return qsTr("Great");
        default:
            return qsTr("No mood");
        }
    }

    function iconName(mood: int): string {
        return "mood-" + (isValid(mood) ? mood : 0);
    }

    function accessibleName(mood: int): string {
        return isValid(mood) ? qsTr("Mood %1 of %2: %3").arg(mood).arg(count).arg(label(mood)) : qsTr("No mood recorded");
    }
}
