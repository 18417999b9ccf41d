import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components
import "../fallback"

// Tajik: ЙЦУКЕН with the Tajik letters where the Tajik computer layout has
// them: қ in place of ц, ҳ in place of щ, ҷ in place of ы, ӣ in place of ь;
// ғ and ӯ close the middle and bottom rows. The Russian letters Tajik does not
// use stay under a long press of the key that took their place.
KeyboardLayout {
    sharedLayouts: ["symbols"]
    keyWeight: 160

    KeyboardRow {
        Key { text: "й" }
        Key { text: "қ"; alternativeKeys: "қц"; smallTextVisible: true }
        Key { text: "у" }
        Key { text: "к" }
        Key { text: "е" }
        Key { text: "н" }
        Key { text: "г" }
        Key { text: "ш" }
        Key { text: "ҳ"; alternativeKeys: "ҳщ"; smallTextVisible: true }
        Key { text: "з" }
        Key { text: "х" }
        Key { text: "ъ" }
    }
    KeyboardRow {
        Key { text: "ф" }
        Key { text: "ҷ"; alternativeKeys: "ҷы"; smallTextVisible: true }
        Key { text: "в" }
        Key { text: "а" }
        Key { text: "п" }
        Key { text: "р" }
        Key { text: "о" }
        Key { text: "л" }
        Key { text: "д" }
        Key { text: "ж" }
        Key { text: "э" }
        Key { text: "ғ" }
    }
    KeyboardRow {
        ShiftKey { weight: 240 }
        Key { text: "я" }
        Key { text: "ч" }
        Key { text: "с" }
        Key { text: "м" }
        Key { text: "и" }
        Key { text: "т" }
        Key { text: "ӣ"; alternativeKeys: "ӣь"; smallTextVisible: true }
        Key { text: "б" }
        Key { text: "ю" }
        Key { text: "ӯ" }
        Key { text: "ё" }
        BackspaceKey { weight: 240 }
    }
    BottomRow {
    }
}
