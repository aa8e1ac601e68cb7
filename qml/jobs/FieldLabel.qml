import QtQuick
import QtQuick.Layouts
import QtQuick.Controls
import Rebound.Ui

// A small label above a form field.
Label {
    Layout.topMargin: Theme.spacingXs
    font.pixelSize: Theme.fontSmall
    font.weight: Theme.weightMedium
    color: Theme.textSecondary
    wrapMode: Text.Wrap
}
