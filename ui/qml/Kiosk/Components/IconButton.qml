import QtQuick
import QtQuick.Controls.Basic

// A square top-bar button: icon above a short word, so it never relies on the icon alone.
Button {
    id: control
    property string iconName
    property bool checkedLook: false
    implicitWidth: Math.max(Theme.touch + 16, label.implicitWidth + 24)
    implicitHeight: Theme.touch + 16
    Accessible.name: text

    contentItem: Column {
        spacing: 4
        Icon { name: control.iconName; color: Theme.barText; size: 44; anchors.horizontalCenter: parent.horizontalCenter }
        Text {
            id: label
            text: control.text
            color: Theme.barText
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(20 * Math.min(Theme.textScale, 1.3))
            font.bold: true
            anchors.horizontalCenter: parent.horizontalCenter
        }
    }
    background: Rectangle {
        radius: 12
        color: control.down || control.checkedLook ? Qt.lighter(Theme.bar, 1.6) : "transparent"
        border.width: Theme.highContrast || control.checkedLook ? 3 : 0
        border.color: Theme.barText
    }
}
