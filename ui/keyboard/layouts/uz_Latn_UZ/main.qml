import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Uzbek, Latin script: QWERTY with the Uzbek letters where the Uzbek Latin
// computer layout has them: oʻ and gʻ right of P, the tutuq belgisi ʼ right of L.
//
// "oʻ" and "gʻ" are two code points each, the letter and U+02BB MODIFIER LETTER
// TURNED COMMA; ʼ is U+02BC MODIFIER LETTER APOSTROPHE. Shift gives "Oʻ" and
// "Gʻ". Sh, ch and ng are typed as two letters, as they are written.
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
        Key { text: "oʻ" }
        Key { text: "gʻ" }
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
        Key { text: "ʼ" }
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
