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
    // A laptop's short screen (`kiosk staff`, or any short landscape window): the words beside the
    // icons, in a bar half as tall, so the staff desk keeps its room. Still 64 px targets.
    property bool compact: false
    signal backClicked()
    signal homeClicked()
    signal languageClicked()
    signal readAloudClicked()

    color: Theme.bar
    implicitHeight: compact ? Theme.minTouch + 8 : Theme.touch + 40
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: Theme.borderWidth; color: Theme.border; visible: Theme.highContrast }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: bar.compact ? 12 : 16
        anchors.rightMargin: bar.compact ? 12 : 16
        spacing: 8

        IconButton {
            objectName: "backButton"
            compact: bar.compact
            iconName: "back"
            text: qsTr("Back")
            visible: bar.canGoBack
            onClicked: bar.backClicked()
        }
        IconButton {
            objectName: "homeButton"
            compact: bar.compact
            iconName: "home"
            text: qsTr("Home")
            visible: bar.canGoHome
            onClicked: bar.homeClicked()
        }
        Item { Layout.fillWidth: true; Layout.minimumWidth: 8 }
        IconButton {
            objectName: "languageButton"
            compact: bar.compact
            iconName: "language"
            text: Session.nativeName(Session.language)
            onClicked: bar.languageClicked()
        }
        IconButton {
            objectName: "textSizeButton"
            compact: bar.compact
            iconName: "textsize"
            // "1/3" is the step, so the state is readable without seeing the glyph size.
            text: qsTr("Text") + " " + Session.textSize + "/3"
            onClicked: Session.nextTextSize()
        }
        IconButton {
            objectName: "contrastButton"
            compact: bar.compact
            iconName: "contrast"
            text: qsTr("Contrast")
            checkedLook: Session.highContrast
            onClicked: Session.setHighContrast(!Session.highContrast)
        }
        IconButton {
            objectName: "readAloudButton"
            compact: bar.compact
            iconName: SpeechController.speaking ? "stop" : "speaker"
            text: SpeechController.speaking ? qsTr("Stop") : qsTr("Listen")
            visible: SpeechController.available
            onClicked: SpeechController.speaking ? SpeechController.stop() : bar.readAloudClicked()
        }
    }
}
