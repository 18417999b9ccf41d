import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The staff PIN pad. Digits show as dots; wrong tries count down to a lockout,
// shown in words and seconds.
ScreenPage {
    id: page
    screenName: "staffPin"
    title: qsTr("Staff only")
    property string pin: ""
    readonly property bool locked: StaffController.lockedSeconds > 0
    property string message: ""
    readAloudText: title + ". " + qsTr("Enter the staff PIN.")

    Connections {
        target: StaffController
        function onPinRejected() {
            page.pin = ""
            page.message = StaffController.lockedSeconds > 0 ? ""
                : qsTr("Wrong PIN. Tries left before the menu locks: %1").arg(StaffController.attemptsLeft)
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 760)
        spacing: Theme.spacing

        Text {
            text: page.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.heroSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            objectName: "pinDots"
            text: page.pin.length ? "•".repeat(page.pin.length) : qsTr("Enter the staff PIN.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            color: Theme.text
            Layout.alignment: Qt.AlignHCenter
        }
        Row {
            objectName: "pinLocked"
            visible: page.locked
            spacing: 12
            Layout.alignment: Qt.AlignHCenter
            Text {
                text: qsTr("Locked after too many wrong PINs. Seconds until the next try: %1").arg(StaffController.lockedSeconds)
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.danger
                wrapMode: Text.Wrap
                width: page.width - 160
                horizontalAlignment: Text.AlignHCenter
            }
        }
        Text {
            objectName: "pinMessage"
            visible: !page.locked && page.message !== ""
            text: page.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 3
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.alignment: Qt.AlignHCenter
            enabled: !page.locked && !StaffController.checking
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                KioskButton {
                    objectName: "pinDigit_" + modelData
                    text: modelData
                    outlined: true
                    Layout.preferredWidth: 220
                    onClicked: if (page.pin.length < 12) page.pin += modelData
                }
            }
            KioskButton {
                objectName: "pinClear"
                text: qsTr("Clear")
                outlined: true
                Layout.preferredWidth: 220
                onClicked: { page.pin = ""; page.message = "" }
            }
            KioskButton {
                objectName: "pinDigit_0"
                text: "0"
                outlined: true
                Layout.preferredWidth: 220
                onClicked: if (page.pin.length < 12) page.pin += "0"
            }
            KioskButton {
                objectName: "pinSubmit"
                text: qsTr("OK")
                Layout.preferredWidth: 220
                enabled: page.pin.length >= 4
                onClicked: StaffController.submitPin(page.pin)
            }
        }
    }
}
