import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Styles
import Kiosk.Components

// The kiosk's look for Qt Virtual Keyboard, chosen by the name of this folder
// ("kiosk"): ui.keyboard.configure_environment() sets QT_VIRTUALKEYBOARD_STYLE,
// and Qt looks for QtQuick/VirtualKeyboard/Styles/<name>/style.qml on the
// engine's import paths, which hold ui/qml. This folder has no qmldir on
// purpose: it must not hide Qt's own QtQuick.VirtualKeyboard.Styles module.
//
// Colours come from the kiosk's Theme, so the keyboard switches with the
// contrast button like every other screen:
//
//   normal         white letter keys, darker grey function keys, dark words,
//                  Enter in the accent blue; a pressed key turns accent blue.
//   high contrast  black keys framed in yellow, white letters, yellow function
//                  keys and a yellow Enter; a pressed key turns solid yellow.
//
// Every label is at least 7:1 against its key in high contrast and 4.5:1 in
// normal contrast (tests/ui/test_keyboard.py renders the keys and checks).
KeyboardStyle {
    // Not `id: style`: inside a Text that name would be the Text's own `style` property.
    id: kioskStyle
    objectName: "kioskKeyboardStyle"

    // Qt scales this design to the panel's width (height = width * 800 / 2560):
    // the shape of Qt's default style, so the screens laid out around the
    // keyboard keep the room they were designed with.
    keyboardDesignWidth: 2560
    keyboardDesignHeight: 800
    // Keys draw their own gaps (KioskKey); the board keeps a thin edge only, so
    // a thirteen-key row still gives finger-sized keys on a 1080 px portrait screen.
    keyboardRelativeLeftMargin: 6 / 2560
    keyboardRelativeRightMargin: 6 / 2560
    keyboardRelativeTopMargin: 12 / 800
    keyboardRelativeBottomMargin: 6 / 800

    // One key. Qt sizes the panel to the key's whole cell; the body leaves a gap
    // around it so neighbouring keys read as separate targets.
    //
    // Three looks: "letter" keys type; "function" keys (shift, backspace, the
    // symbols key, and the punctuation Qt marks as highlighted) are another
    // grey so the letters stand out; "enter" is the accent, like the kiosk's
    // main buttons. A pressed key, and a key that is switched on (`lit`: shift),
    // takes the accent too, a change anyone sees at a glance in either contrast.
    //
    // An inline component cannot see the ids of this file, so it reads only
    // the Theme and its own size.
    component KioskKey: KeyPanel {
        id: key

        property string look: "letter"
        property bool lit: false
        default property alias content: body.data

        readonly property bool hc: Theme.highContrast
        readonly property bool down: !!control && control.pressed
        readonly property bool usable: !control || control.enabled
        readonly property bool accented: down || lit || look === "enter"
        // A pressed Enter is already accented: it turns dark instead (in high contrast,
        // black with its yellow frame), so the press still shows.
        readonly property bool enterDown: look === "enter" && down

        readonly property color fill: !usable ? Theme.disabledFill
            : enterDown ? (hc ? "#000000" : Theme.bar)
            : accented ? Theme.accent
            : look === "function" ? (hc ? "#000000" : "#b9c3cc")
            : Theme.surface
        readonly property color ink: !usable ? Theme.disabledText
            : enterDown ? (hc ? Theme.accent : "#ffffff")
            : accented ? Theme.accentText
            // Yellow marks the function keys in high contrast, where every key is black.
            : look === "function" && hc ? Theme.accent
            : Theme.text
        // The long-press hint on a letter key is quieter than the letter, but never below 4.5:1.
        readonly property color hintInk: accented || look !== "letter" ? ink : Theme.mutedText

        // Label sizes follow the key, not the traveller's text-size choice: the keys
        // cannot grow with it, and a letter already fills more than half its key.
        readonly property int letterSize: Math.round(body.height * 0.56)
        readonly property int wordSize: Math.round(body.height * 0.36)
        readonly property int hintSize: Math.round(body.height * 0.28)
        readonly property int iconSize: Math.round(body.height * 0.62)

        Rectangle {
            id: body
            anchors.fill: parent
            anchors.margins: Math.max(2, Math.round(Math.min(key.width, key.height) * 0.04))
            radius: Math.round(height * 0.12)
            color: key.fill
            // Normal contrast: a thin darker edge keeps white keys apart from the light board.
            // High contrast: Theme's thick yellow frame, as on the kiosk's buttons.
            border.width: key.hc ? Theme.borderWidth : 1
            border.color: !key.usable ? Theme.disabledBorder
                : key.hc ? (key.enterDown ? Theme.accent : Theme.border)
                : key.accented ? Theme.bar : "#8d99a5"
        }
    }

    // The words and letters on the keys. Fit shrinks a label that would not fit
    // its key (a long language name on a narrow space bar) instead of cutting it.
    component KeyLabel: Text {
        font.family: Theme.fontFamily
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.Fit
        minimumPixelSize: 12
    }

    keyboardBackground: Rectangle {
        // Theme.background (#f4f6f8) is too close to white for the keys to stand out on it.
        color: Theme.highContrast ? "#000000" : "#d5dbe1"
        // A rule along the top edge: where the page ends and the keyboard begins.
        Rectangle {
            anchors { left: parent.left; right: parent.right; top: parent.top }
            height: Theme.borderWidth
            color: Theme.highContrast ? Theme.border : "#8d99a5"
        }
    }

    // Letters, digits, punctuation, and the space bar (the kiosk's bottom row
    // draws it with this panel, to show the language name in the kiosk's spelling).
    keyPanel: KioskKey {
        id: panel
        look: panel.control && panel.control.highlighted && panel.control.key !== Qt.Key_Space
              ? "function" : "letter"

        KeyLabel {
            readonly property bool word: text.length > 2
            anchors.fill: parent
            // Clear of the long-press hint in the corner.
            anchors.topMargin: hint.visible ? hint.height * 0.45 : 0
            anchors.rightMargin: hint.visible ? hint.width * 0.6 : 0
            text: panel.control ? panel.control.displayText : ""
            color: panel.ink
            font.pixelSize: word ? panel.wordSize : panel.letterSize
            font.capitalization: panel.control && panel.control.uppercased ? Font.AllUppercase : Font.MixedCase
        }
        // The letter a long press gives (Tajik ц under қ): shown, so people know it is there.
        Text {
            id: hint
            visible: !!panel.control && panel.control.smallTextVisible && panel.control.smallText !== ""
            anchors { top: parent.top; right: parent.right; topMargin: 2; rightMargin: Math.round(parent.width * 0.08) }
            text: panel.control ? panel.control.smallText : ""
            color: panel.hintInk
            font.family: Theme.fontFamily
            font.pixelSize: panel.hintSize
            font.capitalization: panel.control && panel.control.uppercased ? Font.AllUppercase : Font.MixedCase
        }
    }

    // Qt's space panel would name the language from InputContext.locale, which is
    // "uz_UZ" for both Uzbek scripts; the kiosk's layouts give the name as displayText.
    spaceKeyPanel: KioskKey {
        id: spacePanel
        KeyLabel {
            anchors.fill: parent
            anchors.margins: spacePanel.wordSize * 0.3
            text: spacePanel.control && spacePanel.control.displayText.trim() !== ""
                  ? spacePanel.control.displayText
                  : Qt.locale(InputContext.locale).nativeLanguageName
            color: spacePanel.ink
            font.pixelSize: spacePanel.wordSize
        }
    }

    // Shift shows its state by shape as well as colour: one bar under the arrow
    // while the next letter will be a capital, two while capitals are locked.
    shiftKeyPanel: KioskKey {
        id: shiftPanel
        readonly property int bars: InputContext.capsLockActive ? 2 : InputContext.shiftActive ? 1 : 0
        look: "function"
        lit: bars > 0

        Column {
            anchors.centerIn: parent
            spacing: Math.max(2, Math.round(shiftPanel.iconSize * 0.08))
            Icon {
                anchors.horizontalCenter: parent.horizontalCenter
                name: "shift"
                color: shiftPanel.ink
                size: Math.round(shiftPanel.iconSize * 0.8)
            }
            // Transparent rather than hidden: the arrow stays put as the state changes.
            Rectangle {
                id: firstBar
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.round(shiftPanel.iconSize * 0.6)
                height: Math.max(3, Math.round(shiftPanel.iconSize * 0.1))
                radius: height / 2
                color: shiftPanel.bars >= 1 ? shiftPanel.ink : "transparent"
            }
            Rectangle {
                anchors.horizontalCenter: parent.horizontalCenter
                width: firstBar.width
                height: firstBar.height
                radius: firstBar.radius
                color: shiftPanel.bars >= 2 ? shiftPanel.ink : "transparent"
            }
        }
    }

    backspaceKeyPanel: KioskKey {
        id: backspacePanel
        look: "function"
        Icon {
            anchors.centerIn: parent
            name: "backspace"
            color: backspacePanel.ink
            size: backspacePanel.iconSize
        }
    }

    hideKeyPanel: KioskKey {
        id: hidePanel
        look: "function"
        Icon {
            anchors.centerIn: parent
            name: "hidekeyboard"
            color: hidePanel.ink
            size: hidePanel.iconSize
        }
    }

    // A field may name its Enter key (EnterKeyAction.label); otherwise the arrow.
    enterKeyPanel: KioskKey {
        id: enterPanel
        readonly property string label: enterPanel.control ? enterPanel.control.displayText : ""
        look: "enter"
        Icon {
            visible: enterPanel.label === ""
            anchors.centerIn: parent
            name: "enter"
            color: enterPanel.ink
            size: enterPanel.iconSize
        }
        KeyLabel {
            visible: enterPanel.label !== ""
            anchors.fill: parent
            anchors.margins: enterPanel.wordSize * 0.3
            text: enterPanel.label
            color: enterPanel.ink
            font.pixelSize: enterPanel.wordSize
        }
    }

    // "&123" on the letters, the alphabet's first letters ("АБВ") on the symbols page.
    symbolKeyPanel: KioskKey {
        id: symbolPanel
        look: "function"
        KeyLabel {
            anchors.fill: parent
            anchors.margins: symbolPanel.wordSize * 0.2
            text: symbolPanel.control ? symbolPanel.control.displayText : ""
            color: symbolPanel.ink
            font.pixelSize: symbolPanel.wordSize
        }
    }

    // No languageKeyPanel, modeKeyPanel or handwritingKeyPanel: the kiosk's layouts
    // have no such keys (the language follows the kiosk's own language picker).

    // The letter under the finger, shown above the key while it is held, because
    // the finger hides the key itself. Qt sizes it to the key and passes `text`
    // already in capitals when shift is on.
    characterPreviewMargin: 0
    characterPreviewDelegate: Item {
        id: preview
        property string text
        Rectangle {
            anchors.fill: parent
            radius: Math.round(height * 0.12)
            color: Theme.surface
            border.width: Theme.borderWidth + 1
            border.color: Theme.highContrast ? Theme.border : Theme.accent
            KeyLabel {
                anchors.fill: parent
                anchors.margins: parent.border.width
                text: preview.text
                color: Theme.text
                font.pixelSize: Math.round(parent.height * 0.62)
            }
        }
    }

    // The letters a long press offers, in a row above the key, each as large as a
    // key; the one under the finger is accented. Qt leaves out the key's own letter
    // (Tajik қ offers ц) and passes capitals when shift is on.
    alternateKeysListItemWidth: 180 * scaleHint
    alternateKeysListItemHeight: 190 * scaleHint
    alternateKeysListBottomMargin: 12 * scaleHint
    alternateKeysListLeftMargin: 6 * scaleHint
    alternateKeysListRightMargin: 6 * scaleHint
    alternateKeysListDelegate: Item {
        id: alternate
        width: kioskStyle.alternateKeysListItemWidth
        height: kioskStyle.alternateKeysListItemHeight
        KeyLabel {
            anchors.fill: parent
            // `model.text`: a bare `text` here would be this label's own text.
            text: model.text
            color: alternate.ListView.isCurrentItem ? Theme.accentText : Theme.text
            font.pixelSize: Math.round(parent.height * 0.56)
        }
    }
    alternateKeysListHighlight: Rectangle {
        color: Theme.accent
        radius: Math.round(height * 0.12)
    }
    alternateKeysListBackground: Item {
        // Qt fits the background to the row of letters; the frame stands a little outside it.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -Theme.borderWidth * 2
            radius: Math.round(height * 0.12)
            color: Theme.surface
            border.width: Theme.borderWidth
            border.color: Theme.highContrast ? Theme.border : Theme.mutedText
        }
    }

    // Word suggestions. The kiosk's languages have no prediction dictionary in Qt,
    // so these never show today; they are here so a future one is readable too.
    selectionListHeight: 90 * scaleHint
    selectionListDelegate: SelectionListItem {
        id: candidate
        width: word.implicitWidth + 2 * word.font.pixelSize
        Text {
            id: word
            anchors.centerIn: parent
            text: model.display
            color: candidate.ListView.isCurrentItem ? Theme.accentText : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(candidate.height * 0.45)
        }
    }
    selectionListHighlight: Rectangle {
        color: Theme.accent
        radius: Math.round(height * 0.12)
    }
    selectionListBackground: Rectangle {
        color: Theme.surface
    }

    // The word list Qt pops up over the keyboard (a suggestion's context menu).
    popupListDelegate: SelectionListItem {
        id: entry
        width: entryText.implicitWidth + 2 * entryText.font.pixelSize
        height: Math.round(entryText.implicitHeight * 1.6)
        Text {
            id: entryText
            anchors.centerIn: parent
            text: model.display
            color: entry.ListView.isCurrentItem ? Theme.accentText : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(70 * kioskStyle.scaleHint)
        }
    }
    popupListHighlight: Rectangle {
        color: Theme.accent
    }
    popupListBackground: Rectangle {
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.highContrast ? Theme.border : Theme.mutedText
    }

    // Only drawn when keys are chosen with arrow keys, which a touch kiosk has not;
    // a thick accent frame, seen on any key in either contrast.
    navigationHighlight: Item {
        Rectangle {
            anchors.fill: parent
            color: "transparent"
            radius: Math.round(height * 0.12)
            border.width: Math.max(4, Theme.borderWidth)
            border.color: Theme.accent
        }
    }
}
