import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The article reader: large text that follows the text size, read-along with the
// sentence being read highlighted (background, bold and underline: not colour
// alone), the QR code to take the article away, and "Was this useful?".
ScreenPage {
    id: page
    property string articleId
    screenName: "rights_article"
    title: RightsController.articleTitle
    signal openArticle(string articleId)
    readAloudText: {
        let parts = []
        for (let i = 0; i < blockRepeater.count; i++) {
            const item = blockRepeater.itemAt(i)
            if (item && item.plain) parts.push(item.plain)
        }
        return parts.join(" ")
    }
    Component.onCompleted: RightsController.openArticle(articleId)
    Component.onDestruction: SpeechController.stop()

    function follow(link) {
        if (link.startsWith("article:")) page.openArticle(link.substring(8))
        // External links are not opened: a public kiosk has no browser. The QR code carries them.
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: Theme.spacing

        // Read-along controls: one big button that says what it will do.
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            KioskButton {
                objectName: "readerListenButton"
                visible: SpeechController.available
                iconName: SpeechController.speaking ? "pause" : (SpeechController.paused ? "play" : "speaker")
                text: SpeechController.speaking ? qsTr("Pause")
                      : (SpeechController.paused ? qsTr("Continue") : qsTr("Read aloud"))
                Layout.fillWidth: true
                onClicked: {
                    if (SpeechController.speaking) SpeechController.pause()
                    else if (SpeechController.paused) SpeechController.resume()
                    else RightsController.listen()
                }
            }
            KioskButton {
                objectName: "readerStopButton"
                visible: SpeechController.speaking || SpeechController.paused
                iconName: "stop"
                text: qsTr("Stop")
                outlined: true
                onClicked: SpeechController.stop()
            }
        }

        Flickable {
            id: flick
            objectName: "articleText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: column.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16; policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

            ColumnLayout {
                id: column
                width: flick.width - 28
                spacing: Theme.spacing * 0.75

                Repeater {
                    id: blockRepeater
                    model: RightsController.blocks
                    RowLayout {
                        id: blockRow
                        property string plain: blockText.text.replace(/<[^>]*>/g, "")
                        Layout.fillWidth: true
                        Layout.topMargin: model.kind === "heading" ? Theme.spacing * 0.5 : 0
                        spacing: 12
                        Text {
                            visible: model.kind === "bullet" || model.kind === "numbered"
                            text: model.kind === "numbered" ? model.marker : "•"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize * 1.15
                            font.bold: true
                            color: Theme.text
                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: Theme.bodySize * 1.6
                            horizontalAlignment: Text.AlignRight
                        }
                        Image {
                            visible: model.kind === "image"
                            source: model.kind === "image" ? RightsController.contentUrl + "/" + model.image : ""
                            fillMode: Image.PreserveAspectFit
                            Layout.fillWidth: true
                            Layout.preferredHeight: visible ? Math.min(implicitHeight, 600) : 0
                            Accessible.name: blockText.text
                        }
                        Text {
                            id: blockText
                            visible: model.kind !== "image" || text !== ""
                            text: model.html
                            textFormat: Text.RichText
                            wrapMode: Text.Wrap
                            font.family: Theme.fontFamily
                            font.pixelSize: model.kind === "title" ? Theme.heroSize
                                          : model.kind === "heading" ? Theme.titleSize * 0.85
                                          : Theme.bodySize * 1.15
                            font.bold: model.kind === "title" || model.kind === "heading"
                            lineHeight: 1.25
                            color: Theme.text
                            linkColor: Theme.accent
                            Layout.fillWidth: true
                            onLinkActivated: (link) => page.follow(link)
                        }
                    }
                }

                // Take it with you: only when a public URL is configured for this article.
                RowLayout {
                    objectName: "takeItWithYou"
                    visible: RightsController.qrSource !== ""
                    spacing: Theme.spacing
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    Rectangle {
                        color: "#ffffff"
                        Layout.preferredWidth: 240
                        Layout.preferredHeight: 240
                        Image {
                            objectName: "articleQr"
                            anchors.fill: parent
                            anchors.margins: 8
                            source: RightsController.qrSource
                            sourceSize.width: 224
                            sourceSize.height: 224
                            smooth: false
                        }
                    }
                    Text {
                        text: qsTr("Take it with you: scan this code with your phone camera to open this page on your phone.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }

                Text {
                    text: qsTr("Updated: %1").arg(RightsController.articleUpdated) + "\n"
                          + qsTr("Sources: %1").arg(RightsController.articleSources)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize * 0.75
                    color: Theme.mutedText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                }

                // Was this useful? Anonymous, counted on the kiosk.
                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    implicitHeight: feedbackColumn.implicitHeight + 40
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                    ColumnLayout {
                        id: feedbackColumn
                        anchors.fill: parent
                        anchors.margins: 20
                        spacing: Theme.spacing
                        Text {
                            objectName: "feedbackQuestion"
                            text: RightsController.feedback === "" ? qsTr("Was this useful?")
                                                                    : qsTr("Thank you for your answer.")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.titleSize * 0.7
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        RowLayout {
                            visible: RightsController.feedback === ""
                            spacing: Theme.spacing
                            Layout.fillWidth: true
                            KioskButton {
                                objectName: "usefulYes"
                                text: qsTr("Yes")
                                iconName: "thumbsup"
                                fill: Theme.rights
                                Layout.fillWidth: true
                                onClicked: RightsController.rate(true)
                            }
                            KioskButton {
                                objectName: "usefulNo"
                                text: qsTr("No")
                                iconName: "thumbsdown"
                                fill: Theme.agency
                                Layout.fillWidth: true
                                onClicked: RightsController.rate(false)
                            }
                        }
                    }
                }
            }
        }
    }
}
