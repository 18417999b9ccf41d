import QtQuick
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The verdict as a big word, an icon and a colour: never the colour alone. The
// same badge heads the verdict screen (`large`) and marks each search result.
Rectangle {
    id: badge
    property string kind: ""            // licensed, not_licensed, not_for_country, not_found
    property string countryName: ""     // for not_for_country, as it reads in a sentence
    property bool large: false

    readonly property var styles: ({
        "licensed": { icon: "licensed", fill: "#1e6b3f" },
        "not_licensed": { icon: "cross", fill: "#b00020" },
        "not_for_country": { icon: "warning", fill: "#9a4500" },
        "not_found": { icon: "question", fill: "#6a1b4d" }
    })
    readonly property var style: styles[kind] || { icon: "question", fill: Theme.mutedText }
    readonly property string word: {
        if (kind === "licensed") return qsTr("LICENSED")
        if (kind === "not_licensed") return qsTr("NOT LICENSED")
        if (kind === "not_for_country") return qsTr("NOT LICENSED for %1").arg(countryName)
        if (kind === "not_found") return qsTr("NOT FOUND in the registry")
        return ""
    }

    color: Theme.highContrast ? "#000000" : style.fill
    radius: Theme.radius
    border.width: Theme.highContrast ? Theme.borderWidth : 0
    border.color: Theme.accent
    implicitHeight: row.implicitHeight + (large ? 48 : 20)
    implicitWidth: row.implicitWidth + (large ? 64 : 32)
    Accessible.name: word

    RowLayout {
        id: row
        anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter }
        anchors.leftMargin: badge.large ? 32 : 16
        anchors.rightMargin: badge.large ? 32 : 16
        spacing: badge.large ? 24 : 12
        Icon {
            name: badge.style.icon
            color: Theme.highContrast ? Theme.accent : "#ffffff"
            size: Math.round((badge.large ? 96 : 40) * Theme.textScale)
        }
        FitText {
            objectName: badge.large ? "verdictWord" : ""
            text: badge.word
            fullSize: badge.large ? Theme.heroSize : Theme.bodySize
            bold: true
            color: Theme.highContrast ? Theme.accent : "#ffffff"
            Layout.fillWidth: true
        }
    }
}
