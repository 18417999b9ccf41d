import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The staff desk: who is signed in, the place and the day, the day's counts,
// the scanner, what the last check-in found, and the day's list to search and
// act on. The scanner keeps the keyboard focus while nobody types elsewhere.
//
// The desk's actions are a bar over the rest. On a wide window the rest is two
// columns, each scrolling on its own: on the left who is signed in, the scanner,
// what it found, the place and the day; on the right the counts, the search and
// the list, which takes the rest of the height, so a clerk sees all of it at
// once. On a narrow window (portrait, large text) it is one column and the page
// scrolls; the same items move between the two (`parent`), so nothing typed is
// lost, and no scroll area ever sits inside another.
ScreenPage {
    id: page
    screenName: "staffDesk"
    title: qsTr("Staff desk")
    canGoBack: false
    readonly property bool shown: StackView.status === StackView.Active
    property bool choosingPlace: false
    readAloudText: title + ". " + StaffMode.locationName + ". " + StaffMode.dayTitle
    signal walkIn()
    signal summary()
    signal menu()

    // A laptop (`kiosk staff`, or a landscape window as short as a laptop's, as the shell's compact
    // top bar): smaller words, and a mouse's targets rather than a finger's, so the list has the room.
    readonly property bool dense: StaffMode.staffOnly || (Window.width > Window.height && Window.height < 900)
    readonly property int target: dense ? Theme.minPointer : Theme.minTouch
    // Smaller words on a laptop; a little smaller beside the list on a landscape kiosk (staff stand close).
    readonly property real shrink: dense ? 0.7 : wide ? 0.85 : 1
    readonly property int gap: dense ? 10 : 18
    readonly property int bodyPx: Math.round(Theme.bodySize * shrink)
    readonly property int smallPx: Math.round(Theme.bodySize * 0.85 * shrink)
    readonly property int labelPx: Math.round(Theme.labelSize * shrink)
    // Two columns while both have room at this text size, and the window is tall enough for the
    // list to show a few people under the counts and the search.
    readonly property bool wide: area.width >= 1100 * Theme.textScale && area.height >= 480 * Theme.textScale
    Component.onCompleted: StaffDesk.reload()
    // What a scan found shows at the top, wherever the page was scrolled to.
    Connections {
        target: StaffDesk
        function onOutcomeChanged() { if (StaffDesk.outcome.code) { area.contentY = 0; left.contentY = 0 } }
    }

    function countLabel(key) {
        if (key === "booked") return qsTr("Booked")
        if (key === "checkedIn") return qsTr("Checked in")
        if (key === "served") return qsTr("Served")
        if (key === "noShow") return qsTr("No-shows")
        if (key === "cancelled") return qsTr("Cancelled")
        return qsTr("Walk-ins")
    }
    function problemText(problem) {
        if (problem === "cancelled") return qsTr("That booking was cancelled.")
        if (problem === "finished") return qsTr("That visit is already finished: undo it first.")
        if (problem === "already_checked_in") return qsTr("That person is already checked in.")
        if (problem === "not_checked_in") return qsTr("Check the person in first.")
        if (problem === "undo_expired") return qsTr("Too late to undo: the time for it is over.")
        if (problem === "nothing_to_undo") return qsTr("There is nothing to undo.")
        if (problem === "not_permitted") return qsTr("Only a supervisor can do that.")
        if (problem === "not_found") return qsTr("That booking is not on this list.")
        if (problem === "cannot_reprint") return qsTr("This receipt cannot be printed here: the list does not have the name.")
        if (problem === "failed") return qsTr("That did not work. Try again; if it keeps failing, tell a supervisor.")
        return ""
    }
    function undoText() {
        const shown = StaffDesk.undoReference.substring(0, 4) + "-" + StaffDesk.undoReference.substring(4)
        if (StaffDesk.undoAction === "served") return qsTr("Marked as served: %1").arg(shown)
        if (StaffDesk.undoAction === "no_show") return qsTr("Marked as a no-show: %1").arg(shown)
        return qsTr("Checked in: %1").arg(shown)
    }

    ScrollArea {
        id: area
        anchors.fill: parent
        anchors.margins: page.dense ? 12 : 24
        anchors.rightMargin: page.dense ? 8 : 12
        // Two columns scroll on their own and the page does not: no gutter for a bar it never shows.
        gutter: !page.wide
        spacing: page.gap

        Rectangle {
            id: warning
            objectName: "deskSignOutWarning"
            visible: StaffMode.signedIn && StaffMode.secondsLeft > 0 && StaffMode.secondsLeft <= 30
            color: Theme.highContrast ? "#000000" : "#fff4d6"
            border.width: Theme.borderWidth
            border.color: Theme.warning
            radius: 12
            Layout.fillWidth: true
            implicitHeight: warningText.implicitHeight + 2 * page.gap
            Text {
                id: warningText
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 16 }
                text: qsTr("Signing out in %1 s for want of a tap. Tap anywhere to stay.").arg(StaffMode.secondsLeft)
                font.family: Theme.fontFamily
                font.pixelSize: page.bodyPx
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
            }
        }

        // --- what else the desk does: a bar over both columns -------------------------------------------------
        Flow {
            id: actions
            spacing: page.dense ? 8 : 12
            Layout.fillWidth: true
            KioskButton {
                objectName: "deskWalkInButton"
                text: qsTr("Walk-in")
                iconName: "walkin"
                compact: true
                dense: page.dense
                minTarget: page.target
                width: Math.min(implicitWidth, actions.width)
                enabled: StaffMode.isToday
                onClicked: page.walkIn()
            }
            KioskButton {
                objectName: "deskSummaryButton"
                text: qsTr("Day summary")
                iconName: "summary"
                compact: true
                dense: page.dense
                minTarget: page.target
                width: Math.min(implicitWidth, actions.width)
                outlined: true
                onClicked: page.summary()
            }
            KioskButton {
                objectName: "deskMenuButton"
                text: qsTr("Staff menu")
                iconName: "lock"
                compact: true
                dense: page.dense
                minTarget: page.target
                width: Math.min(implicitWidth, actions.width)
                outlined: true
                onClicked: page.menu()
            }
            KioskButton {
                objectName: "deskSignOutButton"
                text: qsTr("Sign out")
                iconName: "exit"
                compact: true
                dense: page.dense
                minTarget: page.target
                width: Math.min(implicitWidth, actions.width)
                outlined: true
                onClicked: StaffMode.signOut()
            }
            KioskButton {
                objectName: "deskLeaveButton"
                visible: !StaffMode.staffOnly
                text: qsTr("Leave staff mode")
                iconName: "home"
                compact: true
                dense: page.dense
                minTarget: page.target
                width: Math.min(implicitWidth, actions.width)
                fill: Theme.danger
                onClicked: StaffMode.leave()
            }
        }

        // --- wide: two columns, each scrolling on its own ------------------------------------------------------
        RowLayout {
            visible: page.wide
            spacing: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollArea {
                id: left
                spacing: 0
                // Its scroll gutter is the space between the columns.
                Layout.preferredWidth: Math.round(area.width * 0.36)
                Layout.fillHeight: true
                Layout.preferredHeight: page.target
                Layout.alignment: Qt.AlignTop
                Item { id: leftHost; Layout.fillWidth: true; implicitHeight: page.wide ? leftContent.implicitHeight : 0 }
                Item { Layout.fillHeight: true }
            }
            ColumnLayout {
                spacing: page.gap
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.alignment: Qt.AlignTop
                Item {
                    id: rightFixedHost
                    Layout.fillWidth: true
                    // As wide as the rows under it: the list's scroll bar has the gutter beside them.
                    Layout.rightMargin: Theme.scrollBarWidth + 12
                    implicitHeight: page.wide ? rightFixed.implicitHeight : 0
                }
                ScrollArea {
                    id: list
                    visible: rows.count > 0
                    spacing: 0
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // At the least a person or two, however little room the rest leaves it.
                    Layout.preferredHeight: Math.min(rowsContent.implicitHeight, Math.round(2 * Theme.touch * Theme.textScale * page.shrink))
                    Item { id: listHost; Layout.fillWidth: true; implicitHeight: page.wide ? rowsContent.implicitHeight : 0 }
                    Item { Layout.fillHeight: true }
                }
                Item { visible: rows.count === 0; Layout.fillHeight: true }
            }
        }

        // --- narrow: one column, in the page's scroll ------------------------------------------------------------
        Item { id: leftSlot; visible: !page.wide; Layout.fillWidth: true; implicitHeight: page.wide ? 0 : leftContent.implicitHeight }
        Item { id: rightFixedSlot; visible: !page.wide; Layout.fillWidth: true; implicitHeight: page.wide ? 0 : rightFixed.implicitHeight }
        Item { id: listSlot; visible: !page.wide; Layout.fillWidth: true; implicitHeight: page.wide ? 0 : rowsContent.implicitHeight }
        Item { visible: !page.wide; Layout.fillHeight: true }
    }

    // --- who, the scanner and what it found, where and when -------------------------------------------------------
    ColumnLayout {
        id: leftContent
        parent: page.wide ? leftHost : leftSlot
        width: parent ? parent.width : 0
        height: implicitHeight
        spacing: page.gap
        FitText {
            objectName: "deskMember"
            text: qsTr("Signed in: %1").arg(StaffMode.memberId === "device" ? qsTr("this device's PIN") : StaffMode.memberName)
            fullSize: page.labelPx
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        // --- check-in -------------------------------------------------------------------------------
        ScanCatcher {
            id: scanner
            objectName: "deskScanner"
            active: page.shown
            dense: page.dense
            prompt: qsTr("Scan the receipt's QR code, or type its reference and press Enter.")
            Layout.fillWidth: true
            onSubmitted: (text) => StaffDesk.scan(text)
        }
        GridLayout {
            id: typedRow
            visible: !StaffMode.staffOnly
            // Side by side while the field keeps room for a whole reference; else one under the other.
            columns: width >= typedCheckIn.implicitWidth + 12 + 320 * Theme.textScale * page.shrink ? 2 : 1
            columnSpacing: 12
            rowSpacing: 12
            Layout.fillWidth: true
            Layout.fillHeight: false
            KioskField {
                id: typedReference
                objectName: "deskTypedReference"
                placeholderText: "XXXX-XXXX"
                inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhUppercaseOnly
                font.pixelSize: page.labelPx
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(page.shrink < 1 ? page.target : Theme.touch, implicitHeight)
                onAccepted: { StaffDesk.scan(text); text = ""; scanner.forceActiveFocus() }
            }
            KioskButton {
                id: typedCheckIn
                objectName: "deskTypedCheckIn"
                text: qsTr("Check in")
                iconName: "checkedin"
                compact: true
                dense: page.dense
                minTarget: page.target
                enabled: typedReference.text.trim() !== ""
                onClicked: { StaffDesk.scan(typedReference.text); typedReference.text = ""; scanner.forceActiveFocus() }
            }
        }
        DeskOutcome {
            objectName: "deskOutcome"
            outcome: StaffDesk.outcome
            dense: page.dense
            shrink: page.shrink
            target: page.target
            Layout.fillWidth: true
            onDismissed: { StaffDesk.clearOutcome(); scanner.forceActiveFocus() }
        }
        Rectangle {
            objectName: "deskUndoBar"
            visible: StaffDesk.undoReference !== ""
            color: Theme.surface
            radius: 12
            border.width: Theme.borderWidth + 2
            border.color: Theme.accent
            Layout.fillWidth: true
            implicitHeight: undoRow.implicitHeight + (page.dense ? 16 : 24)
            // The words and the button side by side while the words need no more than two lines
            // there; else one under the other.
            GridLayout {
                id: undoRow
                anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: page.dense ? 8 : 12 }
                columns: width >= undoButton.implicitWidth + columnSpacing + undoWords.implicitWidth * 0.65 ? 2 : 1
                columnSpacing: page.dense ? 12 : 16
                rowSpacing: 8
                Text {
                    id: undoWords
                    text: page.undoText()
                    font.family: Theme.fontFamily
                    font.pixelSize: page.bodyPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskButton {
                    id: undoButton
                    objectName: "deskUndoButton"
                    text: qsTr("Undo (%1 s)").arg(StaffDesk.undoSecondsLeft)
                    iconName: "undo"
                    compact: true
                    dense: page.dense
                    minTarget: page.target
                    outlined: true
                    Layout.maximumWidth: undoRow.width
                    Layout.alignment: Qt.AlignRight
                    onClicked: StaffDesk.undo()
                }
            }
        }
        Text {
            objectName: "deskProblem"
            visible: text !== ""
            text: page.problemText(StaffDesk.actionProblem)
            font.family: Theme.fontFamily
            font.pixelSize: page.bodyPx
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ReceiptPanel {
            objectName: "deskReprint"
            reference: StaffDesk.reprinted.reference || ""
            printState: StaffDesk.reprinted.state || ""
            qr: StaffDesk.reprinted.qr || ""
            heading: qsTr("Receipt printed again")
            Layout.fillWidth: true
            onClosed: StaffDesk.closeReprint()
        }
        // --- where, when ----------------------------------------------------------------------------
        RowLayout {
            objectName: "deskPlace"
            visible: StaffMode.placeCount <= 1
            spacing: 10
            Layout.fillWidth: true
            Layout.fillHeight: false
            Icon {
                name: "place"
                color: Theme.accent
                size: Math.round((page.dense ? 30 : 40) * Math.min(Theme.textScale, 1.3))
            }
            FitText {
                text: StaffMode.locationName
                fullSize: page.bodyPx
                bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
        }
        KioskButton {
            objectName: "deskPlaceButton"
            visible: StaffMode.placeCount > 1
            text: StaffMode.locationName
            iconName: "place"
            outlined: !page.choosingPlace
            compact: true
            dense: page.dense
            minTarget: page.target
            Layout.fillWidth: true
            onClicked: page.choosingPlace = !page.choosingPlace
        }
        Repeater {
            model: page.choosingPlace ? StaffMode.places : null
            KioskButton {
                objectName: "deskPlace_" + model.locationId
                text: model.name
                compact: true
                dense: page.dense
                minTarget: page.target
                outlined: model.locationId !== StaffMode.locationId
                Layout.fillWidth: true
                onClicked: { StaffMode.choosePlace(model.locationId); page.choosingPlace = false }
            }
        }
        // The day between the buttons that move it: their words where there is room for them,
        // else their arrows alone (the words are then their tooltips and accessible names).
        RowLayout {
            id: days
            // A button's icon, padding and spacing around its words (KioskButton's dense look).
            readonly property real chrome: Math.round((page.dense ? 26 : 32) * Math.min(Theme.textScale, 1.3))
                                           + (page.dense ? 38 : 48)
            readonly property bool words: width >= dayTitle.implicitWidth + 3 * spacing + 2 * chrome
                + Math.ceil(dayMetrics.advanceWidth(qsTr("Day before")) + dayMetrics.advanceWidth(qsTr("Day after")))
                + (StaffMode.isToday ? 0 : today.implicitWidth + spacing)
            spacing: 10
            Layout.fillWidth: true
            Layout.fillHeight: false
            FontMetrics {
                id: dayMetrics
                font: Qt.font({ family: Theme.fontFamily, pixelSize: dayEarlier.font.pixelSize, bold: true })
            }
            KioskButton {
                id: dayEarlier
                objectName: "deskDayEarlier"
                text: days.words ? qsTr("Day before") : ""
                Accessible.name: qsTr("Day before")
                ToolTip.visible: hovered && !days.words
                ToolTip.text: qsTr("Day before")
                iconName: "back"
                compact: true
                dense: page.dense
                minTarget: page.target
                outlined: true
                Layout.preferredWidth: days.words ? implicitWidth : page.target
                onClicked: StaffMode.showDay(-1)
            }
            FitText {
                id: dayTitle
                objectName: "deskDay"
                text: StaffMode.dayTitle
                fullSize: page.bodyPx
                bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "deskDayLater"
                text: days.words ? qsTr("Day after") : ""
                Accessible.name: qsTr("Day after")
                ToolTip.visible: hovered && !days.words
                ToolTip.text: qsTr("Day after")
                iconName: "forward"
                compact: true
                dense: page.dense
                minTarget: page.target
                outlined: true
                Layout.preferredWidth: days.words ? implicitWidth : page.target
                onClicked: StaffMode.showDay(1)
            }
            KioskButton {
                id: today
                objectName: "deskToday"
                visible: !StaffMode.isToday
                text: qsTr("Today")
                iconName: "waiting"
                compact: true
                dense: page.dense
                minTarget: page.target
                onClicked: StaffMode.showToday()
            }
        }

        Text {
            objectName: "deskListFrom"
            text: StaffDesk.listFrom !== "" ? qsTr("List from the centre: %1").arg(StaffDesk.listFrom)
                  : qsTr("This device has no list from the centre for this day: only what was done here shows.")
            font.family: Theme.fontFamily
            font.pixelSize: page.smallPx
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // --- the day's numbers, and the search -------------------------------------------------------------------------
    ColumnLayout {
        id: rightFixed
        parent: page.wide ? rightFixedHost : rightFixedSlot
        width: parent ? parent.width : 0
        height: implicitHeight
        spacing: page.gap
        GridLayout {
            objectName: "deskCounts"
            // Six in a row, or two rows of three, or three of two: never a lone tile on a row of its own.
            readonly property int fits: Math.floor((rightFixed.width + columnSpacing) / (165 * Theme.textScale * page.shrink + columnSpacing))
            columns: fits >= 6 ? 6 : fits >= 3 ? 3 : 2
            columnSpacing: page.dense ? 8 : 12
            rowSpacing: page.dense ? 8 : 12
            Layout.fillWidth: true
            Layout.fillHeight: false
            Repeater {
                model: ["booked", "checkedIn", "served", "noShow", "cancelled", "walkIns"]
                Rectangle {
                    objectName: "deskCount_" + modelData
                    color: Theme.surface
                    radius: 12
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    implicitHeight: countRow.implicitHeight + 2 * countRow.anchors.margins
                    // The number, and its word beside it (wrapping under itself).
                    RowLayout {
                        id: countRow
                        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: page.dense ? 6 : 10 }
                        spacing: page.dense ? 6 : 10
                        Text {
                            objectName: "deskCountValue_" + modelData
                            text: String(StaffDesk.counts[modelData] || 0)
                            font.family: Theme.fontFamily
                            font.pixelSize: Math.round(Theme.titleSize * (page.dense ? 0.65 : 0.85))
                            font.bold: true
                            color: Theme.text
                        }
                        FitText {
                            text: page.countLabel(modelData)
                            fullSize: Math.round(Theme.bodySize * (page.dense ? 0.6 : 0.8))
                            lineHeight: 0.95
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        GridLayout {
            id: searchRow
            // The words beside the field while the field keeps room for a name; else above it.
            readonly property bool besides: width >= search.minimum + columnSpacing + searchLabel.implicitWidth * 0.5
            columns: besides ? 2 : 1
            columnSpacing: 12
            rowSpacing: 6
            Layout.fillWidth: true
            Layout.fillHeight: false
            Text {
                id: searchLabel
                text: qsTr("Find by reference, name or phone:")
                font.family: Theme.fontFamily
                font.pixelSize: page.bodyPx
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: !searchRow.besides
                Layout.preferredWidth: searchRow.besides
                                       ? Math.ceil(Math.min(implicitWidth, searchRow.width - search.minimum - searchRow.columnSpacing))
                                       : -1
                Layout.alignment: Qt.AlignVCenter
            }
            KioskField {
                id: search
                readonly property real minimum: Math.round(360 * Theme.textScale * page.shrink)
                objectName: "deskSearch"
                inputMethodHints: Qt.ImhNoPredictiveText
                font.pixelSize: page.labelPx
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(page.shrink < 1 ? page.target : Theme.touch, implicitHeight)
                onTextChanged: StaffDesk.setQuery(text)
                onAccepted: if (StaffDesk.submitSearch(text)) text = ""; else scanner.forceActiveFocus()
            }
        }
        Text {
            objectName: "deskListEmpty"
            visible: rows.count === 0
            text: StaffDesk.total === 0 ? qsTr("Nobody is on this list.") : qsTr("Nobody on the list matches.")
            font.family: Theme.fontFamily
            font.pixelSize: page.bodyPx
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // --- the list ------------------------------------------------------------------------------------------------------
    ColumnLayout {
        id: rowsContent
        // Every row one line of a table when the widest need of them all fits (DeskRow).
        readonly property bool tableFits: {
            let widest = 0
            for (let i = 0; i < rows.count; i++) {
                const shown = rows.itemAt(i)
                if (shown) widest = Math.max(widest, shown.needed)
            }
            return widest > 0 && widest <= width
        }
        parent: page.wide ? listHost : listSlot
        width: parent ? parent.width : 0
        height: implicitHeight
        spacing: page.dense ? 6 : 12
        Repeater {
            id: rows
            model: StaffDesk.rows
            DeskRow {
                objectName: "deskRow_" + model.reference
                entry: model
                // Beside the counts on a landscape kiosk too: more people in view.
                dense: page.shrink < 1
                shrink: page.shrink
                target: page.target
                oneLine: rowsContent.tableFits
                Layout.fillWidth: true
            }
        }
    }
}
