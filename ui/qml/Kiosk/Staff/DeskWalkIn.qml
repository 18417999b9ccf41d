import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components
import Kiosk.Booking

// A walk-in at the desk: a service, one of today's remaining times here, a name
// and an optional phone; booked as the public screens book (same seats, same
// rules), checked in, and its receipt printed. On a wide window the choices and
// the person's details stand side by side, so the whole form is in view.
ScreenPage {
    id: page
    screenName: "staffWalkIn"
    title: qsTr("Walk-in")
    readAloudText: title + ". " + StaffMode.locationName
    Component.onCompleted: StaffWalkIn.begin()
    readonly property bool booked: StaffWalkIn.state === "booked"
    // A laptop (as the desk, DeskScreen): smaller words and a mouse's targets.
    readonly property bool dense: StaffMode.staffOnly || (Window.width > Window.height && Window.height < 900)
    readonly property int target: dense ? Theme.minPointer : Theme.minTouch
    readonly property real shrink: dense ? 0.7 : 1
    readonly property int gap: dense ? 10 : Math.round(Theme.spacing * 0.6)
    readonly property int labelPx: Math.round(Theme.labelSize * shrink)
    readonly property int bodyPx: Math.round(Theme.bodySize * shrink)
    readonly property bool wide: area.width >= 1100 * Theme.textScale

    function problemText(problem) {
        if (problem === "name") return qsTr("Type the person's name as in the passport, at least two letters.")
        if (problem === "phone") return qsTr("That phone number is not complete: type it with the country code, or leave it empty.")
        if (problem === "full") return qsTr("That time has just filled up. Choose another time.")
        if (problem === "full_offline") return qsTr("This device has no place left at that time while the centre does not answer. Choose another time.")
        if (problem === "already") return qsTr("This person already has a booking for this service that day.")
        if (problem === "passed") return qsTr("That time can no longer be booked. Choose another time.")
        if (problem === "failed") return qsTr("The walk-in was not saved. Try again; if it keeps failing, tell a supervisor.")
        return ""
    }

    ScrollArea {
        id: area
        anchors.fill: parent
        anchors.margins: page.dense ? 12 : 24
        anchors.rightMargin: page.dense ? 8 : 12
        spacing: page.gap

        FitText {
            text: page.title
            fullSize: Math.round(Theme.titleSize * (page.dense ? 0.75 : 1))
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        Text {
            text: StaffMode.locationName + " · " + StaffMode.dayTitle
            font.family: Theme.fontFamily
            font.pixelSize: page.bodyPx
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        // --- the form: what and when | who ------------------------------------------------------------------
        GridLayout {
            visible: !page.booked
            columns: page.wide ? 2 : 1
            columnSpacing: page.dense ? 24 : Theme.spacing
            rowSpacing: page.gap
            Layout.fillWidth: true
            Layout.fillHeight: false
            ColumnLayout {
                id: what
                spacing: page.gap
                Layout.fillWidth: true
                Layout.preferredWidth: 3
                Layout.fillHeight: false
                Layout.alignment: Qt.AlignTop
                Text {
                    objectName: "walkInNothingLeft"
                    visible: StaffWalkIn.loaded && StaffWalkIn.serviceCount === 0 && StaffWalkIn.state === ""
                    text: qsTr("No time is left today at this place.")
                    font.family: Theme.fontFamily
                    font.pixelSize: page.bodyPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    text: qsTr("Service")
                    font.family: Theme.fontFamily
                    font.pixelSize: page.labelPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: StaffWalkIn.services
                    ChoiceButton {
                        objectName: "walkInService_" + model.serviceId
                        text: model.name
                        chosen: StaffWalkIn.serviceId === model.serviceId
                        // A laptop's choice is a line, not a finger-sized card.
                        padding: page.dense ? 8 : 20
                        implicitHeight: Math.max(page.dense ? page.target : Theme.touch, contentItem.implicitHeight + 2 * padding)
                        Layout.fillWidth: true
                        onClicked: StaffWalkIn.chooseService(model.serviceId)
                    }
                }
                Text {
                    text: qsTr("Time")
                    visible: StaffWalkIn.timeCount > 0
                    font.family: Theme.fontFamily
                    font.pixelSize: page.labelPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                GridLayout {
                    columns: Math.max(2, Math.min(6, Math.floor((what.width + columnSpacing) / (Math.round(150 * Theme.textScale * page.shrink) + columnSpacing))))
                    columnSpacing: page.dense ? 8 : 12
                    rowSpacing: page.dense ? 8 : 12
                    Layout.fillWidth: true
                    Layout.fillHeight: false
                    Repeater {
                        model: StaffWalkIn.times
                        KioskButton {
                            objectName: "walkInTime_" + model.time.replace(":", "")
                            text: model.time
                            compact: true
                            dense: page.dense
                            minTarget: page.target
                            outlined: StaffWalkIn.slotId !== model.slotId
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            onClicked: StaffWalkIn.chooseSlot(model.slotId)
                        }
                    }
                }
            }
            ColumnLayout {
                spacing: page.gap
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                Layout.fillHeight: false
                Layout.alignment: Qt.AlignTop
                Text {
                    text: qsTr("Name, as in the passport")
                    font.family: Theme.fontFamily
                    font.pixelSize: page.labelPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskField {
                    id: nameField
                    objectName: "walkInName"
                    inputMethodHints: Qt.ImhNoPredictiveText
                    font.pixelSize: page.labelPx
                    Layout.preferredHeight: Math.max(page.dense ? page.target : Theme.touch, implicitHeight)
                }
                Text {
                    text: qsTr("Phone (optional)")
                    font.family: Theme.fontFamily
                    font.pixelSize: page.labelPx
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskField {
                    id: phoneField
                    objectName: "walkInPhone"
                    placeholderText: "+"
                    inputMethodHints: Qt.ImhDialableCharactersOnly
                    font.pixelSize: page.labelPx
                    Layout.preferredHeight: Math.max(page.dense ? page.target : Theme.touch, implicitHeight)
                }
                Text {
                    objectName: "walkInProblem"
                    visible: text !== ""
                    text: page.problemText(StaffWalkIn.problem)
                    font.family: Theme.fontFamily
                    font.pixelSize: page.bodyPx
                    font.bold: true
                    color: Theme.danger
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskButton {
                    objectName: "walkInBook"
                    text: StaffWalkIn.state === "booking" ? qsTr("Booking…") : qsTr("Book, check in and print")
                    iconName: "print"
                    dense: page.dense
                    // The form's one main action: a little taller than the rest even on a laptop.
                    minTarget: page.dense ? page.target + 8 : Theme.touch
                    enabled: StaffWalkIn.slotId !== "" && StaffWalkIn.state === ""
                    Layout.fillWidth: true
                    onClicked: StaffWalkIn.book(nameField.text, phoneField.text)
                }
            }
        }

        // --- booked ----------------------------------------------------------------------------------------
        ReceiptPanel {
            objectName: "walkInReceipt"
            visible: page.booked
            heading: qsTr("Booked and checked in: %1, %2").arg(StaffWalkIn.booked.service || "").arg(StaffWalkIn.booked.time || "")
            reference: StaffWalkIn.booked.reference || ""
            printState: StaffWalkIn.booked.printState || ""
            qr: StaffWalkIn.booked.qr || ""
            Layout.fillWidth: true
            onClosed: { nameField.text = ""; phoneField.text = ""; StaffWalkIn.begin() }
        }
        KioskButton {
            objectName: "walkInAnother"
            visible: page.booked
            text: qsTr("Another walk-in")
            iconName: "walkin"
            outlined: true
            compact: true
            dense: page.dense
            minTarget: page.target
            Layout.fillWidth: true
            onClicked: { nameField.text = ""; phoneField.text = ""; StaffWalkIn.begin() }
        }
        Item { Layout.fillHeight: true }
    }
}
