import QtQuick

// An icon on a coloured square (or disc): white on the colour, and in high
// contrast yellow on black with a yellow frame.
Rectangle {
    id: disc
    property string name
    property color fill: Theme.accent
    property int size: 52
    property bool round: false
    implicitWidth: size
    implicitHeight: size
    radius: round ? width / 2 : 8
    color: Theme.highContrast ? "#000000" : fill
    border.width: Theme.highContrast ? 3 : 0
    border.color: Theme.accent
    Icon {
        anchors.centerIn: parent
        name: disc.name
        size: Math.round(disc.size * 0.72)
        color: Theme.highContrast ? Theme.accent : "#ffffff"
    }
}
