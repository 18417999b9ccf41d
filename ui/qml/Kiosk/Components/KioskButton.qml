import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A large labelled button. Colour never stands alone: there is always text.
Button {
    id: control
    property string iconName: ""
    property color fill: Theme.accent
    property color ink: Theme.accentText
    property bool outlined: false

    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 32)
    implicitWidth: Math.max(Theme.touch * 2, contentItem.implicitWidth + 56)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.labelSize
    font.bold: true
    Accessible.name: text

    contentItem: RowLayout {
        spacing: 16
        Item { Layout.fillWidth: true }
        // Icons are white lines: on an outlined (white) button they sit on an accent disc.
        Rectangle {
            visible: control.iconName !== ""
            color: control.outlined && !Theme.highContrast ? Theme.accent : "transparent"
            radius: width / 2
            opacity: control.enabled ? 1 : 0.4
            implicitWidth: buttonIcon.size + (control.outlined ? 16 : 0)
            implicitHeight: implicitWidth
            Icon {
                id: buttonIcon
                anchors.centerIn: parent
                name: control.iconName
                size: Math.round((control.outlined ? 36 : 44) * Theme.textScale)
            }
        }
        Text {
            text: control.text
            font: control.font
            color: control.outlined ? Theme.text : control.ink
            opacity: control.enabled ? 1 : 0.75
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Layout.maximumWidth: control.availableWidth - (control.iconName ? 60 : 0)
        }
        Item { Layout.fillWidth: true }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.outlined ? Theme.surface : (control.enabled ? control.fill : Theme.mutedText)
        border.width: control.outlined || Theme.highContrast ? Theme.borderWidth : 0
        border.color: Theme.highContrast ? Theme.accent : Theme.border
        opacity: control.down ? 0.8 : 1
    }
}
