import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A home-screen tile: icon, title and one line of explanation. A feature not yet
// on this kiosk says so in words and with a badge icon, not by greying out.
Button {
    id: tile
    property string iconName
    property string subtitle
    property color fill: Theme.accent
    property bool comingSoon: false
    Accessible.name: text + ". " + subtitle
    padding: 20

    contentItem: ColumnLayout {
        spacing: 12
        Item { Layout.fillHeight: true }
        Icon { name: tile.iconName; size: Math.round(96 * Math.min(Theme.textScale, 1.3)); Layout.alignment: Qt.AlignHCenter }
        Text {
            text: tile.text
            color: Theme.highContrast ? Theme.accent : "#ffffff"
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize * 0.85
            font.bold: true
            wrapMode: Text.Wrap
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
        Rectangle {
            objectName: "comingSoonBadge"
            visible: tile.comingSoon
            Layout.alignment: Qt.AlignHCenter
            radius: 12
            color: "transparent"
            border.width: 3
            border.color: Theme.highContrast ? Theme.accent : "#ffffff"
            implicitWidth: badge.implicitWidth + 32
            implicitHeight: badge.implicitHeight + 16
            Row {
                id: badge
                anchors.centerIn: parent
                spacing: 10
                Icon { name: "clock"; size: Math.round(36 * Theme.textScale); anchors.verticalCenter: parent.verticalCenter }
                Text {
                    text: qsTr("Coming soon")
                    color: Theme.highContrast ? Theme.accent : "#ffffff"
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
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
