import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// What staff can do at the kiosk. Functions that arrive with later features say
// so instead of pretending.
ScreenPage {
    id: page
    screenName: "staffMenu"
    title: qsTr("Staff menu")
    readAloudText: title
    signal lockAndLeave()
    Component.onCompleted: { StaffController.refreshStatus(); ReceiptPrinter.refresh() }

    ScrollArea {
        anchors.fill: parent
        anchors.margins: 40
        anchors.rightMargin: 16

        FitText {
            text: page.title
            fullSize: Theme.heroSize
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        Text {
            objectName: "demoPinWarning"
            visible: StaffController.usesDemoPin
            text: qsTr("Warning: this kiosk uses the demo PIN. Set a staff PIN before public use.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.width: Theme.borderWidth
            border.color: Theme.border
            Layout.fillWidth: true
            implicitHeight: statusColumn.implicitHeight + 40
            Column {
                id: statusColumn
                objectName: "staffStatus"
                anchors.fill: parent
                anchors.margins: 20
                spacing: 8
                Repeater {
                    model: StaffController.status
                    Text {
                        text: modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: Math.round(Theme.bodySize * 0.8)
                        color: Theme.text
                        wrapMode: Text.Wrap
                        width: statusColumn.width
                    }
                }
            }
        }
        Text {
            text: qsTr("Test the on-screen keyboard:")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskField {
            objectName: "keyboardTestField"
            font.pixelSize: Theme.titleSize
            inputMethodHints: Qt.ImhNone
        }
        Text {
            objectName: "staffPrinterStatus"
            text: ReceiptPrinter.status
            visible: text !== ""
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize * 0.85
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "staffTestPrintButton"
            text: qsTr("Print a test page")
            iconName: "print"
            Layout.fillWidth: true
            onClicked: ReceiptPrinter.testPrint()
        }
        Text {
            visible: recentRepeater.count > 0
            text: qsTr("Print a receipt again:")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            id: recentRepeater
            model: ReceiptPrinter.recent
            KioskButton {
                objectName: "staffReprint_" + model.reference
                text: model.summary
                iconName: "print"
                outlined: true
                font.pixelSize: Theme.bodySize * 0.85
                Layout.fillWidth: true
                onClicked: ReceiptPrinter.reprint(model.reference)
            }
        }
        KioskButton {
            objectName: "staffSyncButton"
            text: qsTr("Synchronise now")
            iconName: "sync"
            enabled: SyncController.connected && !SyncController.busy
            Layout.fillWidth: true
            onClicked: SyncController.syncNow()
        }
        Text {
            objectName: "staffSyncHint"
            visible: !SyncController.connected
            text: qsTr("This kiosk is not enrolled with a central service: it works on the data it has.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize * 0.8
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ActionRow {
            Layout.fillWidth: true
            KioskButton {
                objectName: "staffLockButton"
                text: qsTr("Lock and leave")
                iconName: "lock"
                Layout.fillWidth: true
                onClicked: page.lockAndLeave()
            }
            KioskButton {
                objectName: "staffExitButton"
                // A supervisor's (and the device PIN's) only: an operator cannot stop the kiosk.
                visible: StaffController.canExit
                text: qsTr("Exit the kiosk")
                iconName: "exit"
                fill: Theme.danger
                Layout.fillWidth: true
                onClicked: StaffController.requestExit()
            }
        }
    }
}
