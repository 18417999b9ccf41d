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

    // Landscape: the reference and the QR code side by side, both in the first
    // screenful, so one photo of the screen holds the whole receipt. Portrait:
    // one column. What to do next stays in view below.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        spacing: Theme.spacing * 0.75
        ScrollArea {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            GridLayout {
                id: receipt
                readonly property bool wide: page.width > page.height
                columns: wide ? 2 : 1
                columnSpacing: Theme.spacing * 2
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                ColumnLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    RowLayout {
                        spacing: 20
                        Layout.fillWidth: true
                        IconDisc { name: "check"; fill: Theme.rights; round: true; size: 88 }
                        FitText {
                            text: page.title
                            fullSize: Theme.titleSize
                            bold: true
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                    }
                    Text {
                        text: qsTr("Your reference")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "bookingReference"
                        text: BookingController.reference
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.heroSize * 1.4
                        font.bold: true
                        font.letterSpacing: 6
                        color: Theme.text
                        // A reference cannot wrap: at the largest text it shrinks to fit instead.
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.titleSize
                        Layout.fillWidth: true
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
                            IconDisc {
                                fill: BookingController.printState === "problem" ? Theme.warning : Theme.rights
                                name: BookingController.printState === "problem" ? "warning" : "print"
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
                }
                Image {
                    objectName: "bookingQr"
                    source: BookingController.qrSource
                    visible: source !== ""
                    // As large as fits beside the details (landscape) or across the screen (portrait).
                    readonly property int side: Math.max(240, Math.min(480, receipt.wide ? flick.height - 8 : flick.width * 0.6))
                    sourceSize.width: side
                    sourceSize.height: side
                    Layout.alignment: receipt.wide ? (Qt.AlignTop | Qt.AlignRight) : Qt.AlignHCenter
                    Layout.preferredWidth: side
                    Layout.preferredHeight: side
                }
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
        }
        ActionRow {
            Layout.fillWidth: true
            Layout.rightMargin: 16
            KioskButton {
                objectName: "bookingListen"
                visible: SpeechController.available
                text: qsTr("Listen to the receipt")
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
