import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The attract screen. It speaks to every passer-by at once: a headline that
// cycles through the languages, and one big button per language, each inviting
// a touch in that language. Touching anywhere else starts in the default language.
ScreenPage {
    id: page
    screenName: "welcome"
    canGoBack: false
    title: qsTr("Information for migrants")
    readAloudText: title + ". " + qsTr("Touch here to start")
    signal start(string tag)

    // Strings shown in every language at once, looked up per language with
    // Session.translateIn(); QT_TRANSLATE_NOOP marks them for lupdate.
    readonly property var phrases: [
        QT_TRANSLATE_NOOP("Welcome", "Welcome"),
        QT_TRANSLATE_NOOP("Welcome", "Touch here to start"),
        QT_TRANSLATE_NOOP("Welcome", "Know your rights. Check an agency. Book an appointment.")
    ]
    property int cycle: 0
    readonly property string cycleTag: Session.languageTags[cycle]

    Timer {
        interval: 3500
        running: page.visible
        repeat: true
        onTriggered: page.cycle = (page.cycle + 1) % Session.languageTags.length
    }

    MouseArea {
        objectName: "welcomeBackground"
        anchors.fill: parent
        onClicked: page.start(Session.language)
    }

    ScrollArea {
        anchors.fill: parent
        anchors.margins: 48
        anchors.rightMargin: 24

        FitText {
            objectName: "welcomeHeadline"
            text: Session.translateIn(page.cycleTag, "Welcome", "Welcome")
            fullSize: Math.round(Theme.heroSize * 1.4)
            bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        FitText {
            text: Session.translateIn(page.cycleTag, "Welcome",
                                      "Know your rights. Check an agency. Book an appointment.")
            fullSize: Math.round(Theme.titleSize * 0.8)
            color: Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true; Layout.preferredHeight: Theme.spacing }

        GridLayout {
            columns: page.width > page.height ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: Session.languages
                KioskButton {
                    objectName: "start_" + model.tag
                    text: model.nativeName + " — " + Session.translateIn(model.tag, "Welcome", "Touch here to start")
                    Layout.fillWidth: true
                    onClicked: page.start(model.tag)
                }
            }
        }
        Item { Layout.fillHeight: true; Layout.preferredHeight: Theme.spacing }
        Text {
            objectName: "demoNotice"
            visible: Session.demo
            text: qsTr("Demo kiosk: the data shown is sample data and not real.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize * 0.8
            color: Theme.mutedText
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
