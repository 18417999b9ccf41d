import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The day's summary at the desk: by service, how many were booked, checked in,
// served, no-shows, cancelled and walk-ins, in the words the printout uses;
// print it on the receipt printer, save it as an A4 PDF, or export a CSV.
// Where it is wide enough the counts are a table, a service to a line, so a
// laptop shows them all at once; else a card per service.
ScreenPage {
    id: page
    screenName: "staffSummary"
    title: StaffSummary.words.title || qsTr("Day summary")
    readAloudText: title + ". " + StaffMode.locationName + ". " + StaffMode.dayTitle
    Component.onCompleted: StaffSummary.load()
    readonly property var keys: ["booked", "checkedIn", "served", "noShow", "cancelled", "walkIns"]
    readonly property var wordKeys: ({ "booked": "booked", "checkedIn": "checked_in", "served": "served",
                                       "noShow": "no_show", "cancelled": "cancelled", "walkIns": "walk_ins" })
    // A laptop (as the desk, DeskScreen): smaller words and a mouse's targets.
    readonly property bool dense: StaffMode.staffOnly || (Window.width > Window.height && Window.height < 900)
    readonly property int target: dense ? Theme.minPointer : Theme.minTouch
    readonly property real shrink: dense ? 0.7 : 1
    readonly property int gap: dense ? 10 : Theme.spacing
    readonly property int bodyPx: Math.round(Theme.bodySize * shrink)
    readonly property int smallPx: Math.round(Theme.bodySize * 0.85 * shrink)
    readonly property int labelPx: Math.round(Theme.labelSize * shrink)
    // A table's count columns, and whether a table fits: the service's column keeps room for a name.
    readonly property real countWidth: Math.round(150 * Theme.textScale * shrink)
    readonly property bool table: area.width >= 6 * countWidth + Math.round(300 * Theme.textScale * shrink)

    function stateText() {
        const s = StaffSummary.state
        if (!s.state) return ""
        if (s.state === "working") return s.action === "print" ? qsTr("Printing the summary…") : qsTr("Saving…")
        if (s.state === "problem") return s.action === "print" ? qsTr("The summary could not be printed: see the printer's state in the staff menu.")
                                                               : qsTr("The summary could not be saved: the disk may be full.")
        return s.action === "print" ? qsTr("The summary is printed.") : qsTr("Saved: %1").arg(s.path)
    }

    ScrollArea {
        id: area
        anchors.fill: parent
        anchors.margins: page.dense ? 12 : 24
        anchors.rightMargin: page.dense ? 8 : 12
        spacing: page.gap

        // The title, and beside it (where there is room) what can be done with the summary.
        GridLayout {
            id: top
            readonly property bool besides: width >= title.implicitWidth + columnSpacing + actions.natural
            columns: besides ? 2 : 1
            columnSpacing: page.gap
            rowSpacing: page.gap
            Layout.fillWidth: true
            Layout.fillHeight: false
            FitText {
                id: title
                text: page.title
                fullSize: Math.round(Theme.titleSize * (page.dense ? 0.75 : 1))
                bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            Flow {
                id: actions
                // What its buttons need side by side.
                readonly property real natural: Math.ceil(printButton.implicitWidth + pdfButton.implicitWidth
                                                          + csvButton.implicitWidth + 2 * spacing) + 1
                spacing: page.dense ? 8 : 12
                Layout.fillWidth: !top.besides
                Layout.preferredWidth: top.besides ? natural : -1
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                KioskButton {
                    id: printButton
                    objectName: "summaryPrint"
                    text: qsTr("Print")
                    iconName: "print"
                    compact: true
                    dense: page.dense
                    minTarget: page.target
                    width: Math.min(implicitWidth, actions.width)
                    enabled: StaffSummary.state.state !== "working"
                    onClicked: StaffSummary.printSummary()
                }
                KioskButton {
                    id: pdfButton
                    objectName: "summaryPdf"
                    text: qsTr("Save PDF")
                    iconName: "save"
                    compact: true
                    dense: page.dense
                    minTarget: page.target
                    width: Math.min(implicitWidth, actions.width)
                    outlined: true
                    enabled: StaffSummary.state.state !== "working"
                    onClicked: StaffSummary.savePdf()
                }
                KioskButton {
                    id: csvButton
                    objectName: "summaryCsv"
                    text: qsTr("Export CSV")
                    iconName: "save"
                    compact: true
                    dense: page.dense
                    minTarget: page.target
                    width: Math.min(implicitWidth, actions.width)
                    outlined: true
                    enabled: StaffSummary.state.state !== "working"
                    onClicked: StaffSummary.exportCsv()
                }
            }
        }
        // Where, when, when it was made and by whom: two to a line where there is room.
        GridLayout {
            objectName: "summaryHeading"
            visible: StaffSummary.heading.place !== undefined
            columns: page.table ? 2 : 1
            columnSpacing: page.gap * 2
            rowSpacing: 2
            Layout.fillWidth: true
            Layout.fillHeight: false
            Repeater {
                model: {
                    const h = StaffSummary.heading
                    const w = StaffSummary.words
                    if (!h.place) return []
                    const lines = [w.place + ": " + h.place, w.date + ": " + h.day, w.made_at + ": " + h.madeAt]
                    if (h.staff) lines.push(w.staff + ": " + h.staff)
                    return lines
                }
                Text {
                    text: modelData
                    font.family: Theme.fontFamily
                    font.pixelSize: page.bodyPx
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
            }
        }
        Text {
            objectName: "summaryFolder"
            text: qsTr("Saved to the folder %1").arg(StaffSummary.folder)
            font.family: Theme.fontFamily
            font.pixelSize: page.smallPx
            color: Theme.mutedText
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }
        Text {
            objectName: "summaryState"
            visible: text !== ""
            text: page.stateText()
            font.family: Theme.fontFamily
            font.pixelSize: page.bodyPx
            font.bold: true
            color: StaffSummary.state.state === "problem" ? Theme.danger : Theme.text
            wrapMode: Text.WrapAnywhere
            Layout.fillWidth: true
        }

        // --- as a table: the counts' words over their columns, a service to a line ---------------------------
        RowLayout {
            objectName: "summaryTableHead"
            visible: page.table && StaffSummary.heading.place !== undefined
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: false
            Text {
                text: StaffSummary.words.service || ""
                font.family: Theme.fontFamily
                font.pixelSize: page.smallPx
                font.bold: true
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.alignment: Qt.AlignBottom
            }
            Repeater {
                model: page.keys
                FitText {
                    text: StaffSummary.words[page.wordKeys[modelData]] || ""
                    fullSize: page.smallPx
                    bold: true
                    color: Theme.mutedText
                    horizontalAlignment: Text.AlignRight
                    Layout.preferredWidth: page.countWidth
                    Layout.rightMargin: index === page.keys.length - 1 ? 12 : 0
                    Layout.alignment: Qt.AlignBottom
                }
            }
        }
        Repeater {
            model: page.table ? StaffSummary.lines : null
            Rectangle {
                id: tableLine
                objectName: model.total ? "summaryTotal" : "summaryLine_" + index
                readonly property var line: model
                color: Theme.surface
                radius: 8
                border.width: model.total ? Theme.borderWidth + 2 : Theme.borderWidth
                border.color: model.total ? Theme.accent : Theme.border
                Layout.fillWidth: true
                implicitHeight: tableRow.implicitHeight + (page.dense ? 12 : 20)
                RowLayout {
                    id: tableRow
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; leftMargin: 12; rightMargin: 12 }
                    spacing: 0
                    FitText {
                        text: tableLine.line.service
                        fullSize: page.bodyPx
                        bold: true
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: page.keys
                        Text {
                            objectName: "summaryCount_" + modelData
                            text: String(tableLine.line[modelData])
                            font.family: Theme.fontFamily
                            font.pixelSize: page.labelPx
                            font.bold: true
                            color: Theme.text
                            horizontalAlignment: Text.AlignRight
                            Layout.preferredWidth: page.countWidth
                        }
                    }
                }
            }
        }

        // --- as cards, where a table does not fit ---------------------------------------------------------------
        Repeater {
            model: page.table ? null : StaffSummary.lines
            Rectangle {
                id: lineBox
                objectName: model.total ? "summaryTotal" : "summaryLine_" + index
                color: Theme.surface
                radius: 12
                border.width: model.total ? Theme.borderWidth + 2 : Theme.borderWidth
                border.color: model.total ? Theme.accent : Theme.border
                Layout.fillWidth: true
                implicitHeight: lineColumn.implicitHeight + 24
                readonly property var line: model
                ColumnLayout {
                    id: lineColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                    spacing: 8
                    FitText {
                        text: model.service
                        fullSize: page.labelPx
                        bold: true
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        // Six in a row, or two rows of three, or three of two: never one count left alone.
                        readonly property int fits: Math.floor(lineColumn.width / (260 * Theme.textScale * page.shrink))
                        columns: fits >= 6 ? 6 : fits >= 3 ? 3 : fits >= 2 ? 2 : 1
                        columnSpacing: 16
                        rowSpacing: 4
                        Layout.fillWidth: true
                        Repeater {
                            model: page.keys
                            RowLayout {
                                spacing: 8
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                FitText {
                                    text: StaffSummary.words[page.wordKeys[modelData]] || ""
                                    fullSize: page.smallPx
                                    color: Theme.text
                                    Layout.fillWidth: true
                                }
                                Text {
                                    objectName: "summaryCount_" + modelData
                                    text: String(lineBox.line[modelData])
                                    font.family: Theme.fontFamily
                                    font.pixelSize: page.bodyPx
                                    font.bold: true
                                    color: Theme.text
                                }
                            }
                        }
                    }
                }
            }
        }
        Text {
            objectName: "summaryAudit"
            visible: StaffSummary.heading.place !== undefined
            text: (StaffSummary.words.audit || "") + ": " + StaffSummary.heading.auditEntries + ". "
                  + (StaffSummary.heading.chainIntact ? StaffSummary.words.chain_ok : StaffSummary.words.chain_broken) + "."
            font.family: Theme.fontFamily
            font.pixelSize: page.smallPx
            font.bold: !StaffSummary.heading.chainIntact
            color: StaffSummary.heading.chainIntact ? Theme.mutedText : Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
