pragma Singleton
import QtQuick
import Kiosk.Core

// Sizes and colours for every screen. Text follows the traveller's text-size
// choice; colours follow the contrast choice. Meaning is never carried by colour
// alone: every state also has a word and an icon.
QtObject {
    readonly property real textScale: [1.0, 1.3, 1.65][Session.textSize - 1]
    readonly property bool highContrast: Session.highContrast

    // 15 mm on the 21.5" 1920x1080 reference display (102.5 px per inch) is 61 px;
    // we round up and leave margin for fingers that land off-centre.
    readonly property int minTouch: 64
    // A laptop's mouse (`kiosk staff`, a short landscape window) needs no finger-sized target:
    // WCAG 2.5.5's 44 px. Only the staff desk's dense screens use it.
    readonly property int minPointer: 44
    readonly property int touch: 104
    readonly property int spacing: 24
    readonly property int radius: 18
    readonly property int borderWidth: highContrast ? 4 : 2

    readonly property int bodySize: Math.round(30 * textScale)
    readonly property int labelSize: Math.round(32 * textScale)
    readonly property int titleSize: Math.round(48 * textScale)
    readonly property int heroSize: Math.round(64 * textScale)

    readonly property color background: highContrast ? "#000000" : "#f4f6f8"
    readonly property color surface: highContrast ? "#000000" : "#ffffff"
    readonly property color text: highContrast ? "#ffffff" : "#1a1f24"
    readonly property color mutedText: highContrast ? "#ffffff" : "#4a5560"
    readonly property color bar: highContrast ? "#000000" : "#0b3d6b"
    readonly property color barText: highContrast ? "#ffff00" : "#ffffff"
    readonly property color accent: highContrast ? "#ffff00" : "#0b6bcb"
    readonly property color accentText: highContrast ? "#000000" : "#ffffff"
    readonly property color border: highContrast ? "#ffff00" : "#c5ced8"
    readonly property color warning: highContrast ? "#ffff00" : "#b35900"
    readonly property color danger: highContrast ? "#ffff00" : "#b00020"
    // A disabled control is flat grey with grey words in both themes, so it never
    // looks like the coloured (or, in high contrast, yellow) controls that work.
    readonly property color disabledFill: highContrast ? "#333333" : "#e3e6ea"
    readonly property color disabledText: highContrast ? "#b8b8b8" : "#5a6470"
    readonly property color disabledBorder: highContrast ? "#b8b8b8" : "#a9b3be"
    // A page that holds more than fits shows this wide a scroll bar, always.
    readonly property int scrollBarWidth: 18

    // One colour per feature, so tiles are told apart by colour *and* icon and title.
    readonly property color rights: highContrast ? "#000000" : "#1f6f43"
    readonly property color agency: highContrast ? "#000000" : "#8a3b12"
    readonly property color booking: highContrast ? "#000000" : "#0b5cad"
    readonly property color help: highContrast ? "#000000" : "#5b3c88"

    readonly property string fontFamily: "Noto Sans"
}
