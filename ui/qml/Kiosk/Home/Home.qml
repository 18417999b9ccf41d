import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The three services and help, each a big tile with an icon, a title and a line of explanation.
ScreenPage {
    id: page
    screenName: "home"
    canGoBack: false
    title: qsTr("How can we help you?")
    signal open(string screen)

    readonly property var tiles: [
        { name: "rights", icon: "rights", fill: Theme.rights,
          title: qsTr("Know your rights"), subtitle: qsTr("Safe migration and your rights abroad, in your language") },
        { name: "agency", icon: "agency", fill: Theme.agency,
          title: qsTr("Check an agency"), subtitle: qsTr("Is this recruitment agency licensed?") },
        { name: "booking", icon: "booking", fill: Theme.booking,
          title: qsTr("Book an appointment"), subtitle: qsTr("Visa centre and migration office appointments") },
        { name: "help", icon: "help", fill: Theme.help,
          title: qsTr("Help"), subtitle: qsTr("How to use this kiosk") }
    ]
    readAloudText: title + ". " + tiles.map(t => t.title + ": " + t.subtitle).join(". ")

    // At the largest text sizes the tiles outgrow the screen; then the page scrolls
    // instead of letting text spill over the next tile.
    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 40
        contentHeight: Math.max(height, column.implicitHeight)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        readonly property bool scrolls: column.implicitHeight > height + 1
        ScrollBar.vertical: ScrollBar { width: 16; visible: flick.scrolls; policy: ScrollBar.AlwaysOn }

        ColumnLayout {
            id: column
            width: flick.width - (flick.scrolls ? 32 : 0)
            height: flick.contentHeight
            spacing: Theme.spacing

            FitText {
                text: page.title
                fullSize: Theme.heroSize
                bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            GridLayout {
                columns: 2
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Layout.fillWidth: true
                Layout.fillHeight: true
                Repeater {
                    model: page.tiles
                    Tile {
                        objectName: "tile_" + modelData.name
                        text: modelData.title
                        subtitle: modelData.subtitle
                        iconName: modelData.icon
                        fill: modelData.fill
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: 1
                        Layout.minimumHeight: implicitHeight
                        onClicked: page.open(modelData.name)
                    }
                }
            }
            Text {
                // Calm, and only on a kiosk that belongs to a fleet: when the data last arrived,
                // and whether the centre can be reached. It never stops anyone doing anything.
                objectName: "syncFreshness"
                visible: SyncController.connected
                text: (SyncController.updatedText !== "" ? qsTr("Information updated: %1").arg(SyncController.updatedText) + " · " : "")
                      + (SyncController.online ? qsTr("Online") : qsTr("Offline"))
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.8
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                visible: Session.demo
                text: qsTr("Demo kiosk: the data shown is sample data and not real.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.8
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
