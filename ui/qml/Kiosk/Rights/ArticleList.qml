import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The articles of one topic, as big buttons with their titles.
ScreenPage {
    id: page
    property string topicId
    screenName: "rights_topic"
    title: RightsController.topicName
    signal openArticle(string articleId)
    readAloudText: {
        let titles = []
        for (let i = 0; i < repeater.count; i++) titles.push(repeater.itemAt(i).text)
        return title + ". " + titles.join(". ")
    }
    Component.onCompleted: RightsController.openTopic(topicId)

    ScrollArea {
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
        Repeater {
            id: repeater
            model: RightsController.articles
            KioskButton {
                objectName: "article_" + model.articleId
                text: model.title
                outlined: true
                Layout.fillWidth: true
                onClicked: page.openArticle(model.articleId)
            }
        }
    }
}
