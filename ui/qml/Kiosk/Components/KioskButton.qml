import QtQuick
import QtQuick.Controls.Basic

// A large labelled button. Colour never stands alone: there is always text.
// Three looks: filled (the main action), outlined (the other actions) and
// disabled: flat grey with grey words, never the colour of a button that works.
Button {
    id: control
    property string iconName: ""
    property color fill: Theme.accent
    property color ink: Theme.accentText
    property bool outlined: false
    // High contrast has one filled look, black on yellow, whatever colour the button has otherwise.
    readonly property color fillColour: Theme.highContrast ? Theme.accent : fill
    readonly property color inkColour: Theme.highContrast ? Theme.accentText : ink
    readonly property color labelColour: !enabled ? Theme.disabledText : outlined ? Theme.text : inkColour

    implicitHeight: Math.max(Theme.touch, contentItem.implicitHeight + 32)
    implicitWidth: Math.max(Theme.touch * 2, contentItem.implicitWidth + 56)
    font.family: Theme.fontFamily
    font.pixelSize: Theme.labelSize
    font.bold: true
    Accessible.name: text

    // A Row with an explicitly sized label, not a layout: the label's wrapped
    // height then reaches the button's height in the same pass, at any text size.
    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 16
            Icon {
                id: icon
                visible: control.iconName !== ""
                name: control.iconName
                color: !control.enabled ? Theme.disabledText : control.outlined ? Theme.accent : control.inkColour
                size: Math.round((control.outlined ? 40 : 44) * Math.min(Theme.textScale, 1.3))
                anchors.verticalCenter: parent.verticalCenter
            }
            FitText {
                id: label
                readonly property real roomLeft: control.availableWidth - (icon.visible ? icon.width + row.spacing : 0)
                text: control.text
                fullSize: control.font.pixelSize
                bold: control.font.bold
                room: roomLeft
                color: control.labelColour
                horizontalAlignment: Text.AlignHCenter
                width: Math.min(implicitWidth, roomLeft)
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: !control.enabled ? Theme.disabledFill : control.outlined ? Theme.surface : control.fillColour
        border.width: !control.enabled ? 2 : control.outlined || Theme.highContrast ? Theme.borderWidth : 0
        border.color: !control.enabled ? Theme.disabledBorder : Theme.highContrast ? Theme.accent : Theme.border
        opacity: control.down ? 0.8 : 1
    }
}
