import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 5: who. Only the name is needed; the phone and the passport's last four
// digits are optional and help staff find the booking. A whole passport number
// is never asked for.
ScreenPage {
    id: page
    screenName: "booking_details"
    title: qsTr("Book an appointment")
    signal next()
    readAloudText: qsTr("Your name") + ". " + qsTr("Phone (optional)") + ". "
                   + qsTr("Last 4 digits of your passport (optional)") + ". " + errorText.text
    Component.onCompleted: {
        nameField.text = BookingController.name
        phoneField.text = BookingController.phone
        last4Field.text = BookingController.last4
    }
    StackView.onActivated: Qt.callLater(() => { if (page.StackView.status === StackView.Active) nameField.forceActiveFocus() })

    component Label_: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }

    ScrollArea {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        spacing: Theme.spacing * 0.6
        StepHeader {
            step: 5
            title: qsTr("Your details")
            summary: BookingController.serviceName + " · " + BookingController.locationName + " · "
                     + BookingController.dayTitle + " " + BookingController.slotTime
            Layout.fillWidth: true
        }
        Label_ { text: qsTr("Your name") }
        KioskField {
            id: nameField
            objectName: "bookingNameField"
            maximumLength: 100
            inputMethodHints: Qt.ImhNoPredictiveText
        }
        Label_ { text: qsTr("Phone (optional)") }
        KioskField {
            id: phoneField
            objectName: "bookingPhoneField"
            placeholderText: "+"
            maximumLength: 20
            inputMethodHints: Qt.ImhDialableCharactersOnly
        }
        Label_ { text: qsTr("Last 4 digits of your passport (optional)") }
        KioskField {
            id: last4Field
            objectName: "bookingLast4Field"
            placeholderText: "• • • •"
            maximumLength: 4
            inputMethodHints: Qt.ImhDigitsOnly
        }
        Text {
            id: errorText
            objectName: "bookingDetailsError"
            visible: text !== ""
            text: {
                const e = BookingController.error
                if (e === "name") return qsTr("Please write your name.")
                if (e === "phone") return qsTr("A phone number has only digits, spaces and a + at the start.")
                if (e === "passport_last4") return qsTr("Write exactly the last 4 digits of your passport, or leave it empty.")
                return ""
            }
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
        // A disabled button says what it is waiting for.
        Text {
            objectName: "bookingDetailsWaiting"
            visible: !nextButton.enabled
            text: qsTr("Write your name to go on.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskButton {
            id: nextButton
            objectName: "bookingDetailsNext"
            text: qsTr("Next")
            enabled: nameField.text.trim() !== ""
            Layout.fillWidth: true
            onClicked: if (BookingController.setDetails(nameField.text, phoneField.text, last4Field.text)) page.next()
        }
    }
}
