import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// How to use the kiosk, in short sentences for people who read little.
ScreenPage {
    id: page
    screenName: "help"
    title: qsTr("How to use this kiosk")
    readonly property var steps: [
        { icon: "language", text: qsTr("To change the language, touch the language button at the top.") },
        { icon: "textsize", text: qsTr("To make the text bigger, touch Text at the top.") },
        { icon: "contrast", text: qsTr("For white text on black, touch Contrast.") },
        { icon: "speaker", text: qsTr("To hear the screen read aloud, touch Listen.") },
        { icon: "back", text: qsTr("Back takes you one step back. Home takes you to the start.") },
        { icon: "clock", text: qsTr("If nobody touches the screen for a while, the kiosk asks if you need more time. Then it clears what you entered, so the next person cannot see it.") },
        { icon: "lock", text: qsTr("This kiosk is free to use. Nobody may ask you for money to use it.") }
    ]
    readAloudText: title + ". " + steps.map(s => s.text).join(" ")

    Flickable {
        anchors.fill: parent
        anchors.margins: 40
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 16; policy: ScrollBar.AsNeeded }

        ColumnLayout {
            id: column
            width: parent.width
            spacing: Theme.spacing * 1.5
            FitText {
                text: page.title
                fullSize: Theme.heroSize
                bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            Repeater {
                model: page.steps
                RowLayout {
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    IconDisc {
                        name: modelData.icon
                        fill: Theme.help
                        size: 88
                        radius: 16
                        Layout.alignment: Qt.AlignTop
                    }
                    Text {
                        text: modelData.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize * 1.1
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
