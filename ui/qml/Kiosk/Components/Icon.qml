import QtQuick

// A white line icon from icons/. High contrast keeps white-on-black.
Image {
    property string name
    property int size: 48
    source: name ? Qt.resolvedUrl("icons/" + name + ".svg") : ""
    sourceSize.width: size
    sourceSize.height: size
    width: size
    height: size
    fillMode: Image.PreserveAspectFit
    smooth: true
}
