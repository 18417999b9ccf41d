import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// One choice in a booking step: a bold line and a quieter second line. The
// current choice is marked by a tick and a thick border, not by colour alone.
Button {
    id: control
    property string detail: ""
    property string badge: ""
    property bool chosen: false
    implicitHeight: Math.max(Theme.touch, column.implicitHeight + 28)
    Accessible.name: text + ". " + detail
    contentItem: RowLayout {
        spacing: 16
        Rectangle {
            visible: control.chosen
            color: Theme.highContrast ? "transparent" : Theme.accent
            radius: width / 2
            implicitWidth: 52; implicitHeight: 52
            Icon { anchors.centerIn: parent; name: "check"; size: 36 }
        }
        ColumnLayout {
            id: column
            spacing: 4
            Layout.fillWidth: true
            Text {
                text: control.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                visible: control.detail !== ""
                text: control.detail
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.85
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        Rectangle {
            visible: control.badge !== ""
            color: Theme.highContrast ? "#000000" : Theme.warning
            border.width: Theme.highContrast ? 2 : 0
            border.color: Theme.accent
            radius: 10
            implicitWidth: badgeText.implicitWidth + 24
            implicitHeight: badgeText.implicitHeight + 12
            Text {
                id: badgeText
                anchors.centerIn: parent
                text: control.badge
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.8
                font.bold: true
                color: Theme.highContrast ? Theme.accent : "#ffffff"
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.width: control.chosen ? Theme.borderWidth + 3 : Theme.borderWidth
        border.color: control.chosen ? Theme.accent : Theme.border
        opacity: control.down ? 0.8 : 1
    }
}
