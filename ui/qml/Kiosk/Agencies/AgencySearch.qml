import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Check an agency: type a few letters of its name, in any script, or its licence
// number; results come as you type, each already marked with its verdict.
ScreenPage {
    id: page
    screenName: "agency"
    title: qsTr("Check an agency")
    signal openAgency(string agencyId)
    signal openNotFound()

    readonly property string destinationText: AgencyController.country === ""
        ? qsTr("Country of work: any country")
        : qsTr("Country of work: %1").arg(AgencyController.countryName)
    readonly property string asOfText: AgencyController.asOf === "" ? qsTr("The registry is not loaded.")
        : qsTr("Registry data as of %1.").arg(AgencyController.asOf)
    readonly property string staleText: qsTr("These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.").arg(AgencyController.ageDays)
    readAloudText: {
        if (field.text.trim() === "")
            return title + ". " + qsTr("Type the agency's name or its licence number.") + " " + asOfText
        let parts = []
        for (let i = 0; i < results.count; i++) {
            const item = results.itemAt(i)
            if (item) parts.push(item.spoken)
        }
        return parts.length ? parts.join(". ") : qsTr("No agency with this name is in the registry.")
    }
    Component.onCompleted: {
        field.text = AgencyController.query
        AgencyController.loadRegistry()
    }
    // Focus once the screen is really on show, and only if it still is: a result may
    // already have been chosen, and the keyboard must not follow the person there.
    StackView.onActivated: Qt.callLater(() => { if (page.StackView.status === StackView.Active) field.forceActiveFocus() })

    CountryPicker { id: countryPicker }

    // One scrolling column, the field near its top: with the keyboard up on a
    // landscape screen there is room for little more than the field and a result.
    ScrollArea {
        id: area
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        spacing: Theme.spacing * 0.75

        FitText {
            text: page.title
            fullSize: Theme.titleSize
            bold: true
            color: Theme.text
            Layout.fillWidth: true
        }
        KioskButton {
            objectName: "agencyCountryButton"
            text: page.destinationText
            iconName: "suitcase"
            outlined: true
            Layout.fillWidth: true
            onClicked: countryPicker.open()
        }
        Text {
            text: qsTr("Agency name or licence number")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        KioskField {
            id: field
            objectName: "agencySearchField"
            font.pixelSize: Theme.titleSize * 0.8
            onTextChanged: AgencyController.search(text)
        }
        Text {
            objectName: "agencyAsOf"
            text: page.asOfText + (Session.demo ? " " + qsTr("Demo kiosk: every agency here is FICTIONAL sample data.") : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize * 0.85
            color: Theme.mutedText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            objectName: "agencyStaleWarning"
            visible: AgencyController.stale && AgencyController.asOf !== ""
            color: Theme.highContrast ? "#000000" : "#fff4d6"
            border.width: Theme.borderWidth
            border.color: Theme.warning
            radius: 12
            Layout.fillWidth: true
            implicitHeight: staleRow.implicitHeight + 24
            RowLayout {
                id: staleRow
                anchors { fill: parent; margins: 12 }
                spacing: 12
                IconDisc { name: "warning"; fill: Theme.warning }
                Text {
                    text: page.staleText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize * 0.85
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }

        Text {
            objectName: "agencyNothingFound"
            visible: field.text.trim() !== "" && results.count === 0
            text: qsTr("No agency with this name is in the registry.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Repeater {
            id: results
            model: AgencyController.results
            Button {
                id: resultButton
                objectName: "agency_" + model.agencyId
                readonly property string spoken: model.name + ". " + badge.word
                text: model.name
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touch, resultColumn.implicitHeight + 28)
                onClicked: page.openAgency(model.agencyId)
                contentItem: ColumnLayout {
                    id: resultColumn
                    spacing: 8
                    Text {
                        text: model.name
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: 16
                        Layout.fillWidth: true
                        VerdictBadge {
                            id: badge
                            kind: model.kind
                            countryName: AgencyController.countryName
                            Layout.maximumWidth: resultColumn.width * 0.62
                        }
                        Text {
                            text: qsTr("Licence %1").arg(model.licence)
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize * 0.85
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: Theme.borderWidth
                    border.color: Theme.border
                }
            }
        }
        KioskButton {
            objectName: "agencyNotListed"
            visible: field.text.trim() !== ""
            text: qsTr("The agency is not in this list")
            iconName: "question"
            fill: Theme.agency
            Layout.fillWidth: true
            onClicked: {
                AgencyController.openNotFound(field.text)
                page.openNotFound()
            }
        }
    }
}
