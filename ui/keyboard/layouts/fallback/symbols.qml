import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "KioskLocales.js" as KioskLocales

// Digits and the punctuation that names, addresses and e-mail need, on one
// page: a second page would be one more thing to find. Shared by every
// language through the "symbols.fallback" marker in each layout folder.
KeyboardLayout {
    keyWeight: 160

    KeyboardRow {
        Key { text: "1" }
        Key { text: "2" }
        Key { text: "3" }
        Key { text: "4" }
        Key { text: "5" }
        Key { text: "6" }
        Key { text: "7" }
        Key { text: "8" }
        Key { text: "9" }
        Key { text: "0" }
    }
    KeyboardRow {
        Key { text: "-" }
        Key { text: "/" }
        Key { text: ":" }
        Key { text: ";" }
        Key { text: "(" }
        Key { text: ")" }
        Key { text: "\"" }
        Key { text: "'" }
        Key { text: "@" }
        Key { text: "№" }
    }
    KeyboardRow {
        Key { text: "?" }
        Key { text: "!" }
        Key { text: "_" }
        Key { text: "+" }
        Key { text: "=" }
        Key { text: "&" }
        Key { text: "#" }
        Key { text: "%" }
        Key { text: "*" }
        BackspaceKey { weight: 240 }
    }
    BottomRow {
        modeKeyText: KioskLocales.lettersLabel(keyboard.locale)
    }
}
