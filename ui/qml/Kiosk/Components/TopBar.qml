import QtQuick
import QtQuick.Layouts
import Kiosk.Core

// Always on screen: Back and Home on the left; language, text size, contrast and
// read-aloud on the right. The accessibility controls work on every screen,
// the welcome screen included.
Rectangle {
    id: bar
    property bool canGoBack: false
    property bool canGoHome: false
    signal backClicked()
    signal homeClicked()
    signal languageClicked()
    signal readAloudClicked()

    color: Theme.bar
    implicitHeight: Theme.touch + 40
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: Theme.borderWidth; color: Theme.border; visible: Theme.highContrast }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 8

        IconButton {
            objectName: "backButton"
            iconName: "back"
            text: qsTr("Back")
            visible: bar.canGoBack
            onClicked: bar.backClicked()
        }
        IconButton {
            objectName: "homeButton"
            iconName: "home"
            text: qsTr("Home")
            visible: bar.canGoHome
            onClicked: bar.homeClicked()
        }
        Item { Layout.fillWidth: true; Layout.minimumWidth: 8 }
        IconButton {
            objectName: "languageButton"
            iconName: "language"
            text: Session.nativeName(Session.language)
            onClicked: bar.languageClicked()
        }
        IconButton {
            objectName: "textSizeButton"
            iconName: "textsize"
            // "1/3" is the step, so the state is readable without seeing the glyph size.
            text: qsTr("Text") + " " + Session.textSize + "/3"
            onClicked: Session.nextTextSize()
        }
        IconButton {
            objectName: "contrastButton"
            iconName: "contrast"
            text: qsTr("Contrast")
            checkedLook: Session.highContrast
            onClicked: Session.setHighContrast(!Session.highContrast)
        }
        IconButton {
            objectName: "readAloudButton"
            iconName: SpeechController.speaking ? "stop" : "speaker"
            text: SpeechController.speaking ? qsTr("Stop") : qsTr("Listen")
            visible: SpeechController.available
            onClicked: SpeechController.speaking ? SpeechController.stop() : bar.readAloudClicked()
        }
    }
}
