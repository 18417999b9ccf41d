import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core

// Every language in its own name and script. No flags: a flag names a country,
// and these languages are spoken across borders.
Popup {
    id: picker
    objectName: "languagePicker"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 900, 900)
    padding: 32
    closePolicy: Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Text {
            text: qsTr("Choose your language")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.titleSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridLayout {
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Layout.fillWidth: true
            Repeater {
                model: Session.languages
                KioskButton {
                    objectName: "language_" + model.tag
                    text: model.nativeName
                    iconName: model.current ? "check" : ""
                    outlined: !model.current
                    Layout.fillWidth: true
                    onClicked: {
                        Session.setLanguage(model.tag)
                        picker.close()
                    }
                }
            }
        }
    }
}
