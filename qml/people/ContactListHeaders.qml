import QtQml
import Rebound.Ui

// Holds the People list's header delegate. It lives in a file without
// `pragma ComponentBehavior: Bound` because Qt 6.4 ListView cannot create
// bound header delegates.
QtObject {
    readonly property Component header: ReachOutHeader {}
}
