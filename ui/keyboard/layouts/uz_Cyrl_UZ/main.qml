import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Uzbek, Cyrillic script: ЙЦУКЕН with the Uzbek letters where the Uzbek
// Cyrillic computer layout has them: ў in place of щ and қ in place of ы;
// ҳ and ғ close the middle and bottom rows. Щ and ы, which Uzbek does not
// use, stay under a long press of ў and қ for Russian names.
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
        Key { text: "ў"; alternativeKeys: "ўщ"; smallTextVisible: true }
        Key { text: "з" }
        Key { text: "х" }
        Key { text: "ъ" }
    }
    KeyboardRow {
        Key { text: "ф" }
        Key { text: "қ"; alternativeKeys: "қы"; smallTextVisible: true }
        Key { text: "в" }
        Key { text: "а" }
        Key { text: "п" }
        Key { text: "р" }
        Key { text: "о" }
        Key { text: "л" }
        Key { text: "д" }
        Key { text: "ж" }
        Key { text: "э" }
        Key { text: "ҳ" }
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
        Key { text: "ғ" }
        Key { text: "ё" }
        BackspaceKey { weight: 240 }
    }
    BottomRow {
    }
}
