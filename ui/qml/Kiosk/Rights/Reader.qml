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
    readAloudText: RightsController.articleText
    Component.onCompleted: RightsController.openArticle(articleId)
    Component.onDestruction: SpeechController.stop()

    FontMetrics { id: titleMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.heroSize; font.bold: true }
    FontMetrics {
        id: headingMetrics
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize * 0.85
        font.bold: true
    }
    FontMetrics { id: bodyMetrics; font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize * 1.15 }

    function follow(link) {
        if (link.startsWith("article:")) page.openArticle(link.substring(8))
        // External links are not opened: a public kiosk has no browser. The QR code carries them.
    }

    ColumnLayout {
        id: frame
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
                      : (SpeechController.paused ? qsTr("Continue") : qsTr("Listen"))
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
                // The frame's width is known as soon as the page is, the flickable's only
                // once the layout has run. Text wrapped at a width that is about to change
                // is laid out twice, and the first time at no width at all.
                width: frame.width - 28
                spacing: Theme.spacing * 0.75

                // The article's blocks. Opening an article builds one delegate per block,
                // dozens of them, so each is kept light: no layouts inside, no image element
                // unless the block is a picture, and styled text rather than rich text (a
                // whole text document per block). Only the block holding the sentence being
                // read aloud is rich text, for the sentence's background.
                Column {
                    id: blocks
                    Layout.fillWidth: true
                    spacing: column.spacing

                    Repeater {
                        id: blockRepeater
                        // Until this page's article has arrived the model still holds the last
                        // one read: building its blocks too would double the cost of the page.
                        model: RightsController.articleId === page.articleId ? RightsController.blocks : null
                        Item {
                            id: block
                            // Roles read once into properties: a binding that reads model.x asks
                            // the Python model again each time it is evaluated.
                            required property string kind
                            required property string html
                            required property string marker
                            required property string image
                            required property bool highlighted
                            readonly property bool listItem: kind === "bullet" || kind === "numbered"
                            readonly property real gap: kind === "heading" ? Theme.spacing * 0.5 : 0
                            readonly property real pictureHeight: picture.item ? picture.item.height + Theme.spacing * 0.5 : 0
                            // Styled text adds the line spacing below its last line too, rich text
                            // does not. The block ends where rich text would, so the blocks are as
                            // far apart either way and nothing moves as the highlight passes.
                            readonly property real lastLineExtra: highlighted ? 0 : Math.round((blockText.lineHeight - 1) * (
                                kind === "title" ? titleMetrics.height
                                : kind === "heading" ? headingMetrics.height : bodyMetrics.height))
                            width: column.width
                            height: gap + pictureHeight + (blockText.visible ? blockText.height - lastLineExtra : 0)
                            Text {
                                visible: block.listItem
                                y: block.gap
                                width: Theme.bodySize * 1.6
                                text: block.kind === "numbered" ? block.marker : "•"
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.bodySize * 1.15
                                font.bold: true
                                color: Theme.text
                                horizontalAlignment: Text.AlignRight
                            }
                            Loader {
                                id: picture
                                active: block.kind === "image"
                                y: block.gap
                                width: parent.width
                                sourceComponent: Image {
                                    source: RightsController.contentUrl + "/" + block.image
                                    fillMode: Image.PreserveAspectFit
                                    height: Math.min(implicitHeight, 600)
                                    Accessible.name: blockText.text
                                }
                            }
                            // A long word (a Tajik title at the largest text) makes the type smaller, never breaks.
                            FitText {
                                id: blockText
                                visible: block.kind !== "image" || text !== ""
                                x: block.listItem ? Theme.bodySize * 1.6 + 12 : 0
                                y: block.gap + block.pictureHeight
                                width: parent.width - x
                                text: block.html
                                textFormat: block.highlighted ? Text.RichText : Text.StyledText
                                fullSize: Math.round(block.kind === "title" ? Theme.heroSize
                                                     : block.kind === "heading" ? Theme.titleSize * 0.85
                                                     : Theme.bodySize * 1.15)
                                bold: block.kind === "title" || block.kind === "heading"
                                lineHeight: 1.25
                                color: Theme.text
                                linkColor: Theme.accent
                                onLinkActivated: (link) => page.follow(link)
                            }
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
