import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Window
import QtQuick.Layouts
import Kiosk.Core
import Kiosk.Components
import Kiosk.Welcome
import Kiosk.Home
import Kiosk.Help
import Kiosk.Staff
import Kiosk.Rights
import Kiosk.Agencies
import Kiosk.Booking

// The kiosk shell: top bar, a stack of screens, the idle warning, the on-screen
// keyboard, and the hidden staff corner. It holds no business rules: those live
// in the Python controllers it binds to.
//
// Staff mode: once a staff member signs in, the public screens are locked until
// someone chooses "Leave staff mode". The staff screens then sit on the welcome
// screen with no way back to it; a session that ends returns to the staff
// sign-in. `staffOnly` (`kiosk staff`, a laptop) starts there and has nothing else.
ApplicationWindow {
    id: root
    objectName: "mainWindow"
    property bool windowed: true
    property bool exitAllowed: false
    property bool staffOnly: false
    // A laptop types on its own keyboard: no on-screen keyboard at all.
    property bool onScreenKeyboard: true
    // The screens under the ones Back may return to: the welcome screen, or nothing (staff only).
    readonly property int baseDepth: staffOnly ? 0 : 1
    // A laptop (`kiosk staff`), or any landscape window too short for the kiosk's tall top bar:
    // the compact top bar, so the staff desk's list has the room.
    readonly property bool laptop: staffOnly || (width > height && height < 900)
    readonly property var staffScreens: ["staffSignIn", "staffPin", "staffDesk", "staffWalkIn", "staffSummary",
                                         "staffMenu"]
    title: staffOnly ? "Migrant information kiosk: staff desk" : "Migrant information kiosk"
    flags: windowed ? Qt.Window : (Qt.Window | Qt.FramelessWindowHint)
    color: Theme.background
    font.family: Theme.fontFamily

    // The public has no way out: closing is refused unless staff chose Exit.
    onClosing: (close) => { close.accepted = root.windowed || root.exitAllowed }

    readonly property Item currentScreen: stack.currentItem
    readonly property string currentScreenName: currentScreen ? currentScreen.screenName : ""

    function showScreen(name) {
        // A new screen starts with the keyboard down; screens that want typing focus their own field.
        Qt.inputMethod.hide()
        stack.forceActiveFocus()
        // While staff mode is open the public screens are locked.
        if ((StaffMode.open || root.staffOnly) && !name.startsWith("staff")) return
        if (name === "welcome") { stack.pop(null); return }
        if (name === "home") {
            if (stack.depth > 1) stack.pop(stack.get(1))
            else stack.push(homeScreen)
            return
        }
        if (name === "help") stack.push(helpScreen)
        else if (name === "rights") stack.push(topicsScreen)
        else if (name === "rights_search") stack.push(searchScreen)
        else if (name.startsWith("rights_topic:")) stack.push(articleListScreen, { topicId: name.substring(13) })
        else if (name.startsWith("rights_article:")) stack.push(readerScreen, { articleId: name.substring(15) })
        else if (name === "agency") stack.push(agencySearchScreen)
        else if (name === "agency_notfound") stack.push(verdictScreen)
        else if (name.startsWith("agency_verdict:")) stack.push(verdictScreen, { agencyId: name.substring(15) })
        else if (name === "agency_report") stack.push(reportScreen)
        else if (name === "booking") stack.push(bookingServicesScreen)
        else if (name === "booking_locations") stack.push(bookingLocationsScreen)
        else if (name === "booking_calendar") stack.push(bookingCalendarScreen)
        else if (name === "booking_times") stack.push(bookingTimesScreen)
        else if (name === "booking_details") stack.push(bookingDetailsScreen)
        else if (name === "booking_review") stack.push(bookingReviewScreen)
        else if (name === "booking_done") stack.push(bookingDoneScreen)
        else if (name === "booking_manage") stack.push(bookingManageScreen)
        else if (name === "staff") {
            if (StaffMode.open) showStaffStart()
            else if (StaffController.unlocked) stack.push(staffMenuScreen)
            else if (StaffSignIn.hasAccounts) stack.push(staffSignInScreen)
            else { StaffSignIn.choose("device"); stack.push(staffPinScreen) }
        }
        else if (name.startsWith("staff_pin:")) { StaffSignIn.choose(name.substring(10)); stack.push(staffPinScreen) }
        else if (name === "staff_walkin") stack.push(staffWalkInScreen)
        else if (name === "staff_summary") stack.push(staffSummaryScreen)
        else if (name === "staff_menu") { StaffMode.openMenu(); stack.push(staffMenuScreen) }
        else console.error("unknown screen", name)
    }

    // Where staff mode stands: the desk for a signed-in member, else the sign-in (the device PIN pad
    // when no staff account is provisioned), as the only screen above the locked welcome screen.
    function showStaffStart() {
        Qt.inputMethod.hide()
        languagePicker.close()
        let screen = staffDeskScreen
        if (!StaffMode.signedIn) {
            screen = StaffSignIn.hasAccounts || root.staffOnly ? staffSignInScreen : staffPinScreen
            if (screen === staffPinScreen) StaffSignIn.choose("device")
        }
        if (root.staffOnly) stack.replace(null, screen)
        else { stack.pop(null); stack.push(screen) }
    }

    function goBack() {
        if (stack.depth > root.baseDepth + 1) stack.pop()
    }

    function readScreen() {
        if (currentScreen) SpeechController.speak(currentScreen.readAloudText)
    }

    TopBar {
        id: bar
        objectName: "topBar"
        compact: root.laptop
        anchors { top: parent.top; left: parent.left; right: parent.right }
        canGoBack: stack.depth > root.baseDepth + 1 && (!root.currentScreen || root.currentScreen.canGoBack)
        canGoHome: !StaffMode.open && !root.staffOnly && stack.depth > 1 && root.currentScreenName !== "home"
        onBackClicked: root.goBack()
        onHomeClicked: root.showScreen("home")
        onLanguageClicked: languagePicker.open()
        onReadAloudClicked: root.readScreen()
    }

    // espeak-ng has no Tajik voice; the kiosk reads Tajik with the Persian voice
    // (see docs/speech.md) and says so next to the control, rather than pretend.
    Rectangle {
        id: voiceNotice
        objectName: "voiceNotice"
        visible: !SpeechController.voiceIsNative && SpeechController.available
        anchors { top: bar.bottom; left: parent.left; right: parent.right }
        height: visible ? noticeText.implicitHeight + 16 : 0
        color: Theme.highContrast ? "#000000" : "#fff4d6"
        border.width: Theme.highContrast ? 2 : 0
        border.color: Theme.accent
        Row {
            anchors { right: parent.right; rightMargin: 24; verticalCenter: parent.verticalCenter }
            spacing: 10
            Text {
                id: noticeText
                text: qsTr("Listen: there is no Tajik voice yet, so a Persian voice reads the Tajik text.")
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(22 * Math.min(Theme.textScale, 1.3))
                color: Theme.text
                wrapMode: Text.Wrap
                width: Math.min(implicitWidth, root.width - 48)
            }
        }
    }

    // A full disk or a read-only mount leaves a kiosk that still informs and checks
    // agencies but cannot save: it says so on every screen, before anyone starts a form.
    Rectangle {
        id: savingNotice
        objectName: "savingBlockedNotice"
        visible: KioskHealth.savingBlocked
        anchors { top: voiceNotice.bottom; left: parent.left; right: parent.right }
        height: visible ? savingRow.implicitHeight + 24 : 0
        color: Theme.highContrast ? "#000000" : "#fff4d6"
        border.width: Theme.borderWidth
        border.color: Theme.warning
        RowLayout {
            id: savingRow
            anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 24 }
            spacing: 16
            IconDisc { name: "warning"; fill: Theme.warning }
            Text {
                text: qsTr("This kiosk cannot save anything right now, so it cannot take bookings or reports. You can still read and check agencies. To book or report, please ask staff or use another kiosk.")
                font.family: Theme.fontFamily
                font.pixelSize: Math.round(Theme.bodySize * 0.85)
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }

    StackView {
        id: stack
        objectName: "screens"
        anchors { top: savingNotice.bottom; left: parent.left; right: parent.right; bottom: keyboard.top }
        initialItem: root.staffOnly ? staffSignInScreen : welcomeScreen
        // Instant changes: animation costs frames on kiosk-class GPUs and helps nobody in a hurry.
        pushEnter: null; pushExit: null; popEnter: null; popExit: null; replaceEnter: null; replaceExit: null
    }

    Component {
        id: welcomeScreen
        Welcome {
            onStart: (tag) => { Session.setLanguage(tag); root.showScreen("home") }
        }
    }
    Component {
        id: homeScreen
        Home { onOpen: (screen) => root.showScreen(screen) }
    }
    Component { id: helpScreen; Help {} }
    Component {
        id: topicsScreen
        Topics {
            onOpenTopic: (topicId) => root.showScreen("rights_topic:" + topicId)
            onOpenSearch: root.showScreen("rights_search")
        }
    }
    Component {
        id: articleListScreen
        ArticleList { onOpenArticle: (articleId) => root.showScreen("rights_article:" + articleId) }
    }
    Component {
        id: readerScreen
        Reader { onOpenArticle: (articleId) => root.showScreen("rights_article:" + articleId) }
    }
    Component {
        id: searchScreen
        Search {
            onOpenArticle: (articleId) => root.showScreen("rights_article:" + articleId)
            onOpenTopic: (topicId) => root.showScreen("rights_topic:" + topicId)
        }
    }
    Component {
        id: agencySearchScreen
        AgencySearch {
            onOpenAgency: (agencyId) => root.showScreen("agency_verdict:" + agencyId)
            onOpenNotFound: root.showScreen("agency_notfound")
        }
    }
    Component {
        id: verdictScreen
        Verdict {
            onReport: root.showScreen("agency_report")
            onCheckAnother: root.goBack()
        }
    }
    Component {
        id: reportScreen
        Report { onDone: root.showScreen("home") }
    }
    Component {
        id: bookingServicesScreen
        BookingServices {
            onNext: root.showScreen("booking_locations")
            onManage: root.showScreen("booking_manage")
        }
    }
    Component { id: bookingLocationsScreen; BookingLocations { onNext: root.showScreen("booking_calendar") } }
    Component { id: bookingCalendarScreen; BookingCalendar { onNext: root.showScreen("booking_times") } }
    Component {
        id: bookingTimesScreen
        // Changing an existing booking needs no new details: straight to the review.
        BookingTimes { onNext: root.showScreen(BookingController.rescheduling ? "booking_review" : "booking_details") }
    }
    Component { id: bookingDetailsScreen; BookingDetails { onNext: root.showScreen("booking_review") } }
    Component {
        id: bookingReviewScreen
        BookingReview {
            onBooked: root.showScreen("booking_done")
            onChooseAnotherTime: root.goBack()
        }
    }
    Component { id: bookingDoneScreen; BookingDone { onDone: Session.wipe() } }
    Component {
        id: bookingManageScreen
        BookingManage {
            onReschedule: root.showScreen("booking_calendar")
            onDone: root.showScreen("home")
        }
    }
    Component { id: staffPinScreen; StaffPin {} }
    Component {
        id: staffMenuScreen
        StaffMenu { onLockAndLeave: (StaffMode.open || root.staffOnly) ? StaffMode.leave() : Session.wipe() }
    }
    Component {
        id: staffSignInScreen
        DeskSignIn { onChosen: (staffId) => root.showScreen("staff_pin:" + staffId) }
    }
    Component {
        id: staffDeskScreen
        DeskScreen {
            onWalkIn: root.showScreen("staff_walkin")
            onSummary: root.showScreen("staff_summary")
            onMenu: root.showScreen("staff_menu")
        }
    }
    Component { id: staffWalkInScreen; DeskWalkIn {} }
    Component { id: staffSummaryScreen; DeskSummary {} }

    Connections {
        target: StaffController
        // The application quits (ui/app.py); the window only has to let itself close.
        function onExitRequested() { root.exitAllowed = true }
    }

    Connections {
        target: StaffSignIn
        // The device PIN of a kiosk whose cache is not open: its staff menu, and nothing else.
        function onMenuOpened() { if (root.currentScreenName === "staffPin") stack.replace(staffMenuScreen) }
    }

    Connections {
        target: StaffMode
        function onChanged() {
            if (StaffMode.signedIn && (root.currentScreenName === "staffSignIn" || root.currentScreenName === "staffPin"))
                root.showStaffStart()
        }
        function onSessionEnded(reason) { root.showStaffStart() }
        // Staff mode left: a public kiosk again, as fresh as after any traveller.
        function onClosed() { Session.wipe() }
    }

    Connections {
        target: Session
        function onWiped() {
            languagePicker.close()
            Qt.inputMethod.reset()
            Qt.inputMethod.hide()
            if (StaffMode.open || root.staffOnly) {
                root.showStaffStart()  // a wipe never throws staff out of staff mode
                return
            }
            // Popping destroys every screen above the welcome screen, and with it
            // every field a person typed into.
            stack.pop(null)
        }
    }

    Connections {
        target: TaskRunner
        function onUnexpectedFailure(message) {
            // A bug, not the environment (ui/tasks.py has logged it): never leave
            // someone stuck half-way through a flow. Staff go back to where staff mode stands.
            if (StaffMode.open || root.staffOnly) root.showStaffStart()
            else Session.wipe()
        }
    }

    // No traveller's idle wipe while staff mode is open: staff have their own, which signs them out.
    Binding {
        target: IdleWatcher
        property: "armed"
        value: !StaffMode.open && !root.staffOnly
               && !(stack.depth === 1 && Session.pristine && Session.textSize === 1 && !Session.highContrast)
    }

    LanguagePicker { id: languagePicker }

    IdleOverlay { anchors.fill: parent }

    // Staff corner: five taps within three seconds in the bottom-left corner open
    // the PIN pad. It is invisible, holds no control of its own, and steps aside
    // while the on-screen keyboard is up (its corner key lives there).
    MouseArea {
        id: staffCorner
        objectName: "staffCorner"
        property int taps: 0
        anchors { bottom: parent.bottom; left: parent.left }
        enabled: !root.staffOnly && !(keyboard.item && keyboard.item.active)
        width: 96
        height: 96
        z: 2000
        onClicked: {
            taps += 1
            tapWindow.restart()
            if (taps >= 5) {
                taps = 0
                if (root.staffScreens.indexOf(root.currentScreenName) === -1)
                    root.showScreen("staff")
            }
        }
        Timer { id: tapWindow; interval: 3000; onTriggered: staffCorner.taps = 0 }
    }

    // The on-screen keyboard is built after the first frame, never before it: the
    // welcome screen has nothing to type in, and the keyboard costs as much to
    // build as the rest of the shell. Until it is there it takes no room.
    Loader {
        id: keyboard
        // Once a person leaves the welcome screen it must exist before any field takes
        // focus (without it Qt opens a keyboard window of its own), so leaving the
        // welcome screen finishes a build still in progress at once.
        asynchronous: stack.depth <= 1
        active: root.onScreenKeyboard
        source: "../Keyboard/KioskKeyboard.qml"
        // The keyboard's height follows its width. At full width on a landscape screen
        // it would leave the page only a strip, so it is never much wider than the
        // screen is tall.
        width: Math.min(parent.width, Math.round(parent.height * 1.05))
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
    }
    Binding { target: keyboard.item; property: "language"; value: Session.language; when: keyboard.item !== null }
}
