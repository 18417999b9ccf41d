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

    ScrollArea {
        id: area
        anchors.fill: parent
        anchors.margins: 40
        anchors.rightMargin: 16
        readonly property real keyWidth: Math.min(220, (width - Theme.scrollBarWidth - 2 * Theme.spacing) / 3)
        Item { Layout.fillHeight: true }

        FitText {
            text: page.title
            fullSize: Theme.heroSize
            bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Enter the staff PIN.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        // One filled dot per digit typed, and empty ones up to the shortest PIN,
        // so staff see both what they typed and how much is still needed.
        Row {
            objectName: "pinDots"
            readonly property int typed: page.pin.length
            spacing: 16
            Layout.alignment: Qt.AlignHCenter
            Repeater {
                model: Math.max(4, page.pin.length)
                Rectangle {
                    objectName: index < page.pin.length ? "pinDotFilled" : "pinDotEmpty"
                    width: Math.round(28 * Theme.textScale); height: width; radius: width / 2
                    color: index < page.pin.length ? Theme.text : "transparent"
                    border.width: 3
                    border.color: Theme.text
                }
            }
        }
        Text {
            objectName: "pinLocked"
            visible: page.locked
            text: qsTr("Locked after too many wrong PINs. Seconds until the next try: %1").arg(StaffController.lockedSeconds)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
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
                    Layout.preferredWidth: area.keyWidth
                    onClicked: if (page.pin.length < 12) page.pin += modelData
                }
            }
            KioskButton {
                objectName: "pinClear"
                text: qsTr("Clear")
                outlined: true
                Layout.preferredWidth: area.keyWidth
                onClicked: { page.pin = ""; page.message = "" }
            }
            KioskButton {
                objectName: "pinDigit_0"
                text: "0"
                outlined: true
                Layout.preferredWidth: area.keyWidth
                onClicked: if (page.pin.length < 12) page.pin += "0"
            }
            KioskButton {
                objectName: "pinSubmit"
                text: qsTr("OK")
                Layout.preferredWidth: area.keyWidth
                enabled: page.pin.length >= 4
                onClicked: StaffController.submitPin(page.pin)
            }
        }
        Text {
            objectName: "pinWaiting"
            visible: !page.locked && page.pin.length < 4
            text: qsTr("A PIN has at least 4 digits.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
}
