import QtQml
import Rebound.Ui

// Holds the journal's section-header delegate. It lives in a file without
// `pragma ComponentBehavior: Bound` because Qt 6.4 ListView cannot create
// bound section delegates.
QtObject {
    readonly property Component delegate: DaySectionHeader {}
}
