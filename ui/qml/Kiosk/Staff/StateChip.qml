import QtQuick
import Kiosk.Core
import Kiosk.Components

// A visit's state on the day's list: a word and an icon, framed in the state's
// colour. The word and the icon say it; the colour only helps. Its width is the
// word's natural width (or what it is given), so a long word wraps, and a word
// longer than the chip gets smaller: never cut, never running out.
Rectangle {
    id: chip
    property string visitState: "booked"
    readonly property var looks: ({
        "booked": { "icon": "waiting", "colour": Theme.mutedText },
        "checked_in": { "icon": "checkedin", "colour": Theme.booking },
        "served": { "icon": "served", "colour": Theme.rights },
        "no_show": { "icon": "noshow", "colour": Theme.warning },
        "cancelled": { "icon": "cross", "colour": Theme.danger }
    })
    readonly property var look: looks[visitState] || looks["booked"]
    // Smaller, for the staff desk on a laptop's short screen.
    property bool dense: false
    function word(state) {
        if (state === "checked_in") return qsTr("Checked in")
        if (state === "served") return qsTr("Served")
        if (state === "no_show") return qsTr("No-show")
        if (state === "cancelled") return qsTr("Cancelled")
        return qsTr("Waiting")
    }
    readonly property color ink: Theme.highContrast ? Theme.text : look.colour
    // As wide as the chip with the longest of the words: the day's list lines its chips up in a column.
    readonly property real widestWidth: {
        let widest = 0 * metrics.height  // measure again when the font changes
        for (const state of ["booked", "checked_in", "served", "no_show", "cancelled"])
            widest = Math.max(widest, metrics.advanceWidth(word(state)))
        return icon.width + 8 + Math.ceil(widest) + 2 + 20
    }
    // Measured at the full size, not the label's own (which follows the width it is given).
    implicitWidth: icon.width + 8 + Math.ceil(metrics.advanceWidth(label.text)) + 2 + 20
    // The word keeps clear of the frame, which is thicker in high contrast.
    implicitHeight: Math.max(icon.height, label.height) + 2 * (border.width + (dense ? 2 : 4))
    radius: 10
    color: Theme.surface
    border.width: Theme.borderWidth + 1
    border.color: Theme.highContrast ? Theme.accent : look.colour
    Icon {
        id: icon
        anchors { left: parent.left; leftMargin: 10; verticalCenter: parent.verticalCenter }
        name: chip.look.icon
        color: chip.ink
        size: Math.round((chip.dense ? 22 : 32) * Math.min(Theme.textScale, 1.3))
    }
    // A word longer than the chip can be (a narrow row, the largest text) gets smaller rather than cut.
    FitText {
        id: label
        objectName: "stateWord"
        anchors { left: icon.right; leftMargin: 8; verticalCenter: parent.verticalCenter }
        width: chip.width - icon.width - 8 - 20
        text: chip.word(chip.visitState)
        fullSize: Math.round(Theme.bodySize * (chip.dense ? 0.62 : 0.85))
        bold: true
        color: chip.ink
    }
    FontMetrics {
        id: metrics
        font: Qt.font({ family: Theme.fontFamily, pixelSize: label.fullSize, bold: true })
    }
}
