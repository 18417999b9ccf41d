import QtQuick

// Text that wraps between words and, when a single word is wider than the box
// (a long Tajik or Kyrgyz word at the largest text size), gets just small
// enough for that word instead of cutting it in two. Set `fullSize` and `bold`
// rather than the font's own: the measuring must not depend on the size it sets.
Text {
    id: fit
    property int fullSize: Theme.bodySize
    property bool bold: false
    // The width a word may take. It is the text's own width unless the text
    // sizes itself to its content (then give the room it may grow to).
    property real room: width
    readonly property real widestWord: {
        let widest = 0 * metrics.height  // measure again when the measuring font changes
        for (const word of fit.text.split(/\s+/))
            widest = Math.max(widest, metrics.advanceWidth(word))
        return widest
    }
    font.family: Theme.fontFamily
    font.bold: bold
    font.pixelSize: room > 0 && widestWord > room ? Math.max(12, Math.floor(fullSize * room / widestWord)) : fullSize
    wrapMode: Text.Wrap
    FontMetrics {
        id: metrics
        font: Qt.font({ family: Theme.fontFamily, pixelSize: fit.fullSize, bold: fit.bold })
    }
}
