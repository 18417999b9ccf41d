import QtQuick
import QtQuick.Controls.Basic

// A square top-bar button: icon above a short word, so it never relies on the icon alone.
// `compact` (a laptop's short screen): the icon beside the word, in a bar half as tall.
Button {
    id: control
    property string iconName
    property bool checkedLook: false
    property bool compact: false
    implicitWidth: compact ? Math.max(Theme.minTouch, content.implicitWidth + 24)
                           : Math.max(Theme.touch + 16, label.implicitWidth + 24)
    implicitHeight: compact ? Theme.minTouch : Theme.touch + 16
    Accessible.name: text

    contentItem: Item {
        implicitWidth: content.implicitWidth
        implicitHeight: content.implicitHeight
        Grid {
            id: content
            // At the top of the button, as it always was; compact, in the middle of the short bar.
            anchors.horizontalCenter: parent.horizontalCenter
            y: control.compact ? Math.round((parent.height - height) / 2) : 0
            columns: control.compact ? 2 : 1
            spacing: control.compact ? 8 : 4
            horizontalItemAlignment: Grid.AlignHCenter
            verticalItemAlignment: Grid.AlignVCenter
            Icon { name: control.iconName; color: Theme.barText; size: control.compact ? 32 : 44 }
            Text {
                id: label
                text: control.text
                color: Theme.barText
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(20 * Math.min(Theme.textScale, 1.3))
                font.bold: true
            }
        }
    }
    background: Rectangle {
        radius: 12
        color: control.down || control.checkedLook ? Qt.lighter(Theme.bar, 1.6) : "transparent"
        border.width: Theme.highContrast || control.checkedLook ? 3 : 0
        border.color: Theme.barText
    }
}
