import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 2: where. Mobile offices that visit soon are marked, so a person from a
// regional town sees the visit near them first.
ScreenPage {
    id: page
    screenName: "booking_locations"
    title: qsTr("Book an appointment")
    signal next()
    readAloudText: qsTr("Where?") + " " + names()
    function names() {
        let parts = []
        for (let i = 0; i < repeater.count; i++) {
            const item = repeater.itemAt(i)
            if (item) parts.push(item.text + ", " + item.detail)
        }
        return parts.join(". ")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: Theme.spacing
        StepHeader { step: 2; title: qsTr("Where?"); summary: BookingController.serviceName; Layout.fillWidth: true }
        Text {
            objectName: "bookingNoLocations"
            visible: repeater.count === 0
            text: qsTr("No office offers this service in the coming weeks. Please ask staff.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ScrollArea {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 0.6
            Repeater {
                id: repeater
                model: BookingController.locations
                ChoiceButton {
                    objectName: "location_" + model.locationId
                    text: model.name
                    detail: model.kind === "mobile"
                            ? qsTr("Mobile office in %1.").arg(model.town) + " " + model.address + "\n"
                              + (model.nextVisit ? qsTr("Next visit: %1.").arg(model.nextVisit) : qsTr("No visit planned yet."))
                            : model.address + (model.nextFree ? "\n" + qsTr("First day with places left: %1.").arg(model.nextFree) : "")
                    badge: model.soon ? qsTr("Visiting soon") : ""
                    chosen: BookingController.locationId === model.locationId
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: implicitHeight
                    Layout.maximumHeight: Math.max(implicitHeight, Theme.touch * 2.6)
                    onClicked: { BookingController.chooseLocation(model.locationId); page.next() }
                }
            }
            // The choices grow to share a tall screen, up to a point; the rest stays below them.
            Item { Layout.fillHeight: true }
        }
    }
}
