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
    padding: 20
    implicitHeight: Math.max(Theme.touch, row.implicitHeight + 2 * padding)
    Accessible.name: text + ". " + detail
    contentItem: RowLayout {
        id: row
        spacing: 16
        IconDisc { visible: control.chosen; name: "check"; round: true; size: 52 }
        ColumnLayout {
            id: column
            spacing: 4
            Layout.fillWidth: true
            Text {
                text: control.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize
                font.bold: true
                color: control.enabled ? Theme.text : Theme.disabledText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                visible: control.detail !== ""
                text: control.detail
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.85
                color: control.enabled ? Theme.mutedText : Theme.disabledText
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
        color: control.enabled ? Theme.surface : Theme.disabledFill
        border.width: control.chosen ? Theme.borderWidth + 3 : Theme.borderWidth
        border.color: control.chosen ? Theme.accent : control.enabled ? Theme.border : Theme.disabledBorder
        opacity: control.down ? 0.8 : 1
    }
}
