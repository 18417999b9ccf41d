import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "KioskLocales.js" as KioskLocales

// The bottom row every kiosk layout shares.
//
// There is no language key: the keyboard follows the kiosk's own language
// picker. The space bar names the language in the kiosk's spelling instead of
// Qt's, which reads "o‘zbek" for both Uzbek scripts.
KeyboardRow {
    id: row

    // What the mode key says: "&123" on a letters page; on the symbols page,
    // the first letters of the alphabet it leads back to.
    property string modeKeyText: "&123"

    SymbolModeKey {
        weight: 240
        displayText: row.modeKeyText
    }
    Key {
        text: ","
        highlighted: true
    }
    SpaceKey {
        objectName: "spaceKey"
        weight: 800
        displayText: KioskLocales.languageName(keyboard.locale)
        // The plain key panel draws displayText; Qt's space panel would draw
        // its own locale name. noModifier keeps the name out of capitals.
        keyPanelDelegate: keyboard.style ? keyboard.style.keyPanel : undefined
        noModifier: true
    }
    Key {
        text: "."
        highlighted: true
    }
    HideKeyboardKey {
    }
    EnterKey {
        weight: 240
    }
}
