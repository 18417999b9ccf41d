import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A text field for the on-screen keyboard: large, framed, and as tall as its
// text needs at every text size. A placeholder cannot wrap, so it holds only a
// short example ("+", "XXXX-XXXX"); what to type goes in a label above the field.
TextField {
    id: field
    font.family: Theme.fontFamily
    font.pixelSize: Theme.labelSize
    color: Theme.text
    placeholderTextColor: Theme.mutedText
    selectionColor: Theme.accent
    selectedTextColor: Theme.accentText
    inputMethodHints: Qt.ImhNoPredictiveText
    leftPadding: 16
    rightPadding: 16
    Layout.fillWidth: true
    Layout.preferredHeight: Math.max(Theme.touch, implicitHeight)
    background: Rectangle {
        color: Theme.surface
        radius: 12
        // Focus shows as a thicker frame, not as a colour change alone.
        border.width: field.activeFocus ? Theme.borderWidth + 3 : Theme.borderWidth + 1
        border.color: Theme.accent
    }
}
