import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// The answer about one agency, in a form that cannot be misread: a big word, an
// icon and a colour, a sentence that says what it means and what to do, and the
// date the registry's data are from. Everything on it can be read aloud.
ScreenPage {
    id: page
    property string agencyId: ""
    screenName: "agency_verdict"
    title: qsTr("Check an agency")
    signal report()
    signal checkAnother()

    readonly property var v: AgencyController.verdict
    readonly property string kind: v.kind || ""

    // A country's own end date is shown only where it comes before the licence's.
    function countryList(countries) {
        return countries.map(c => c.until && c.until !== v.expires ? qsTr("%1 (until %2)").arg(c.name).arg(c.until)
                                                                   : c.name).join(", ")
    }
    readonly property string validUntil: v.expires ? " " + qsTr("The licence is valid until %1.").arg(v.expires) : ""
    // A web address is one long word: let it wrap after its dots and slashes
    // (a zero-width space), never in the middle of a name.
    function breakable(address) {
        return address.replace(/([./@-])/g, "$1\u200b")
    }
    function statusWord(status) {
        if (status === "active") return qsTr("licensed")
        if (status === "suspended") return qsTr("suspended")
        if (status === "revoked") return qsTr("revoked")
        if (status === "expired") return qsTr("expired")
        if (status === "rejected") return qsTr("rejected")
        return status
    }

    readonly property string meaning: {
        if (kind === "licensed")
            return (v.countries.length ? qsTr("Licensed: may recruit for %1.").arg(countryList(v.countries))
                                       : qsTr("Licensed, but the registry lists no destination country for it."))
                   + validUntil
        if (kind === "not_for_country")
            return qsTr("Not licensed for %1.").arg(v.countryName) + " "
                 + (v.countries.length ? qsTr("It may recruit only for %1.").arg(countryList(v.countries))
                                       : qsTr("The registry lists no destination country for it."))
        if (kind === "not_licensed") {
            if (v.status === "suspended") return qsTr("NOT licensed: suspended since %1.").arg(v.since)
            if (v.status === "revoked") return qsTr("NOT licensed: the licence was revoked on %1.").arg(v.since)
            if (v.status === "expired") return qsTr("NOT licensed: the licence expired on %1.").arg(v.since)
            if (v.status === "rejected") return qsTr("NOT licensed: the application was rejected on %1.").arg(v.since)
        }
        if (kind === "not_found")
            return qsTr("Not found in the registry as of %1. Do not pay. Report it.").arg(v.asOf)
        return ""
    }
    readonly property string advice: {
        if (kind === "licensed")
            return qsTr("Even so: get a written contract before you pay, and never hand over your passport.")
        if (kind === "not_for_country")
            return qsTr("Do not pay it for work in this country.")
        if (kind === "not_licensed")
            return qsTr("This agency may not recruit you. Do not pay it and do not give it your passport.")
        return ""
    }
    readonly property string asOfText: v.asOf ? qsTr("Registry data as of %1.").arg(v.asOf) : qsTr("The registry is not loaded.")
    readonly property string staleText: qsTr("These data are %1 days old, so an answer may be out of date. Before you pay anyone, ask the licensing authority.").arg(AgencyController.ageDays)
    readonly property string fictionalText: qsTr("FICTIONAL sample agency: demo data, not a real company.")

    readAloudText: [badge.word, v.name || "", meaning, advice, v.fictional ? fictionalText : "", asOfText,
                    v.stale ? staleText : ""].filter(s => s !== "").join(" ")

    Component.onCompleted: if (agencyId !== "") AgencyController.openAgency(agencyId)

    CountryPicker { id: countryPicker }

    // The verdict scrolls; what to do next stays in view below it, on every screen.
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        spacing: Theme.spacing * 0.75
        visible: page.kind !== ""

        ScrollArea {
            id: flick
            objectName: "verdictPage"
            Layout.fillWidth: true
            Layout.fillHeight: true

            VerdictBadge {
                id: badge
                objectName: "verdictBadge"
                kind: page.kind
                countryName: page.v.countryName || ""
                large: true
                Layout.fillWidth: true
            }
            Text {
                objectName: "verdictMeaning"
                text: page.meaning
                font.family: Theme.fontFamily
                font.pixelSize: Theme.labelSize * 1.1
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Text {
                objectName: "verdictAdvice"
                visible: page.advice !== ""
                text: page.advice
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                objectName: "verdictFictional"
                visible: page.v.fictional === true
                color: Theme.highContrast ? "#000000" : "#eeeeee"
                border.width: Theme.borderWidth
                border.color: Theme.highContrast ? Theme.accent : "#555555"
                radius: 10
                Layout.fillWidth: true
                implicitHeight: fictionalLabel.implicitHeight + 20
                Text {
                    id: fictionalLabel
                    anchors { fill: parent; margins: 10 }
                    text: page.fictionalText
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize * 0.9
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }

            // Which agency this is about: names, licence and contacts.
            Rectangle {
                color: Theme.surface
                radius: Theme.radius
                border.width: Theme.borderWidth
                border.color: Theme.border
                Layout.fillWidth: true
                implicitHeight: details.implicitHeight + 48
                ColumnLayout {
                    id: details
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 24 }
                    spacing: 10
                    FitText {
                        objectName: "verdictName"
                        text: !page.v.name ? "" : page.kind === "not_found" ? qsTr("You looked for: %1").arg(page.v.name)
                                                                             : page.v.name
                        visible: text !== ""
                        fullSize: Math.round(Theme.titleSize * 0.8)
                        bold: true
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: [
                            { label: qsTr("Also known as"), value: (page.v.otherNames || []).join("; ") },
                            { label: qsTr("Licence number"), value: page.v.licence || "" },
                            { label: qsTr("Licensing authority"), value: page.v.authority || "" },
                            { label: qsTr("Address"), value: page.v.address || "" },
                            { label: qsTr("Branch offices"), value: (page.v.branches || []).join("; ") },
                            { label: qsTr("Phone"), value: page.v.phone || "" },
                            { label: qsTr("Website"), value: page.breakable(page.v.website || "") }
                        ]
                        Text {
                            visible: modelData.value !== ""
                            text: "<b>" + modelData.label + ":</b> " + modelData.value
                            textFormat: Text.StyledText
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize * 0.9
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                    Text {
                        visible: (page.v.history || []).length > 0
                        text: qsTr("Status history")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize * 0.9
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        Layout.topMargin: 8
                    }
                    Repeater {
                        model: page.v.history || []
                        Text {
                            text: modelData.since + ": " + page.statusWord(modelData.status)
                                  + (modelData.reason ? " (" + modelData.reason + ")" : "")
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.bodySize * 0.85
                            color: Theme.mutedText
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Text {
                objectName: "verdictAsOf"
                text: page.asOfText
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize * 0.9
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                objectName: "verdictStale"
                visible: page.v.stale === true
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

            KioskButton {
                objectName: "verdictCountryButton"
                // A country changes nothing about an agency the registry does not have.
                visible: page.kind !== "not_found"
                text: AgencyController.country === "" ? qsTr("Choose your country of work")
                                                       : qsTr("Country of work: %1").arg(AgencyController.countryName)
                iconName: "suitcase"
                outlined: true
                Layout.fillWidth: true
                onClicked: countryPicker.open()
            }
        }
        ActionRow {
            Layout.fillWidth: true
            Layout.rightMargin: 16
            KioskButton {
                objectName: "verdictReportButton"
                text: qsTr("Report this agency")
                iconName: "report"
                fill: Theme.danger
                Layout.fillWidth: true
                onClicked: { AgencyController.startReport(); page.report() }
            }
            KioskButton {
                objectName: "verdictCheckAnother"
                text: qsTr("Check another agency")
                iconName: "search"
                outlined: true
                Layout.fillWidth: true
                onClicked: page.checkAnother()
            }
        }
    }
}
