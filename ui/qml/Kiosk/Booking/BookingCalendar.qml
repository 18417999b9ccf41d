import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 3: a month calendar that shows, on each day, whether there is room.
// A day with room shows how many places are left (the line above the grid says
// what the number means); a full day says "full"; the rest cannot be touched
// and have no frame. Words, numbers and frames carry the meaning, not colour.
// Offline, a line under the step says the days shown are only this kiosk's.
ScreenPage {
    id: page
    screenName: "booking_calendar"
    title: qsTr("Book an appointment")
    signal next()
    readAloudText: qsTr("Choose a day") + ". "
                   + (BookingController.sellingOffline ? offlineNote.text + " " : "")
                   + BookingController.monthTitle + ". "
                   + (BookingController.freeDays.length
                      ? qsTr("Days with places left: %1").arg(BookingController.freeDays.join(", "))
                      : qsTr("No places left this month."))

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        spacing: Theme.spacing * 0.6
        StepHeader {
            step: 3
            title: qsTr("Choose a day")
            summary: BookingController.serviceName + " · " + BookingController.locationName
            Layout.fillWidth: true
            Layout.rightMargin: 16
        }
        // The month has a line of its own: at the largest text it would not fit
        // between the two buttons.
        FitText {
            objectName: "calendarMonth"
            text: BookingController.monthTitle
            fullSize: Math.round(Theme.titleSize * 0.8)
            bold: true
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
            Layout.rightMargin: 16
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.rightMargin: 16
            KioskButton {
                objectName: "calendarPrevious"
                text: qsTr("Earlier")
                iconName: "back"
                outlined: true
                enabled: BookingController.canShowEarlier
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: BookingController.showMonth(-1)
            }
            KioskButton {
                objectName: "calendarNext"
                text: qsTr("Later")
                outlined: true
                enabled: BookingController.canShowLater
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                onClicked: BookingController.showMonth(1)
            }
        }
        // Six weeks of touch-sized days do not fit a landscape screen: the month scrolls.
        ScrollArea {
            id: area
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing * 0.5
            // First in the scrolling part: seen as the screen opens, and at the largest text in landscape
            // it does not squeeze the month into a sliver.
            OfflineNote {
                id: offlineNote
                objectName: "calendarOffline"
                Layout.fillWidth: true
            }
            Text {
                objectName: "calendarLegend"
                visible: BookingController.freeDays.length > 0
                text: qsTr("The number under a day is how many places are left.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.8
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            GridLayout {
                columns: 7
                columnSpacing: 8
                rowSpacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: BookingController.weekdayNames
                    Text {
                        text: modelData
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize * 0.8
                        font.bold: true
                        color: Theme.mutedText
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                }
                Repeater {
                    model: BookingController.days
                    Button {
                        id: cell
                        objectName: model.date ? "day_" + model.date : ""
                        readonly property bool chosen: model.date !== "" && model.date === BookingController.day
                        enabled: model.free > 0
                        opacity: model.date === "" ? 0 : 1
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        implicitHeight: Math.max(Theme.touch, dayColumn.implicitHeight + 16)
                        Accessible.name: model.title + " " + dayNote.text
                        onClicked: { BookingController.chooseDay(model.date); page.next() }
                        contentItem: ColumnLayout {
                            id: dayColumn
                            spacing: 0
                            Text {
                                text: model.label
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.labelSize
                                font.bold: cell.enabled
                                color: cell.enabled ? Theme.text : Theme.disabledText
                                horizontalAlignment: Text.AlignHCenter
                                Layout.fillWidth: true
                            }
                            Text {
                                id: dayNote
                                visible: text !== ""
                                text: model.free > 0 ? String(model.free) : (model.state === "full" ? qsTr("full") : "")
                                font.family: Theme.fontFamily
                                font.pixelSize: Math.round(Theme.bodySize * 0.7)
                                font.bold: model.free > 0
                                color: cell.enabled ? Theme.text : Theme.disabledText
                                wrapMode: Text.Wrap
                                horizontalAlignment: Text.AlignHCenter
                                Layout.fillWidth: true
                            }
                        }
                        // A day that can be chosen has a frame; the others have none, in both themes.
                        background: Rectangle {
                            radius: 12
                            color: !cell.enabled ? "transparent" : cell.chosen ? (Theme.highContrast ? "#000000" : "#cfe3f7")
                                   : (Theme.highContrast ? "#000000" : "#e3f1e8")
                            border.width: !cell.enabled ? 0 : cell.chosen ? Theme.borderWidth + 3 : Theme.borderWidth + 1
                            border.color: cell.chosen ? Theme.accent : (Theme.highContrast ? Theme.accent : Theme.rights)
                        }
                    }
                }
            }
            Text {
                objectName: "calendarNothingFree"
                visible: BookingController.freeDays.length === 0
                text: qsTr("No places left this month.")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
        }
    }
}
