import QtQml
import Rebound.Ui

// Holds the application list's section-header and header delegates. It lives
// in a file without `pragma ComponentBehavior: Bound` because Qt 6.4 ListView
// cannot create bound section (or header) delegates.
QtObject {
    readonly property Component delegate: StageSectionHeader {}
    readonly property Component header: ResumeListHeader {}
}
