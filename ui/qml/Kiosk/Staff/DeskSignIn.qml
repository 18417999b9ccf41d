import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Staff sign-in: tap your name (then your PIN), or scan your badge. The device's
// own PIN is there too, last. While staff mode is open this is where a timed-out
// or signed-out desk comes back to, never to the public screens.
ScreenPage {
    id: page
    screenName: "staffSignIn"
    title: qsTr("Staff sign-in")
    canGoBack: !StaffMode.open
    readonly property bool shown: StackView.status === StackView.Active
    readAloudText: title + ". " + qsTr("Tap your name, or scan your staff badge.")
    signal chosen(string staffId)
    Component.onCompleted: StaffSignIn.refresh()
    // Back from a PIN pad, nothing it said (a wrong PIN, a lock) stays here as if the badge had caused it.
    onShownChanged: if (shown) StaffSignIn.reset()

    ScrollArea {
        id: area
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16

        FitText {
            text: page.title
            fullSize: Theme.heroSize
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        Text {
            text: qsTr("Tap your name, or scan your staff badge.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ScanCatcher {
            objectName: "signInScanner"
            active: page.shown
            masked: true
            prompt: qsTr("Scan your staff badge here.")
            Layout.fillWidth: true
            onSubmitted: (text) => StaffSignIn.submitBadge(text)
        }
        Text {
            objectName: "signInProblem"
            visible: text !== ""
            text: {
                const p = StaffSignIn.problem
                if (p === "locked") return qsTr("Locked after too many wrong tries. Seconds until the next try: %1").arg(StaffSignIn.lockedSeconds)
                if (p === "wrong") return qsTr("This badge was not accepted. Tries left before it locks: %1").arg(StaffSignIn.attemptsLeft)
                if (p === "unknown") return qsTr("This badge cannot sign in on this device.")
                if (p === "not_a_badge") return qsTr("That is not a staff badge. To check someone in, sign in first.")
                if (p === "no_place") return qsTr("None of your places is known on this device yet. Ask a supervisor.")
                if (p === "unavailable") return qsTr("Signing in is not possible right now. Try again in a moment.")
                return ""
            }
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: Math.max(1, Math.floor(area.width / (420 * Math.min(Theme.textScale, 1.4))))
            columnSpacing: Theme.spacing * 0.6
            rowSpacing: Theme.spacing * 0.6
            Layout.fillWidth: true
            Repeater {
                model: StaffSignIn.accounts
                KioskButton {
                    objectName: "signInName_" + model.staffId
                    text: model.name
                    iconName: "badge"
                    outlined: true
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    onClicked: page.chosen(model.staffId)
                }
            }
        }
        KioskButton {
            objectName: "signInDevicePin"
            text: qsTr("This device's PIN")
            iconName: "lock"
            outlined: true
            compact: true
            Layout.fillWidth: true
            onClicked: page.chosen("device")
        }
        Item { Layout.fillHeight: true }
    }
}
