import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// One person on the day's list: time, name, service, reference, the visit's
// state as a word and an icon, who moved it there, and what can be done now
// (what the visit state machine allows, as the controller says).
//
// As one line of a table (time, state, who, what to do) where the list is wide
// enough for every row's buttons beside its words, so more people fit on a
// screen; otherwise each row's buttons go under its words. The list decides for
// all its rows at once (`oneLine`, from each row's `needed`), so they line up.
Rectangle {
    id: row
    property var entry: ({})
    // Smaller words, for the staff desk on a laptop's short screen.
    property bool dense: false
    // The smallest a button may be: a finger's, or a mouse's on a laptop.
    property int target: Theme.minTouch
    property bool oneLine: false
    readonly property bool undoable: StaffDesk.undoReference !== "" && StaffDesk.undoReference === entry.reference
    // How much smaller than the kiosk's words (the desk says: a laptop's, a landscape kiosk's).
    property real shrink: dense ? 0.7 : 1
    // Clear of the frame, which is thicker in high contrast and round the row that can be undone.
    readonly property int pad: Math.max(dense ? 6 : 10, border.width + 3)
    readonly property int gap: dense ? 10 : 16
    // What the buttons need side by side.
    readonly property real actionsWidth: {
        const shown = [checkIn, served, noShow, undo, reprint].filter(button => button.offered)
        return shown.reduce((sum, button) => sum + button.implicitWidth, 0) + Math.max(0, shown.length - 1) * actions.spacing
    }
    // The width this row needs to be one line of the table: its words keep room for a name.
    readonly property real needed: 2 * pad + time.implicitWidth + chip.widestWidth + Math.round(360 * Theme.textScale * shrink)
                                   + actionsWidth + 3 * gap
    color: Theme.surface
    radius: 12
    border.width: row.undoable ? Theme.borderWidth + 2 : Theme.borderWidth
    border.color: row.undoable ? Theme.accent : Theme.border
    implicitHeight: grid.implicitHeight + 2 * pad

    function visitLine() {
        const e = row.entry
        if (!e.at) return e.walkIn ? qsTr("Walk-in") : ""
        const by = e.byDevice ? qsTr("this device's PIN") : e.by
        const said = e.sameDevice ? qsTr("%1, %2").arg(e.at).arg(by) : qsTr("%1, %2, on another device").arg(e.at).arg(by)
        return e.walkIn ? qsTr("Walk-in") + " · " + said : said
    }

    GridLayout {
        id: grid
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: row.pad }
        // One line: time | state | who | buttons. Else: time | who | state, and the buttons under them.
        columns: row.oneLine ? 4 : 3
        columnSpacing: row.gap
        rowSpacing: row.dense ? 4 : 8
        Text {
            id: time
            text: row.entry.time || ""
            font.family: Theme.fontFamily
            font.pixelSize: Math.round(Theme.labelSize * row.shrink)
            font.bold: true
            color: Theme.text
            Layout.row: 0
            Layout.column: 0
            Layout.alignment: Qt.AlignTop
        }
        StateChip {
            id: chip
            objectName: "rowState_" + row.entry.reference
            visitState: row.entry.state || "booked"
            dense: row.dense
            Layout.row: 0
            Layout.column: row.oneLine ? 1 : 2
            // In a table the chips line up in a column; on their own they take what they need.
            Layout.preferredWidth: row.oneLine ? widestWidth : Math.min(implicitWidth, grid.width / 3)
            Layout.alignment: row.oneLine ? Qt.AlignTop | Qt.AlignLeft : Qt.AlignTop | Qt.AlignRight
        }
        ColumnLayout {
            spacing: row.dense ? 0 : 2
            Layout.row: 0
            Layout.column: row.oneLine ? 2 : 1
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            FitText {
                objectName: "rowName_" + row.entry.reference
                text: row.entry.name || qsTr("(no name on the list)")
                fullSize: Math.round(Theme.labelSize * row.shrink)
                bold: !!row.entry.name
                color: row.entry.name ? Theme.text : Theme.mutedText
                Layout.fillWidth: true
            }
            Text {
                // A phone number breaks between its parts nowhere (no-break spaces), only between the parts here.
                text: [row.entry.service, row.entry.shown, (row.entry.phone || "").replace(/ /g, "\u00a0")]
                      .filter(part => !!part).join(" · ")
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.bodySize * 0.86 * row.shrink)
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                // Under the buttons' line when the buttons go under the words (it fills that line's end).
                visible: text !== "" && (row.oneLine || !actions.visible)
                text: row.visitLine()
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.bodySize * 0.86 * row.shrink)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Flow {
            id: actions
            visible: row.actionsWidth > 0
            spacing: row.dense ? 8 : 12
            Layout.row: row.oneLine ? 0 : 1
            Layout.column: row.oneLine ? 3 : 0
            Layout.columnSpan: row.oneLine ? 1 : 3
            Layout.fillWidth: !row.oneLine
            // At the end of a table line, as wide as its buttons (and a pixel for rounding); else under the words.
            Layout.preferredWidth: row.oneLine ? Math.ceil(row.actionsWidth) + 1 : -1
            Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
            KioskButton {
                id: checkIn
                readonly property bool offered: !!row.entry.canCheckIn
                objectName: "rowCheckIn_" + row.entry.reference
                visible: offered
                text: qsTr("Check in")
                iconName: "checkedin"
                compact: true
                dense: row.dense
                denseScale: row.shrink
                minTarget: row.target
                width: Math.min(implicitWidth, actions.width)
                onClicked: StaffDesk.scan(row.entry.reference)
            }
            KioskButton {
                id: served
                readonly property bool offered: !!row.entry.canServe
                objectName: "rowServed_" + row.entry.reference
                visible: offered
                text: qsTr("Served")
                iconName: "served"
                compact: true
                dense: row.dense
                denseScale: row.shrink
                minTarget: row.target
                width: Math.min(implicitWidth, actions.width)
                onClicked: StaffDesk.markServed(row.entry.reference)
            }
            KioskButton {
                id: noShow
                readonly property bool offered: !!row.entry.canNoShow
                objectName: "rowNoShow_" + row.entry.reference
                visible: offered
                text: qsTr("No-show")
                iconName: "noshow"
                compact: true
                dense: row.dense
                denseScale: row.shrink
                minTarget: row.target
                width: Math.min(implicitWidth, actions.width)
                outlined: true
                onClicked: StaffDesk.markNoShow(row.entry.reference)
            }
            KioskButton {
                id: undo
                readonly property bool offered: row.undoable
                objectName: "rowUndo_" + row.entry.reference
                visible: offered
                text: qsTr("Undo (%1 s)").arg(StaffDesk.undoSecondsLeft)
                iconName: "undo"
                compact: true
                dense: row.dense
                denseScale: row.shrink
                minTarget: row.target
                width: Math.min(implicitWidth, actions.width)
                outlined: true
                onClicked: StaffDesk.undo()
            }
            KioskButton {
                id: reprint
                readonly property bool offered: !!row.entry.canReprint
                objectName: "rowReprint_" + row.entry.reference
                visible: offered
                text: qsTr("Reprint")
                iconName: "print"
                compact: true
                dense: row.dense
                denseScale: row.shrink
                minTarget: row.target
                width: Math.min(implicitWidth, actions.width)
                outlined: true
                onClicked: StaffDesk.reprint(row.entry.reference)
            }
            Text {
                visible: !row.oneLine && text !== ""
                text: row.visitLine()
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.bodySize * 0.86 * row.shrink)
                color: Theme.mutedText
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                width: Math.min(implicitWidth, actions.width)
                height: Math.max(implicitHeight, checkIn.implicitHeight)
            }
        }
    }
}
