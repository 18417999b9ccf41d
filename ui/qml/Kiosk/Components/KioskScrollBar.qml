import QtQuick
import QtQuick.Controls.Basic

// A scroll bar that is always drawn while there is more to see, with a visible
// track, so a traveller knows the page goes on (a bar that appears only while
// scrolling says nothing to someone who has not yet scrolled).
ScrollBar {
    id: bar
    policy: size < 1.0 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
    implicitWidth: Theme.scrollBarWidth
    minimumSize: 0.08
    contentItem: Rectangle {
        implicitWidth: Theme.scrollBarWidth
        radius: width / 2
        color: Theme.highContrast ? Theme.accent : Theme.mutedText
    }
    background: Rectangle {
        implicitWidth: Theme.scrollBarWidth
        radius: width / 2
        color: Theme.highContrast ? "#000000" : "#dde2e7"
        border.width: Theme.highContrast ? 2 : 0
        border.color: Theme.accent
    }
}
