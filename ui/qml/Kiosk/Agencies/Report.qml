import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components

// Report an agency in three short steps: which agency, what happened, and (if
// the person wants) how to reach them. The reference appears only once the
// report is stored, so a reference on screen always means a saved report.
ScreenPage {
    id: page
    screenName: "agency_report"
    title: qsTr("Report an agency")
    signal done()

    property int step: 0
    property var chosen: []
    readonly property var report: AgencyController.report
    readonly property string state_: report.state || ""
    readonly property var kinds: [
        { code: "fee_before_job", text: qsTr("They asked for money before giving a job or visa") },
        { code: "kept_documents", text: qsTr("They took or kept my passport or documents") },
        { code: "fake_job", text: qsTr("The job or employer did not exist") },
        { code: "wrong_visa", text: qsTr("They sent me to work on a tourist or student visa") },
        { code: "contract_changed", text: qsTr("The work or pay was not what they promised") },
        { code: "no_licence_shown", text: qsTr("They would not show a licence or a contract") },
        { code: "other", text: qsTr("Something else") }
    ]
    readonly property var stepTitles: [qsTr("Which agency?"), qsTr("What happened?"),
                                       qsTr("How can we reach you? (optional)"), qsTr("Report sent")]
    readonly property string contactNote: qsTr("Leave a phone number or e-mail only if you want the authority that handles reports to contact you. You can send the report without it.")
    readonly property string referenceText: qsTr("Your report is saved. Its reference is %1. Write it down or take a photo of it.").arg(report.reference || "")

    readAloudText: {
        const parts = [title, stepTitles[step]]
        if (step === 1) parts.push(kinds.map(k => k.text).join(". "))
        if (step === 2) parts.push(contactNote)
        if (step === 3 && state_ === "sent") parts.push(referenceText)
        return parts.join(". ")
    }

    function toggle(code) {
        const list = chosen.slice()
        const at = list.indexOf(code)
        if (at >= 0) list.splice(at, 1); else list.push(code)
        chosen = list
    }
    function send() {
        step = 3
        const name = nameField.text.trim()
        // The registry id counts only while the name is still the registry's.
        const agencyId = name === (report.agencyName || "") ? (report.agencyId || "") : ""
        AgencyController.submitReport(name, agencyId, chosen, detailsField.text, contactField.text)
    }

    Component.onCompleted: {
        if (state_ === "") AgencyController.startReport()
        nameField.text = AgencyController.report.agencyName || ""
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 32
        anchors.rightMargin: 16
        spacing: Theme.spacing

        FitText {
            objectName: "reportStepTitle"
            text: (page.step < 3 ? qsTr("Step %1 of 3").arg(page.step + 1) + ": " : "") + page.stepTitles[page.step]
            fullSize: Theme.titleSize
            bold: true
            color: Theme.text
            Layout.fillWidth: true
            Layout.rightMargin: 16
        }

        // Each step scrolls on its own: at the largest text, or with the keyboard
        // up on a landscape screen, none of them fits.
        StackLayout {
            currentIndex: page.step
            Layout.fillWidth: true
            Layout.fillHeight: true

            // 1. Which agency
            ScrollArea {
                Text {
                    text: qsTr("The agency's name")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskField {
                    id: nameField
                    objectName: "reportNameField"
                    maximumLength: 200
                }
                Item { Layout.fillHeight: true }
                Text {
                    objectName: "reportWaiting1"
                    visible: !next1.enabled
                    text: qsTr("Write the agency's name to go on.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskButton {
                    id: next1
                    objectName: "reportNext1"
                    text: qsTr("Next")
                    enabled: nameField.text.trim() !== ""
                    Layout.fillWidth: true
                    onClicked: page.step = 1
                }
            }

            // 2. What happened
            ScrollArea {
                spacing: Theme.spacing * 0.5
                Repeater {
                    model: page.kinds
                    KioskButton {
                        objectName: "reportKind_" + modelData.code
                        readonly property bool isChosen: page.chosen.indexOf(modelData.code) >= 0
                        text: modelData.text
                        iconName: isChosen ? "check" : ""
                        outlined: !isChosen
                        font.pixelSize: Theme.bodySize
                        Accessible.checkable: true
                        Accessible.checked: isChosen
                        Layout.fillWidth: true
                        onClicked: page.toggle(modelData.code)
                    }
                }
                Text {
                    text: qsTr("In your own words (optional)")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskField {
                    id: detailsField
                    objectName: "reportDetailsField"
                    font.pixelSize: Theme.bodySize
                    maximumLength: 2000
                }
                Text {
                    objectName: "reportWaiting2"
                    visible: !next2.enabled
                    text: qsTr("Choose what happened, or write it in your own words, to go on.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ActionRow {
                    Layout.fillWidth: true
                    KioskButton { objectName: "reportPrevious2"; text: qsTr("Previous step"); outlined: true; iconName: "back"; Layout.fillWidth: true; onClicked: page.step = 0 }
                    KioskButton {
                        id: next2
                        objectName: "reportNext2"
                        text: qsTr("Next")
                        enabled: page.chosen.length > 0 || detailsField.text.trim() !== ""
                        Layout.fillWidth: true
                        onClicked: page.step = 2
                    }
                }
            }

            // 3. Contact, optional
            ScrollArea {
                Text {
                    text: page.contactNote
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Text {
                    text: qsTr("Phone or e-mail (optional)")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                KioskField {
                    id: contactField
                    objectName: "reportContactField"
                    maximumLength: 200
                }
                Item { Layout.fillHeight: true }
                ActionRow {
                    Layout.fillWidth: true
                    KioskButton { objectName: "reportPrevious3"; text: qsTr("Previous step"); outlined: true; iconName: "back"; Layout.fillWidth: true; onClicked: page.step = 1 }
                    KioskButton {
                        objectName: "reportSend"
                        text: contactField.text.trim() === "" ? qsTr("Send without contact") : qsTr("Send report")
                        iconName: "report"
                        fill: Theme.danger
                        Layout.fillWidth: true
                        onClicked: page.send()
                    }
                }
            }

            // 4. The outcome
            ScrollArea {
                Text {
                    objectName: "reportOutcome"
                    text: page.state_ === "sent" ? page.referenceText
                        : page.state_ === "sending" ? qsTr("Saving your report…")
                        : page.state_ === "unavailable" ? qsTr("This kiosk cannot save reports right now, so your report was not saved. Please ask staff, or use another kiosk.")
                        : qsTr("Your report could not be saved. Please try again or ask staff for help.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.labelSize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Rectangle {
                    visible: page.state_ === "sent"
                    color: Theme.surface
                    border.width: Theme.borderWidth + 2
                    border.color: Theme.accent
                    radius: Theme.radius
                    Layout.fillWidth: true
                    implicitHeight: referenceLabel.implicitHeight + 48
                    Text {
                        id: referenceLabel
                        objectName: "reportReference"
                        anchors.centerIn: parent
                        // A reference cannot wrap: at the largest text it shrinks to fit instead.
                        width: parent.width - 32
                        horizontalAlignment: Text.AlignHCenter
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.titleSize
                        text: page.report.reference || ""
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.heroSize * 1.4
                        font.bold: true
                        font.letterSpacing: 6
                        color: Theme.text
                    }
                }
                Text {
                    visible: page.state_ === "sent"
                    text: qsTr("It will be sent to the authority that handles reports as soon as this kiosk is online. Thank you: your report protects others.")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Item { Layout.fillHeight: true }
                KioskButton {
                    objectName: "reportRetry"
                    visible: page.state_ === "failed" || page.state_ === "incomplete"
                    text: qsTr("Try again")
                    Layout.fillWidth: true
                    onClicked: page.send()
                }
                KioskButton {
                    objectName: "reportDone"
                    visible: page.state_ === "sent"
                    text: qsTr("Done")
                    iconName: "home"
                    Layout.fillWidth: true
                    onClicked: page.done()
                }
            }
        }
    }
}
