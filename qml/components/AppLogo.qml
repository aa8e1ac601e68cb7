import QtQuick
import Rebound.Ui

// The Rebound mark, from the embedded SVG.
Image {
    id: logo

    property int size: Theme.logoSize

    width: size
    height: size
    source: "qrc:/assets/rebound.svg"
    sourceSize.width: size * 2
    sourceSize.height: size * 2
    fillMode: Image.PreserveAspectFit
    smooth: true
    mipmap: true

    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Rebound logo")
}
