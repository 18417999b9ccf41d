import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// "Where are you going to work?": a licence may hold for some countries only.
// Countries are named in the kiosk's language; no flags, as for languages.
Popup {
    id: picker
    objectName: "countryPicker"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 60 : 960, 960)
    height: Math.min(parent ? parent.height - 60 : 1600, column.implicitHeight + 2 * padding)
    padding: 28
    closePolicy: Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: Flickable {
        id: flick
        contentHeight: column.implicitHeight
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 16; policy: flick.contentHeight > flick.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded }

        ColumnLayout {
            id: column
            width: flick.width - 24
            spacing: Theme.spacing
            Text {
                text: qsTr("Where are you going to work?")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.titleSize
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            KioskButton {
                objectName: "country_any"
                text: qsTr("Any country / I do not know yet")
                iconName: AgencyController.country === "" ? "check" : ""
                outlined: AgencyController.country !== ""
                Layout.fillWidth: true
                onClicked: { AgencyController.setCountry(""); picker.close() }
            }
            GridLayout {
                columns: 2
                columnSpacing: Theme.spacing * 0.6
                rowSpacing: Theme.spacing * 0.6
                Layout.fillWidth: true
                Repeater {
                    model: AgencyController.countries
                    KioskButton {
                        objectName: "country_" + model.code
                        text: model.name
                        iconName: AgencyController.country === model.code ? "check" : ""
                        outlined: AgencyController.country !== model.code
                        font.pixelSize: Theme.bodySize
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        onClicked: { AgencyController.setCountry(model.code); picker.close() }
                    }
                }
            }
        }
    }
}
