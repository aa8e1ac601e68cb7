import QtQuick
import QtQuick.Controls
import Rebound.Ui

// A small heading over a group of cards.
Label {
    wrapMode: Text.Wrap
    font.pixelSize: Theme.fontBodyLarge
    font.weight: Theme.weightBold
    color: Theme.textPrimary
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
