import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Cancel or change a booking with its reference and the name or the passport's
// last 4 digits. A mistyped reference is caught by its check character.
// Offline, only the bookings made at this kiosk can be found, and a line says so.
ScreenPage {
    id: page
    screenName: "booking_manage"
    title: qsTr("Cancel or change a booking")
    signal reschedule()
    signal done()
    readonly property var found: BookingController.found
    readonly property string problem: {
        const e = BookingController.error
        if (e === "reference") return qsTr("This reference is not right: please check each character.")
        if (e === "not_found") return qsTr("No booking matches this reference and name.")
        if (e === "not_found_offline") return qsTr("Offline, this kiosk can find only bookings made here. Try again later or ask at the office.")
        if (e === "failed") return qsTr("Something went wrong. Please try again or ask staff for help.")
        return ""
    }
    readAloudText: title + ". " + (BookingController.sellingOffline ? offlineNote.text + " " : "")
                   + qsTr("Type the reference from your receipt, and your name or the last 4 digits of your passport.")
                   + " " + problem + " " + (found.reference ? found.summary : "")
    Component.onCompleted: BookingController.beginManage()
    StackView.onActivated: Qt.callLater(() => { if (page.StackView.status === StackView.Active) referenceField.forceActiveFocus() })

    ScrollArea {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        spacing: Theme.spacing * 0.6
        FitText {
            text: page.title
            fullSize: Theme.titleSize
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        OfflineNote {
            id: offlineNote
            objectName: "manageOffline"
            finding: true
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Type the reference from your receipt, and your name or the last 4 digits of your passport.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskField {
            id: referenceField
            objectName: "manageReferenceField"
            placeholderText: "XXXX-XXXX"
            font.pixelSize: Theme.titleSize * 0.8
            font.capitalization: Font.AllUppercase
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
            maximumLength: 12
        }
        Text {
            text: qsTr("Your name or the last 4 digits of your passport")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskField {
            id: whoField
            objectName: "manageWhoField"
            maximumLength: 100
        }
        Text {
            objectName: "manageWaiting"
            visible: !findButton.enabled
            text: qsTr("Write the reference and your name or the 4 digits to go on.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskButton {
            id: findButton
            objectName: "manageFind"
            text: qsTr("Find my booking")
            iconName: "search"
            enabled: referenceField.text.trim() !== "" && whoField.text.trim() !== ""
            Layout.fillWidth: true
            onClicked: BookingController.findBooking(referenceField.text, whoField.text)
        }
        Text {
            objectName: "manageProblem"
            visible: page.problem !== ""
            text: page.problem
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            visible: page.found.reference !== undefined
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border
            Layout.fillWidth: true
            implicitHeight: foundColumn.implicitHeight + 40
            ColumnLayout {
                id: foundColumn
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 20 }
                spacing: Theme.spacing * 0.5
                Text {
                    objectName: "manageFound"
                    text: page.found.cancelled ? qsTr("This booking is cancelled.") + "\n" + (page.found.summary || "")
                                               : (page.found.summary || "")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.labelSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ActionRow {
                    visible: !page.found.cancelled
                    Layout.fillWidth: true
                    KioskButton {
                        objectName: "manageReschedule"
                        text: qsTr("Change the time")
                        iconName: "clock"
                        outlined: true
                        Layout.fillWidth: true
                        onClicked: { BookingController.startReschedule(); page.reschedule() }
                    }
                    KioskButton {
                        objectName: "manageCancel"
                        text: confirmCancel ? qsTr("Yes, cancel it") : qsTr("Cancel the booking")
                        property bool confirmCancel: false
                        iconName: "cross"
                        fill: Theme.danger
                        Layout.fillWidth: true
                        onClicked: {
                            if (!confirmCancel) { confirmCancel = true; return }
                            BookingController.cancelBooking()
                        }
                    }
                }
            }
        }
        Item { Layout.fillHeight: true }
    }
}
