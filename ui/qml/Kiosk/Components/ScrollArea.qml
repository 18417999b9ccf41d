import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A column of content that scrolls when it holds more than fits, and then shows
// a scroll bar. Screens put everything that may grow (text at size 3, long
// names, a landscape screen with the keyboard up) in one, so nothing is cut off.
// Children go into a ColumnLayout as wide as the area, minus a gutter that the
// scroll bar always keeps (reserving it always keeps the layout from jumping).
// When everything fits, the column is as tall as the area, so children that
// fill height (spacers) share the room, and the area lets touches through to
// what lies behind it.
Flickable {
    id: flick
    default property alias content: column.data
    property alias spacing: column.spacing
    // No gutter, for an area laid out never to scroll itself (the staff desk's page, whose two
    // columns scroll on their own): it would be a strip the bar never uses.
    property bool gutter: true
    readonly property bool scrolls: column.implicitHeight > height + 1
    implicitHeight: column.implicitHeight
    contentWidth: width
    contentHeight: column.height
    interactive: scrolls
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: KioskScrollBar {}

    ColumnLayout {
        id: column
        width: flick.width - (flick.gutter ? Theme.scrollBarWidth + 12 : 0)
        height: Math.max(implicitHeight, flick.height)
        spacing: Theme.spacing
    }
}
