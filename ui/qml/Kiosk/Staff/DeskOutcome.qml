import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// What a check-in found, large enough to read from a step away: one big word
// and one icon per outcome, on the colour of its kind (green: in; blue: seen
// before; orange: not here, not today; red: not a genuine receipt), with the
// facts under it. The desk also plays the kind's sound (ui/staffmode/cues.py).
Rectangle {
    id: panel
    property var outcome: ({})
    readonly property string code: outcome.code || ""
    readonly property var kinds: ({
        "valid": ["check", Theme.rights],
        "already_checked_in": ["again", Theme.booking],
        "cancelled": ["cross", Theme.warning],
        "wrong_day": ["wrongday", Theme.warning],
        "wrong_place": ["place", Theme.warning],
        "marked_no_show": ["noshow", Theme.warning],
        "not_found": ["notfound", Theme.warning],
        "unknown_kiosk": ["unknownkiosk", Theme.danger],
        "forged": ["forged", Theme.danger]
    })
    readonly property var kind: kinds[code] || ["question", Theme.mutedText]
    readonly property color ink: Theme.highContrast ? Theme.accent : "#ffffff"
    // Smaller, for the staff desk on a laptop's short screen: still the biggest words on it.
    property bool dense: false
    // The smallest its button may be: a finger's, or a mouse's on a laptop.
    property int target: Theme.minTouch
    // How much smaller than the kiosk's words (the desk says: a laptop's, a landscape kiosk's).
    property real shrink: dense ? 0.7 : 1
    signal dismissed()

    function word(code) {
        if (code === "valid") return qsTr("Checked in")
        if (code === "already_checked_in") return qsTr("Already checked in")
        if (code === "cancelled") return qsTr("Booking cancelled")
        if (code === "wrong_day") return qsTr("Wrong day")
        if (code === "wrong_place") return qsTr("Wrong place")
        if (code === "marked_no_show") return qsTr("Marked as a no-show")
        if (code === "not_found") return qsTr("Not found")
        if (code === "unknown_kiosk") return qsTr("Unknown kiosk")
        if (code === "forged") return qsTr("Not a genuine receipt")
        return ""
    }
    function who() {
        const o = panel.outcome
        const by = o.byDevice ? qsTr("this device's PIN") : o.by
        return o.sameDevice ? by : qsTr("%1, on another device").arg(by)
    }
    function why() {
        const o = panel.outcome
        if (code === "valid" && o.typed) return qsTr("Found by the reference typed: no QR code was checked.")
        if (code === "valid" && o.notOnList) return qsTr("Booked at a kiosk while it was offline: added to the list.")
        if (code === "already_checked_in") return qsTr("Checked in at %1 by %2").arg(o.at).arg(who())
        if (code === "marked_no_show") return qsTr("Marked as a no-show at %1 by %2: undo that first").arg(o.at).arg(who())
        if (code === "cancelled") return qsTr("This booking was cancelled: there is no visit to record.")
        if (code === "wrong_day") return qsTr("This booking is for %1.").arg(o.day)
        if (code === "wrong_place") return qsTr("This booking is at %1.").arg(o.place)
        if (code === "not_found") return qsTr("No booking with this reference is on this device's lists.")
        if (code === "unknown_kiosk") return qsTr("The receipt comes from kiosk %1, which this device does not know yet. Check the person's documents, or find them on the list by name.").arg(o.kiosk)
        if (code === "forged") return qsTr("The QR code is damaged, altered or not one of our receipts. Check the person's documents, or find them on the list by name.")
        return ""
    }
    readonly property string facts: {
        const o = panel.outcome
        const parts = []
        if (o.name) parts.push(o.name)
        if (o.service) parts.push(o.service + (o.time ? ", " + o.time : ""))
        if (o.reference) parts.push(qsTr("Reference: %1").arg(o.reference))
        return parts.join("\n")
    }

    visible: code !== ""
    color: Theme.highContrast ? "#000000" : kind[1]
    border.width: Theme.highContrast ? Theme.borderWidth + 2 : 0
    border.color: Theme.accent
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * column.anchors.margins

    ColumnLayout {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: panel.dense ? 12 : 20 }
        spacing: panel.dense ? 6 : 12
        RowLayout {
            spacing: panel.dense ? 14 : 20
            Layout.fillWidth: true
            Icon {
                name: panel.kind[0]
                color: panel.ink
                size: Math.round((panel.dense ? 48 : 72) * Math.min(Theme.textScale, 1.3))
            }
            FitText {
                objectName: "outcomeWord"
                text: panel.word(panel.code)
                fullSize: Math.round(Theme.titleSize * Math.min(1, panel.shrink + 0.05))
                bold: true
                color: panel.ink
                Layout.fillWidth: true
            }
        }
        // "Next person" beside the facts while each of their lines keeps to one line (and why it is so
        // keeps room to be read), else under them: the panel is no taller than what it says.
        GridLayout {
            readonly property real wordsNeed: Math.max(factsText.visible ? factsText.implicitWidth : 0,
                                                       whyText.visible ? Math.min(whyText.implicitWidth, Math.round(360 * Theme.textScale * panel.shrink)) : 0)
            columns: width >= dismiss.implicitWidth + columnSpacing + wordsNeed ? 2 : 1
            columnSpacing: panel.dense ? 14 : 20
            rowSpacing: panel.dense ? 6 : 12
            Layout.fillWidth: true
            ColumnLayout {
                spacing: panel.dense ? 4 : 12
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Text {
                    id: factsText
                    objectName: "outcomeFacts"
                    visible: text !== ""
                    text: panel.facts
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(Theme.labelSize * panel.shrink)
                    font.bold: true
                    color: panel.ink
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    id: whyText
                    objectName: "outcomeWhy"
                    visible: text !== ""
                    text: panel.why()
                    font.family: Theme.fontFamily
                    font.pixelSize: Math.round(Theme.bodySize * panel.shrink)
                    color: panel.ink
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            KioskButton {
                id: dismiss
                objectName: "outcomeDismiss"
                text: qsTr("Next person")
                iconName: "scan"
                compact: true
                dense: panel.dense
                minTarget: panel.target
                outlined: true
                Layout.alignment: Qt.AlignRight | Qt.AlignBottom
                onClicked: panel.dismissed()
            }
        }
    }
}
