import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Search as you type, with the on-screen keyboard. Matches are shown in bold.
ScreenPage {
    id: page
    screenName: "rights_search"
    title: qsTr("Search")
    signal openArticle(string articleId)
    readAloudText: {
        if (field.text === "") return title + ". " + qsTr("Type a word, for example: passport.")
        let titles = []
        for (let i = 0; i < results.count; i++) titles.push(results.itemAt(i).text)
        return titles.length ? titles.join(". ") : qsTr("Nothing found. Try another word.")
    }
    Component.onCompleted: field.text = RightsController.query
    // Focus once the screen is really on show (onCompleted runs before StackView places it).
    StackView.onActivated: Qt.callLater(() => { if (page.StackView.status === StackView.Active) field.forceActiveFocus() })

    // One scrolling column, the field at its top: with the keyboard up on a
    // landscape screen there is room for little more than the field and a result.
    ScrollArea {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16

        Text {
            text: qsTr("Type a word, for example: passport.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskField {
            id: field
            objectName: "searchField"
            font.pixelSize: Theme.titleSize * 0.8
            onTextChanged: RightsController.search(text)
        }
        Text {
            objectName: "searchNothingFound"
            visible: field.text.trim() !== "" && results.count === 0
            text: qsTr("Nothing found. Try another word.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            id: results
            model: RightsController.results
            Button {
                objectName: "result_" + model.articleId
                text: model.title
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touch, resultColumn.implicitHeight + 32)
                onClicked: page.openArticle(model.articleId)
                contentItem: ColumnLayout {
                    id: resultColumn
                    spacing: 6
                    Text {
                        text: model.title
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        text: model.snippet
                        textFormat: Text.StyledText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize * 0.9
                        color: Theme.mutedText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                }
            }
        }
    }
}
