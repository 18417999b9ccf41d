import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// English: plain QWERTY. Carried by the kiosk because its layout path replaces
// Qt's built-in layouts.
KeyboardLayout {
    sharedLayouts: ["symbols"]
    keyWeight: 160

    KeyboardRow {
        Key { text: "q" }
        Key { text: "w" }
        Key { text: "e" }
        Key { text: "r" }
        Key { text: "t" }
        Key { text: "y" }
        Key { text: "u" }
        Key { text: "i" }
        Key { text: "o" }
        Key { text: "p" }
    }
    KeyboardRow {
        Key { text: "a" }
        Key { text: "s" }
        Key { text: "d" }
        Key { text: "f" }
        Key { text: "g" }
        Key { text: "h" }
        Key { text: "j" }
        Key { text: "k" }
        Key { text: "l" }
    }
    KeyboardRow {
        ShiftKey { weight: 240 }
        Key { text: "z" }
        Key { text: "x" }
        Key { text: "c" }
        Key { text: "v" }
        Key { text: "b" }
        Key { text: "n" }
        Key { text: "m" }
        BackspaceKey { weight: 240 }
    }
    BottomRow {
    }
}
