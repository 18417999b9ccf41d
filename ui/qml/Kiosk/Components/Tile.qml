import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A home-screen tile: icon, title and one line of explanation.
Button {
    id: tile
    property string iconName
    property string subtitle
    property color fill: Theme.accent
    Accessible.name: text + ". " + subtitle
    padding: 20

    contentItem: ColumnLayout {
        spacing: 12
        Item { Layout.fillHeight: true }
        Icon { name: tile.iconName; color: Theme.highContrast ? Theme.accent : "#ffffff"; size: Math.round(96 * Math.min(Theme.textScale, 1.3)); Layout.alignment: Qt.AlignHCenter }
        FitText {
            text: tile.text
            color: Theme.highContrast ? Theme.accent : "#ffffff"
            fullSize: Math.round(Theme.titleSize * 0.85)
            bold: true
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Text {
            text: tile.subtitle
            color: Theme.highContrast ? Theme.text : "#ffffff"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Item { Layout.fillHeight: true }
    }
    background: Rectangle {
        radius: Theme.radius * 1.5
        color: tile.fill
        border.width: Theme.highContrast ? 4 : 0
        border.color: Theme.accent
        opacity: tile.down ? 0.85 : 1
    }
}
