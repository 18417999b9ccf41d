import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Where a USB/HID scanner types (a receipt's QR token, a staff badge), then Enter.
// It keeps the keyboard focus while its screen is shown, unless someone is typing
// in a real text field, so a scan never needs a tap first. It is no text field:
// it never calls up the on-screen keyboard, and a physical keyboard types into it
// too (a reference typed by hand, then Enter). `masked` hides what is typed (a badge).
Rectangle {
    id: box
    property string prompt: ""
    property string typed: ""
    property bool masked: false
    // While false (another screen is on top) it leaves the focus alone.
    property bool active: true
    // Smaller words and a mouse's height, for the staff desk on a laptop's short screen.
    property bool dense: false
    signal submitted(string text)

    focus: true
    activeFocusOnTab: true
    implicitHeight: Math.max(dense ? Theme.minPointer : Theme.touch, row.implicitHeight + (dense ? 12 : 24))
    radius: 12
    color: Theme.surface
    // Focus shows as a thicker frame, as on every field.
    border.width: activeFocus ? Theme.borderWidth + 3 : Theme.borderWidth + 1
    border.color: Theme.accent
    Accessible.role: Accessible.EditableText
    Accessible.name: prompt

    Keys.onPressed: (event) => {
        // Enter ends a scan; some scanners send it as a carriage return or a line feed.
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.text === "\r" || event.text === "\n") {
            const text = box.typed
            box.typed = ""
            if (text.trim() !== "")
                box.submitted(text)
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            box.typed = box.typed.slice(0, -1)
            event.accepted = true
        } else if (event.text.length > 0 && event.text >= " ") {
            box.typed += event.text
            event.accepted = true
        }
    }

    function keepFocus() {
        if (!box.active || !box.visible || box.activeFocus)
            return
        const item = box.Window.activeFocusItem
        // Someone typing in a field (a search, a name) keeps it.
        if (item && ("cursorPosition" in item) && item.visible)
            return
        box.forceActiveFocus()
    }
    Connections {
        target: box.Window.window
        function onActiveFocusItemChanged() { Qt.callLater(box.keepFocus) }
    }
    onActiveChanged: Qt.callLater(box.keepFocus)
    onVisibleChanged: Qt.callLater(box.keepFocus)
    Component.onCompleted: Qt.callLater(box.keepFocus)

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: box.dense ? 12 : 16 }
        spacing: box.dense ? 12 : 16
        Icon {
            name: "scan"
            color: Theme.accent
            size: Math.round((box.dense ? 30 : 48) * Math.min(Theme.textScale, 1.3))
        }
        Text {
            objectName: "scanText"
            text: box.typed === "" ? box.prompt
                  : box.masked ? "•".repeat(Math.min(box.typed.length, 24)) : box.typed
            font.family: Theme.fontFamily
            font.pixelSize: box.dense ? Math.round(Theme.bodySize * 0.7) : Theme.bodySize
            font.bold: box.typed !== ""
            color: box.typed === "" ? Theme.mutedText : Theme.text
            // A token is one long word: it breaks anywhere rather than run out of the box.
            wrapMode: box.typed === "" ? Text.Wrap : Text.WrapAnywhere
            Layout.fillWidth: true
        }
    }
    TapHandler { onTapped: box.forceActiveFocus() }
}
