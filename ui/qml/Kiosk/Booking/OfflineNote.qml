import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// While the central office's service does not answer, the kiosk shows only the
// places it can book on its own (and finds only the bookings made on it): this
// framed line says so, at body size, with an icon, in both themes. `finding`
// picks the words for the screen that finds bookings.
Rectangle {
    id: note
    property bool finding: false
    readonly property string text: finding
        ? qsTr("Offline: only bookings made at this kiosk can be found here.")
        : qsTr("Offline: you see only the places this kiosk can book by itself. More may be free at the office.")
    visible: BookingController.sellingOffline
    color: Theme.highContrast ? "#000000" : "#fff4d6"
    border.width: Theme.borderWidth
    border.color: Theme.warning
    radius: 12
    implicitHeight: row.implicitHeight + 24
    Accessible.role: Accessible.StaticText
    Accessible.name: text
    RowLayout {
        id: row
        anchors { fill: parent; margins: 12 }
        spacing: 12
        IconDisc { name: "warning"; fill: Theme.warning; Layout.alignment: Qt.AlignTop }
        Text {
            objectName: "bookingOfflineText"
            text: note.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
