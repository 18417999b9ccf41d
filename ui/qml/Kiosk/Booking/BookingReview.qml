import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 6: everything on one screen before anything is booked.
ScreenPage {
    id: page
    screenName: "booking_review"
    title: qsTr("Book an appointment")
    signal booked()
    signal chooseAnotherTime()
    readonly property var rows: [
        { label: qsTr("Service"), value: BookingController.serviceName },
        { label: qsTr("Place"), value: BookingController.locationName + "\n" + BookingController.locationAddress },
        { label: qsTr("Date and time"), value: BookingController.dayTitle + ", " + BookingController.slotTime },
        { label: qsTr("Name"), value: BookingController.name },
        { label: qsTr("Phone"), value: BookingController.phone },
        { label: qsTr("Passport, last 4 digits"), value: BookingController.last4 }
    ]
    readonly property string problem: {
        const e = BookingController.error
        if (e === "full") return qsTr("Someone has just taken the last place at this time. Please choose another time.")
        if (e === "full_offline") return qsTr("This kiosk cannot book this time while offline. Choose another time, or book at the office.")
        if (e === "not_found_offline") return qsTr("Offline, this kiosk can find only bookings made here. Try again later or ask at the office.")
        if (e === "already") return qsTr("You already have a booking for this service on this day.")
        if (e === "window") return qsTr("This time can no longer be booked. Please choose another time.")
        if (e === "failed") return qsTr("The booking could not be saved. Please try again or ask staff for help.")
        if (e === "unavailable") return qsTr("This kiosk cannot save bookings right now, so the booking was not made. Please ask staff, or use another kiosk.")
        return ""
    }
    readAloudText: qsTr("Check your booking") + ". " + rows.filter(r => r.value.trim() !== "")
                   .map(r => r.label + ": " + r.value).join(". ") + ". " + problem
    Connections {
        target: BookingController
        function onStateChanged() { if (BookingController.state === "booked") page.booked() }
    }

    ScrollArea {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        StepHeader { step: 6; title: qsTr("Check your booking"); Layout.fillWidth: true }
        Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border
            Layout.fillWidth: true
            implicitHeight: summary.implicitHeight + 48
            ColumnLayout {
                id: summary
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                spacing: 14
                Repeater {
                    model: page.rows
                    ColumnLayout {
                        visible: modelData.value.trim() !== ""
                        spacing: 2
                        Layout.fillWidth: true
                        Text {
                            text: modelData.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize * 0.8
                            color: Theme.mutedText
                        }
                        Text {
                            text: modelData.value
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.labelSize
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        Text {
            objectName: "bookingProblem"
            visible: page.problem !== ""
            text: page.problem
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        KioskButton {
            objectName: "bookingAnotherTime"
            visible: ["full", "full_offline", "window"].indexOf(BookingController.error) >= 0
            text: qsTr("Choose another time")
            outlined: true
            Layout.fillWidth: true
            onClicked: page.chooseAnotherTime()
        }
        KioskButton {
            objectName: "bookingConfirm"
            text: BookingController.state === "booking" ? qsTr("Booking…")
                  : (BookingController.rescheduling ? qsTr("Change to this time") : qsTr("Confirm the booking"))
            iconName: "check"
            enabled: BookingController.state !== "booking"
            Layout.fillWidth: true
            onClicked: BookingController.confirm()
        }
    }
}
