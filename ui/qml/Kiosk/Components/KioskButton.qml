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
    // A smaller button for dense staff screens (a row of the day's list): still a full touch target.
    property bool compact: false
    // Smaller words still, for the staff desk on a laptop's short screen (a compact button too):
    // the body text's size times `denseScale`.
    property bool dense: false
    property real denseScale: 0.7
    // The smallest the button may be each way: a finger's, unless a screen for a mouse says less.
    property int minTarget: compact || dense ? Theme.minTouch : Theme.touch
    // High contrast has one filled look, black on yellow, whatever colour the button has otherwise.
    readonly property color fillColour: Theme.highContrast ? Theme.accent : fill
    readonly property color inkColour: Theme.highContrast ? Theme.accentText : ink
    readonly property color labelColour: !enabled ? Theme.disabledText : outlined ? Theme.text : inkColour

    implicitHeight: dense ? Math.max(minTarget, contentItem.implicitHeight + 10)
                  : compact ? Math.max(minTarget, contentItem.implicitHeight + 16)
                  : Math.max(minTarget, contentItem.implicitHeight + 32)
    implicitWidth: dense ? Math.max(minTarget * 2, contentItem.implicitWidth + 24)
                 : compact ? Math.max(minTarget * 2, contentItem.implicitWidth + 32)
                 : Math.max(minTarget * 2, contentItem.implicitWidth + 56)
    font.family: Theme.fontFamily
    font.pixelSize: dense ? Math.round(Theme.bodySize * denseScale) : compact ? Theme.bodySize : Theme.labelSize
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
            spacing: control.dense ? 8 : 16
            Icon {
                id: icon
                visible: control.iconName !== ""
                name: control.iconName
                color: !control.enabled ? Theme.disabledText : control.outlined ? Theme.accent : control.inkColour
                size: Math.round((control.dense ? 24 : control.compact ? 32 : control.outlined ? 40 : 44) * Math.min(Theme.textScale, 1.3))
                anchors.verticalCenter: parent.verticalCenter
            }
            FitText {
                id: label
                readonly property real roomLeft: control.availableWidth - (icon.visible ? icon.width + row.spacing : 0)
                // No words (an arrow beside a date): the icon alone, centred; Accessible.name then says it.
                visible: control.text !== ""
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
