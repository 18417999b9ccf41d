import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// "Step 3 of 6: Choose a day", and what was chosen so far, so a person who
// looked away knows where they are.
ColumnLayout {
    property int step: 1
    property string title: ""
    property string summary: ""
    spacing: 8
    FitText {
        objectName: "bookingStepTitle"
        text: qsTr("Step %1 of 6").arg(step) + ": " + title
        fullSize: Theme.titleSize
        bold: true
        color: Theme.text
        Layout.fillWidth: true
    }
    Text {
        visible: summary !== ""
        text: summary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize * 0.85
        color: Theme.mutedText
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
