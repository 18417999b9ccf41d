import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The booking is saved: the reference and the QR code, large enough to
// photograph, whatever the printer does. The printer's state is said in words.
ScreenPage {
    id: page
    screenName: "booking_done"
    title: qsTr("Your booking is saved")
    canGoBack: false
    signal done()
    readonly property string printText: {
        const s = BookingController.printState
        if (s === "printing") return qsTr("Printing your receipt…")
        if (s === "printed") return qsTr("Take your receipt from the printer below the screen.")
        if (s === "problem") return qsTr("The receipt could not be printed. Please take a photo of this screen: the code and the QR code are your receipt. Staff have been told.")
        return ""
    }
    readAloudText: title + ". " + qsTr("Your reference is %1.").arg(BookingController.reference.split("").join(" "))
                   + " " + printText
    Component.onDestruction: SpeechController.stop()

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 32
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 16; policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
        ColumnLayout {
            id: column
            width: flick.width - 24
            spacing: Theme.spacing
            RowLayout {
                spacing: 20
                Layout.fillWidth: true
                Rectangle {
                    color: Theme.highContrast ? "#000000" : Theme.rights
                    border.width: Theme.highContrast ? 3 : 0
                    border.color: Theme.accent
                    radius: width / 2
                    implicitWidth: 88; implicitHeight: 88
                    Icon { anchors.centerIn: parent; name: "check"; size: 60 }
                }
                Text {
                    text: page.title
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            Text {
                text: qsTr("Your reference")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
            }
            Text {
                objectName: "bookingReference"
                text: BookingController.reference
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heroSize * 1.4
                font.bold: true
                font.letterSpacing: 6
                color: Theme.text
            }
            Text {
                text: BookingController.serviceName + "\n" + BookingController.locationName + ", "
                      + BookingController.locationAddress + "\n" + BookingController.dayTitle + ", " + BookingController.slotTime
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                objectName: "bookingPrintState"
                visible: page.printText !== ""
                color: Theme.highContrast ? "#000000" : (BookingController.printState === "problem" ? "#fff4d6" : "#e3f1e8")
                border.width: Theme.borderWidth
                border.color: BookingController.printState === "problem" ? Theme.warning : Theme.rights
                radius: 12
                Layout.fillWidth: true
                implicitHeight: printRow.implicitHeight + 24
                RowLayout {
                    id: printRow
                    anchors { fill: parent; margins: 12 }
                    spacing: 12
                    Rectangle {
                        color: BookingController.printState === "problem" ? Theme.warning : Theme.rights
                        radius: 8
                        implicitWidth: 52; implicitHeight: 52
                        Icon { anchors.centerIn: parent; name: BookingController.printState === "problem" ? "warning" : "print"; size: 40 }
                    }
                    Text {
                        objectName: "bookingPrintText"
                        text: page.printText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.bold: BookingController.printState === "problem"
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
            Image {
                objectName: "bookingQr"
                source: BookingController.qrSource
                visible: source !== ""
                sourceSize.width: 420
                sourceSize.height: 420
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: 420
                Layout.preferredHeight: 420
            }
            Text {
                visible: BookingController.documents.length > 0
                text: qsTr("Bring these documents:") + "\n• " + BookingController.documents.join("\n• ")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("To cancel or change it, choose \"Book an appointment\" on any kiosk, then \"Cancel or change a booking\", and type this reference.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.9
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true
                KioskButton {
                    objectName: "bookingListen"
                    visible: SpeechController.available
                    text: qsTr("Read the receipt aloud")
                    iconName: "speaker"
                    outlined: true
                    Layout.fillWidth: true
                    onClicked: BookingController.readReceipt()
                }
                KioskButton {
                    objectName: "bookingPrintAgain"
                    visible: BookingController.printState === "problem"
                    text: qsTr("Try printing again")
                    iconName: "print"
                    outlined: true
                    Layout.fillWidth: true
                    onClicked: BookingController.printReceipt()
                }
            }
            KioskButton {
                objectName: "bookingDone"
                text: qsTr("Done")
                iconName: "home"
                Layout.fillWidth: true
                onClicked: page.done()
            }
        }
    }
}
