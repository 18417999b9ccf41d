.pragma library

// What the shared keyboard pieces say in each layout folder.
//
// Keyed by the layout folder (keyboard.locale), never by InputContext.locale:
// Qt reports "uz_UZ" for both Uzbek scripts, and its native name for that is
// "o‘zbek" (Latin, with U+2018) even under the Cyrillic layout. The names are
// the ones the kiosk's language picker shows (kiosk/languages.py); a test keeps
// them equal.

var languageNames = {
    "uz_Latn_UZ": "Oʻzbekcha",
    "uz_Cyrl_UZ": "Ўзбекча",
    "ru_RU": "Русский",
    "ky_KG": "Кыргызча",
    "tg_TJ": "Тоҷикӣ",
    "en_GB": "English"
}

var latinFolders = ["uz_Latn_UZ", "en_GB"]

function languageName(folder) {
    return languageNames[folder] || ""
}

// The label of the key that leads from the symbols page back to the letters.
function lettersLabel(folder) {
    return latinFolders.indexOf(folder) !== -1 ? "ABC" : "АБВ"
}
