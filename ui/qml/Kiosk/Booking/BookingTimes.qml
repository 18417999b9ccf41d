import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 4: the time, with the places left at each.
ScreenPage {
    id: page
    screenName: "booking_times"
    title: qsTr("Book an appointment")
    signal next()
    readAloudText: qsTr("Choose a time") + ". " + BookingController.dayTitle + ". " + times()
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
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: grid.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16; policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            GridLayout {
                id: grid
                width: flick.width - (flick.contentHeight > flick.height ? 24 : 0)
                columns: flick.width > 1400 ? 4 : 3
                columnSpacing: Theme.spacing * 0.6
                rowSpacing: Theme.spacing * 0.6
                Repeater {
                    id: repeater
                    model: BookingController.times
                    ChoiceButton {
                        objectName: "time_" + model.time.replace(":", "")
                        text: model.time
                        detail: model.free > 0 ? qsTr("%1 free").arg(model.free) : qsTr("full")
                        enabled: model.free > 0
                        chosen: BookingController.slotId === model.slotId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        onClicked: { BookingController.chooseSlot(model.slotId); page.next() }
                    }
                }
            }
        }
    }
}
