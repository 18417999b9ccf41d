import QtQuick

// A line icon from icons/, drawn in `color` (ui/icons.py recolours it), so it
// always has the contrast of the text beside it.
Image {
    property string name
    property int size: 48
    property color color: Theme.text
    // "#" would start a URL fragment: the colour travels as bare hex.
    source: name ? "image://icon/" + name + "/" + color.toString().substring(1) : ""
    sourceSize.width: size
    sourceSize.height: size
    width: size
    height: size
    fillMode: Image.PreserveAspectFit
    smooth: true
}
