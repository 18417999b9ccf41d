import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Step 3: a month calendar that shows, on each day, whether there is room.
// A day with room says how many places are left; a full day says "full"; the
// rest cannot be touched. Words and numbers carry the meaning, not colour.
ScreenPage {
    id: page
    screenName: "booking_calendar"
    title: qsTr("Book an appointment")
    signal next()
    readAloudText: qsTr("Choose a day") + ". " + BookingController.monthTitle + ". "
                   + (BookingController.freeDays.length
                      ? qsTr("Days with free places: %1").arg(BookingController.freeDays.join(", "))
                      : qsTr("No free places this month."))

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        spacing: Theme.spacing * 0.75
        StepHeader {
            step: 3
            title: qsTr("Choose a day")
            summary: BookingController.serviceName + " · " + BookingController.locationName
            Layout.fillWidth: true
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            KioskButton {
                objectName: "calendarPrevious"
                text: qsTr("Earlier")
                iconName: "back"
                outlined: true
                enabled: BookingController.canShowEarlier
                onClicked: BookingController.showMonth(-1)
            }
            Text {
                objectName: "calendarMonth"
                text: BookingController.monthTitle
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize * 0.8
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "calendarNext"
                text: qsTr("Later")
                outlined: true
                enabled: BookingController.canShowLater
                onClicked: BookingController.showMonth(1)
            }
        }
        // Six weeks of touch-sized days do not fit a landscape screen: the month scrolls.
        Flickable {
            id: flick
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentHeight: month.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { width: 16; policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }
            ColumnLayout {
                id: month
                width: flick.width - (flick.contentHeight > flick.height ? 24 : 0)
                spacing: Theme.spacing * 0.75
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
                            Accessible.name: model.label + " " + dayNote.text
                            onClicked: { BookingController.chooseDay(model.date); page.next() }
                            contentItem: ColumnLayout {
                                id: dayColumn
                                spacing: 0
                                Text {
                                    text: model.label
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.labelSize
                                    font.bold: model.free > 0
                                    color: model.free > 0 ? Theme.text : Theme.mutedText
                                    horizontalAlignment: Text.AlignHCenter
                                    Layout.fillWidth: true
                                }
                                Text {
                                    id: dayNote
                                    text: model.free > 0 ? qsTr("%1 free").arg(model.free) : (model.state === "full" ? qsTr("full") : "")
                                    font.family: Theme.fontFamily
                                    font.pixelSize: Theme.bodySize * 0.6
                                    color: model.free > 0 ? Theme.text : Theme.mutedText
                                    horizontalAlignment: Text.AlignHCenter
                                    Layout.fillWidth: true
                                }
                            }
                            background: Rectangle {
                                radius: 12
                                color: cell.enabled ? (Theme.highContrast ? "#000000" : "#e3f1e8") : (Theme.highContrast ? "#000000" : "#eceff2")
                                border.width: cell.chosen ? Theme.borderWidth + 3 : (cell.enabled ? Theme.borderWidth : 1)
                                border.color: cell.chosen ? Theme.accent : (cell.enabled ? Theme.rights : Theme.border)
                            }
                        }
                    }
                }
                Text {
                    objectName: "calendarNothingFree"
                    visible: BookingController.freeDays.length === 0
                    text: qsTr("No free places this month.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
    }
}
