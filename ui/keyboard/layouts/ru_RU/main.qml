import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Russian: ЙЦУКЕН, with ё at the end of the bottom letter row rather than
// hidden behind е. Carried by the kiosk because its layout path replaces
// Qt's built-in layouts.
KeyboardLayout {
    sharedLayouts: ["symbols"]
    keyWeight: 160

    KeyboardRow {
        Key { text: "й" }
        Key { text: "ц" }
        Key { text: "у" }
        Key { text: "к" }
        Key { text: "е" }
        Key { text: "н" }
        Key { text: "г" }
        Key { text: "ш" }
        Key { text: "щ" }
        Key { text: "з" }
        Key { text: "х" }
        Key { text: "ъ" }
    }
    KeyboardRow {
        Key { text: "ф" }
        Key { text: "ы" }
        Key { text: "в" }
        Key { text: "а" }
        Key { text: "п" }
        Key { text: "р" }
        Key { text: "о" }
        Key { text: "л" }
        Key { text: "д" }
        Key { text: "ж" }
        Key { text: "э" }
    }
    KeyboardRow {
        ShiftKey { weight: 240 }
        Key { text: "я" }
        Key { text: "ч" }
        Key { text: "с" }
        Key { text: "м" }
        Key { text: "и" }
        Key { text: "т" }
        Key { text: "ь" }
        Key { text: "б" }
        Key { text: "ю" }
        Key { text: "ё" }
        BackspaceKey { weight: 240 }
    }
    BottomRow {
    }
}
