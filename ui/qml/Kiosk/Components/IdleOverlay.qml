import QtQuick
import QtQuick.Layouts
import Kiosk.Core

// The warning before a wipe: a big number counting down, and one big button.
// Any touch on it counts as "I'm still here".
Rectangle {
    id: overlay
    objectName: "idleOverlay"
    visible: IdleWatcher.countdownActive
    color: Qt.rgba(0, 0, 0, 0.75)
    z: 1000

    MouseArea { anchors.fill: parent; onClicked: IdleWatcher.moreTime() }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 1200)
        height: column.implicitHeight + 80
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth * 2
        border.color: Theme.warning

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - 80
            spacing: Theme.spacing
            FitText {
                text: qsTr("Do you need more time?")
                fullSize: Theme.titleSize
                bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            // The number with its unit, so it reads as time left and not as a count of something.
            Text {
                objectName: "idleSecondsLeft"
                text: IdleWatcher.secondsLeft
                font.family: Theme.fontFamily
                // Big, but never so big that the button is pushed off a landscape screen.
                font.pixelSize: Math.min(Theme.heroSize * 2, overlay.height * 0.13)
                font.bold: true
                color: Theme.warning
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Text {
                objectName: "idleSecondsUnit"
                text: qsTr("seconds left")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Text {
                text: qsTr("When the count reaches zero, everything you entered is cleared and the kiosk starts again.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "moreTimeButton"
                text: qsTr("I need more time")
                iconName: "clock"
                Layout.alignment: Qt.AlignHCenter
                Layout.fillWidth: true
                onClicked: IdleWatcher.moreTime()
            }
        }
    }
}
