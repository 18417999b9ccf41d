import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The staff PIN pad, for the name tapped on the sign-in screen or for the
// device's own PIN. Digits show as dots; wrong tries count down to a lockout,
// shown in words and seconds.
ScreenPage {
    id: page
    screenName: "staffPin"
    title: StaffSignIn.memberName !== "" ? StaffSignIn.memberName : qsTr("Staff only")
    canGoBack: !StaffMode.open || StaffSignIn.hasAccounts
    property string pin: ""
    readonly property bool locked: StaffSignIn.lockedSeconds > 0
    readonly property string prompt: StaffSignIn.memberName !== "" ? qsTr("Enter your PIN.") : qsTr("Enter the staff PIN.")
    property string message: ""
    readAloudText: title + ". " + prompt

    Connections {
        target: StaffSignIn
        function onPinRejected() {
            page.pin = ""
            const p = StaffSignIn.problem
            page.message = p === "locked" ? ""
                : p === "wrong" ? qsTr("Wrong PIN. Tries left before it locks: %1").arg(StaffSignIn.attemptsLeft)
                : p === "unknown" ? qsTr("This name cannot sign in on this device.")
                : p === "no_place" ? qsTr("None of your places is known on this device yet. Ask a supervisor.")
                : qsTr("Signing in is not possible right now. Try again in a moment.")
        }
    }

    // A laptop's keyboard types the PIN too: digits, Backspace, Enter.
    focus: true
    Component.onCompleted: forceActiveFocus()
    Keys.onPressed: (event) => {
        if (page.locked || StaffSignIn.checking) return
        if (event.text.length === 1 && event.text >= "0" && event.text <= "9") {
            if (page.pin.length < 12) page.pin += event.text
            event.accepted = true
        } else if (event.key === Qt.Key_Backspace) {
            page.pin = page.pin.slice(0, -1)
            event.accepted = true
        } else if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && page.pin.length >= 4) {
            StaffSignIn.submitPin(page.pin)
            event.accepted = true
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
            text: page.prompt
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
            text: qsTr("Locked after too many wrong PINs. Seconds until the next try: %1").arg(StaffSignIn.lockedSeconds)
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
            enabled: !page.locked && !StaffSignIn.checking
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
                onClicked: StaffSignIn.submitPin(page.pin)
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
