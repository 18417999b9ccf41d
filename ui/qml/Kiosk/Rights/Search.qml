import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Search as you type, with the on-screen keyboard. Matches are shown in bold.
// Never a bare screen: a corrected typo says what was searched instead, and a
// query that matches nothing offers the closest topics and where to get help.
ScreenPage {
    id: page
    screenName: "rights_search"
    title: qsTr("Search")
    signal openArticle(string articleId)
    signal openTopic(string topicId)

    readonly property bool typed: field.text.trim() !== ""
    readonly property string searchedFor: RightsController.searchedFor
    readonly property bool corrected: typed && results.count > 0 && searchedFor !== ""
    // Only once the answer has come: until then the last answer stays on screen.
    readonly property bool nothingMatched: typed && results.count === 0
                                           && (closest.count > 0 || RightsController.helpArticleId !== "")
    // What was typed, as the "nothing matches" sentence quotes it: a few words, not a page.
    readonly property string quoted: {
        const text = field.text.trim().replace(/\s+/g, " ")
        return text.length > 60 ? text.substring(0, 60) + "…" : text
    }
    readonly property string nothingText: qsTr("Nothing matches “%1”. These topics may help:").arg(quoted)

    // Typed text shown as StyledText must not be read as markup.
    function escaped(text) {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    }

    readAloudText: {
        const hint = qsTr("Type a word, for example: passport.")
        if (!typed) return title + ". " + hint
        let parts = []
        if (nothingMatched) {
            for (let i = 0; i < closest.count; i++) if (closest.itemAt(i)) parts.push(closest.itemAt(i).text)
            if (RightsController.helpArticleId !== "") parts.push(RightsController.helpArticleTitle)
            return nothingText + " " + parts.join(". ")
        }
        if (corrected) parts.push(qsTr("Showing results for %1").arg(searchedFor))
        for (let j = 0; j < results.count; j++) if (results.itemAt(j)) parts.push(results.itemAt(j).text)
        return parts.length ? parts.join(". ") : title + ". " + hint
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
        // A typo was corrected: say what the results are for, the corrected words in bold.
        Text {
            objectName: "searchCorrected"
            visible: page.corrected
            text: qsTr("Showing results for %1").arg("<b>" + page.escaped(page.searchedFor) + "</b>")
            textFormat: Text.StyledText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Layout.fillWidth: true
        }
        // Nothing matched: say so plainly, then where to look instead.
        Text {
            objectName: "searchNothingMatches"
            visible: page.nothingMatched
            text: page.nothingText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Layout.fillWidth: true
        }
        // Two columns where two fit at this text size, so "where to get help" below them stays near.
        GridLayout {
            id: closestGrid
            visible: page.nothingMatched && closest.count > 0
            columns: Math.max(1, Math.min(2, Math.floor(width / (440 * Theme.textScale))))
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            Layout.fillHeight: false  // its buttons fill their row, not the page's spare room
            Repeater {
                id: closest
                model: RightsController.closestTopics
                KioskButton {
                    objectName: "closestTopic_" + model.topicId
                    text: model.name
                    iconName: model.icon
                    outlined: true
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.fillHeight: true  // buttons in one row share its height
                    onClicked: page.openTopic(model.topicId)
                }
            }
        }
        KioskButton {
            objectName: "helpArticle"
            visible: page.nothingMatched && RightsController.helpArticleId !== ""
            text: RightsController.helpArticleTitle
            iconName: "help"
            Layout.fillWidth: true
            onClicked: page.openArticle(RightsController.helpArticleId)
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
        // The room left over goes below everything, so what is shown stays together at the top.
        Item { Layout.fillHeight: true }
    }
}
