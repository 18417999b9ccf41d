import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Know your rights: a big search button, then one tile per topic.
ScreenPage {
    id: page
    screenName: "rights"
    title: qsTr("Know your rights")
    signal openTopic(string topicId)
    signal openSearch()
    readAloudText: {
        let names = []
        for (let i = 0; i < repeater.count; i++) names.push(repeater.itemAt(i).text)
        return title + ". " + qsTr("Choose a topic.") + " " + names.join(". ")
    }

    ScrollArea {
        id: area
        anchors.fill: parent
        anchors.margins: 40
        anchors.rightMargin: 16
        FitText {
            text: page.title
            fullSize: Theme.heroSize
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "rightsSearchButton"
            text: qsTr("Search")
            iconName: "search"
            Layout.fillWidth: true
            onClicked: page.openSearch()
        }
        Text {
            text: qsTr("Choose a topic.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            // As many columns as tiles of a readable width fit at this text size.
            columns: Math.max(1, Math.min(4, Math.floor(area.width / (340 * Theme.textScale))))
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                id: repeater
                model: RightsController.topics
                Tile {
                    objectName: "topic_" + model.topicId
                    text: model.name
                    iconName: model.icon
                    fill: Theme.rights
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: Math.max(implicitHeight, 280)
                    Layout.fillHeight: true  // tiles in one row share its height
                    onClicked: page.openTopic(model.topicId)
                }
            }
        }
    }
}
