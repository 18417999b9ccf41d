import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// A receipt printed at the desk (a reprint, a walk-in's): its reference, how the
// printing went in words, and, when it did not print, its QR code to photograph,
// as the public receipt screen shows it.
Rectangle {
    id: panel
    property string reference: ""
    property string printState: ""
    property string qr: ""
    property string heading: ""
    signal closed()
    readonly property bool problem: printState === "problem"
    readonly property string stateText: {
        if (printState === "printing") return qsTr("Printing the receipt…")
        if (printState === "printed") return qsTr("The receipt is printed.")
        if (problem) return qsTr("The receipt could not be printed. The person can take a photo of the reference and the QR code.")
        return ""
    }

    visible: reference !== ""
    color: Theme.surface
    radius: Theme.radius
    border.width: Theme.borderWidth + 1
    border.color: problem ? Theme.warning : Theme.border
    implicitHeight: grid.implicitHeight + 40

    GridLayout {
        id: grid
        readonly property bool wide: panel.width > 900
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 20 }
        columns: wide && panel.qr !== "" ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: 12
        ColumnLayout {
            spacing: 12
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            Text {
                visible: panel.heading !== ""
                text: panel.heading
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.mutedText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                objectName: "receiptReference"
                text: panel.reference
                font.family: Theme.fontFamily
                font.pixelSize: Theme.heroSize
                font.bold: true
                font.letterSpacing: 4
                color: Theme.text
                // A reference cannot wrap: at the largest text it shrinks to fit instead.
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: Theme.bodySize
                Layout.fillWidth: true
            }
            RowLayout {
                visible: panel.stateText !== ""
                spacing: 12
                Layout.fillWidth: true
                IconDisc {
                    name: panel.problem ? "warning" : "print"
                    fill: panel.problem ? Theme.warning : Theme.rights
                }
                Text {
                    objectName: "receiptPrintText"
                    text: panel.stateText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: panel.problem
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            KioskButton {
                objectName: "receiptClose"
                text: qsTr("Close")
                iconName: "cross"
                compact: true
                outlined: true
                onClicked: panel.closed()
            }
        }
        Image {
            objectName: "receiptQr"
            source: panel.qr
            visible: panel.qr !== ""
            readonly property int side: Math.max(240, Math.min(360, panel.width * 0.4))
            sourceSize.width: side
            sourceSize.height: side
            Layout.preferredWidth: side
            Layout.preferredHeight: side
            Layout.alignment: Qt.AlignTop | (grid.wide ? Qt.AlignRight : Qt.AlignHCenter)
        }
    }
}
