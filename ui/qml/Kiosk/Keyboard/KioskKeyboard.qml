import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings

// The on-screen keyboard. It speaks the kiosk's language: set `language` to a
// UI tag ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en") and the keyboard shows
// that language's layout from ui/keyboard/layouts. It has no language key of
// its own; the kiosk's language picker is the one place to change language.
//
// The parent places it (anchored to the bottom of the window). It shows, and
// takes up room, only while a text field is being edited (`active`).
//
// Needs ui.keyboard.configure_environment() before the application starts. Its
// look is the kiosk's own keyboard style (ui/qml/QtQuick/VirtualKeyboard/Styles/
// kiosk/style.qml), which follows Theme, so it needs the kiosk's engine too.
InputPanel {
    id: panel
    objectName: "keyboard"

    property string language: "uz-Latn"

    // The style Qt is drawing the keys with; "kiosk" unless it could not find ours.
    readonly property string styleName: VirtualKeyboardSettings.styleName

    // UI tag -> layout folder. The same table as ui.keyboard.keyboard_locale();
    // a test keeps the two equal. The Uzbek scripts get folders of their own
    // because Qt names both "uz_UZ" (see ui/keyboard/__init__.py).
    readonly property var layoutFolders: ({
        "uz-Latn": "uz_Latn_UZ",
        "uz-Cyrl": "uz_Cyrl_UZ",
        "ru": "ru_RU",
        "ky": "ky_KG",
        "tg": "tg_TJ",
        "en": "en_GB"
    })
    readonly property var latinFolders: ["uz_Latn_UZ", "en_GB"]

    // A field that takes Latin letters only (an e-mail address, a web address)
    // gets the English layout when the language's own layout is Cyrillic;
    // without it nobody could type there.
    readonly property bool latinOnlyField: (InputContext.inputMethodHints
        & (Qt.ImhLatinOnly | Qt.ImhEmailCharactersOnly | Qt.ImhUrlCharactersOnly)) !== 0

    readonly property string layoutFolder: {
        const own = layoutFolders[language] || "en_GB"
        return latinOnlyField && latinFolders.indexOf(own) === -1 ? "en_GB" : own
    }

    visible: active
    height: active ? implicitHeight : 0

    // Qt falls back to its dark "default" style, which ignores the kiosk's contrast
    // setting, when the style is not named or not on the import path. Say so: the
    // keyboard would still work, and nobody would notice until a traveller could not read it.
    Component.onCompleted: {
        if (styleName !== "kiosk")
            console.warn("KioskKeyboard: Qt's \"" + styleName + "\" keyboard style is in use, not the kiosk's; "
                         + "call ui.keyboard.configure_environment() before the application starts")
    }

    // Offering exactly one layout keeps Qt from choosing another one by itself
    // (for instance from the system locale).
    Binding {
        target: VirtualKeyboardSettings
        property: "activeLocales"
        value: [panel.layoutFolder]
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: panel.layoutFolder
    }
}
