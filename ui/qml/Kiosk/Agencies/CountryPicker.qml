import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// "Choose your country of work": a licence may hold for some countries only.
// Countries are named in the kiosk's language; no flags, as for languages.
Popup {
    id: picker
    objectName: "countryPicker"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 60 : 960, 960)
    height: Math.min(parent ? parent.height - 60 : 1600, implicitHeight)
    padding: 28
    rightPadding: 12
    closePolicy: Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: ScrollArea {
        spacing: Theme.spacing
        FitText {
            text: qsTr("Choose your country of work")
            fullSize: Theme.titleSize
            bold: true
            color: Theme.text
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
            // Two columns while a long country name fits half the picker at this text size.
            columns: picker.availableWidth > 640 * Theme.textScale ? 2 : 1
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
        KioskButton {
            objectName: "countryPickerClose"
            text: qsTr("Close")
            iconName: "cross"
            outlined: true
            Layout.fillWidth: true
            onClicked: picker.close()
        }
    }
}
