import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Kyrgyz: ЙЦУКЕН with ү, ө and ң closing the three letter rows, so every
// Russian letter stays where it is. Ъ, rare in Kyrgyz, is under a long press
// of ь.
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
        Key { text: "ү" }
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
        Key { text: "ө" }
    }
    KeyboardRow {
        ShiftKey { weight: 240 }
        Key { text: "я" }
        Key { text: "ч" }
        Key { text: "с" }
        Key { text: "м" }
        Key { text: "и" }
        Key { text: "т" }
        Key { text: "ь"; alternativeKeys: "ьъ"; smallTextVisible: true }
        Key { text: "б" }
        Key { text: "ю" }
        Key { text: "ң" }
        Key { text: "ё" }
        BackspaceKey { weight: 240 }
    }
    BottomRow {
    }
}
