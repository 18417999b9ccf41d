import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 1: what the appointment is for.
ScreenPage {
    id: page
    screenName: "booking"
    title: qsTr("Book an appointment")
    signal next()
    signal manage()
    readAloudText: title + ". " + qsTr("What is the appointment for?") + " "
                   + BookingController.services.rowCount() + " " + qsTr("choices") + "."
    Component.onCompleted: BookingController.begin()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: Theme.spacing
        StepHeader { step: 1; title: qsTr("What is the appointment for?"); Layout.fillWidth: true }
        ScrollArea {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 0.6
            Repeater {
                model: BookingController.services
                ChoiceButton {
                    objectName: "service_" + model.serviceId
                    text: model.name
                    detail: qsTr("About %1 minutes").arg(model.minutes)
                    chosen: BookingController.serviceId === model.serviceId
                    Layout.fillWidth: true
                    // A few choices share a tall portrait screen instead of huddling at its top.
                    Layout.fillHeight: true
                    Layout.minimumHeight: implicitHeight
                    Layout.maximumHeight: Math.max(implicitHeight, Theme.touch * 2.2)
                    onClicked: { BookingController.chooseService(model.serviceId); page.next() }
                }
            }
            // The choices grow to share a tall screen, up to a point; the rest stays below them.
            Item { Layout.fillHeight: true }
        }
        KioskButton {
            objectName: "bookingManageButton"
            text: qsTr("Cancel or change a booking")
            iconName: "booking"
            outlined: true
            Layout.fillWidth: true
            onClicked: page.manage()
        }
    }
}
