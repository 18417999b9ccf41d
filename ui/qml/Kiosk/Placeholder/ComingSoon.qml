import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Shown for a service that has not yet arrived on this kiosk: say so plainly and
// offer the way back, rather than a dead tile.
ScreenPage {
    id: page
    property string feature: ""
    screenName: "soon_" + feature
    readonly property var names: ({
        "rights": qsTr("Know your rights"),
        "agency": qsTr("Check an agency"),
        "booking": qsTr("Book an appointment")
    })
    title: names[feature] || ""
    readonly property string explanation: qsTr("This service is not available on this kiosk yet. It is coming soon.")
    readAloudText: title + ". " + explanation
    signal goHome()

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 96
        spacing: Theme.spacing * 2
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
            objectName: "comingSoonText"
            text: page.explanation
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize * 0.8
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "comingSoonHomeButton"
            text: qsTr("Back to the start")
            iconName: "home"
            Layout.alignment: Qt.AlignHCenter
            onClicked: page.goHome()
        }
    }
}
