pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Components

// A square pad of large digit keys for fields that take numbers only.
//
//     1 2 3 ⌫
//     4 5 6 a
//     7 8 9 hide
//     b 0 c ↵
//
// a, b and c are the field's extra characters (extraKeys); a place with no
// character stays empty and does nothing.
KeyboardLayout {
    id: pad

    property string extraKeys: ""

    inputMode: InputEngine.InputMode.Numeric
    keyWeight: 160

    component ExtraKey: Key {
        property int position
        text: pad.extraKeys.charAt(position)
        enabled: text !== ""
        keyPanelDelegate: text !== "" && keyboard.style ? keyboard.style.keyPanel : null
    }

    KeyboardColumn {
        Layout.fillWidth: false
        Layout.fillHeight: true
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: height * 1.25

        KeyboardRow {
            Key { text: "1" }
            Key { text: "2" }
            Key { text: "3" }
            BackspaceKey {}
        }
        KeyboardRow {
            Key { text: "4" }
            Key { text: "5" }
            Key { text: "6" }
            ExtraKey { position: 0 }
        }
        KeyboardRow {
            Key { text: "7" }
            Key { text: "8" }
            Key { text: "9" }
            HideKeyboardKey {}
        }
        KeyboardRow {
            ExtraKey { position: 1 }
            Key { text: "0" }
            ExtraKey { position: 2 }
            EnterKey {}
        }
    }
}
