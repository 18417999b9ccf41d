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
    height: Math.min(implicitHeight, parent ? parent.height - 80 : implicitHeight)
    padding: 32
    rightPadding: 16
    closePolicy: Popup.CloseOnPressOutside

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.width: Theme.borderWidth
        border.color: Theme.border
    }

    // At the largest text on a landscape screen the list is taller than the screen: it scrolls.
    contentItem: ScrollArea {
        FitText {
            text: qsTr("Choose your language")
            fullSize: Theme.titleSize
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        GridLayout {
            // Two columns while the longest name fits half the picker at this text size.
            columns: picker.availableWidth > 600 * Theme.textScale ? 2 : 1
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
        // A way out that does not depend on knowing that a touch outside closes it.
        KioskButton {
            objectName: "languagePickerClose"
            text: qsTr("Close")
            iconName: "cross"
            outlined: true
            Layout.fillWidth: true
            onClicked: picker.close()
        }
    }
}
