import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 4: the time, with the places left at each (offline, only this kiosk's, and a line says so).
ScreenPage {
    id: page
    screenName: "booking_times"
    title: qsTr("Book an appointment")
    signal next()
    readAloudText: qsTr("Choose a time") + ". "
                   + (BookingController.sellingOffline ? offlineNote.text + " " : "")
                   + BookingController.dayTitle + ". " + times()
    function times() {
        let parts = []
        for (let i = 0; i < repeater.count; i++) {
            const item = repeater.itemAt(i)
            if (item && item.enabled) parts.push(item.text)
        }
        return parts.join(", ")
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: Theme.spacing
        StepHeader {
            step: 4
            title: qsTr("Choose a time")
            summary: BookingController.serviceName + " · " + BookingController.locationName + " · " + BookingController.dayTitle
            Layout.fillWidth: true
        }
        ScrollArea {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true
            OfflineNote {  // first in the scrolling part, as on the calendar
                id: offlineNote
                objectName: "timesOffline"
                Layout.fillWidth: true
            }
            GridLayout {
                id: grid
                Layout.fillWidth: true
                // As many columns as a time and its "places left" fit in at this text size.
                columns: Math.max(1, Math.min(4, Math.floor(area.width / (Theme.touch * 3 * Theme.textScale))))
                columnSpacing: Theme.spacing * 0.6
                rowSpacing: Theme.spacing * 0.6
                Repeater {
                    id: repeater
                    model: BookingController.times
                    ChoiceButton {
                        objectName: "time_" + model.time.replace(":", "")
                        text: model.time
                        // Offline a slot with none of this kiosk's places may still have
                        // places at the office: "full" would be a lie there.
                        detail: model.free > 0 ? qsTr("Places left: %1").arg(model.free)
                              : BookingController.sellingOffline ? qsTr("ask at the office")
                              : qsTr("full")
                        enabled: model.free > 0
                        chosen: BookingController.slotId === model.slotId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.preferredHeight: Math.max(implicitHeight, Theme.touch * 1.3)
                        onClicked: { BookingController.chooseSlot(model.slotId); page.next() }
                    }
                }
            }
            Item { Layout.fillHeight: true }
        }
    }
}
