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
ApplicationWindow {
    id: root
    objectName: "mainWindow"
    property bool windowed: true
    property bool exitAllowed: false
    title: "Migrant information kiosk"
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
        else if (name === "staff") stack.push(StaffController.unlocked ? staffMenuScreen : staffPinScreen)
        else console.error("unknown screen", name)
    }

    function goBack() {
        if (stack.depth > 2) stack.pop()
    }

    function readScreen() {
        if (currentScreen) SpeechController.speak(currentScreen.readAloudText)
    }

    TopBar {
        id: bar
        objectName: "topBar"
        anchors { top: parent.top; left: parent.left; right: parent.right }
        canGoBack: stack.depth > 2 && (!root.currentScreen || root.currentScreen.canGoBack)
        canGoHome: stack.depth > 1 && root.currentScreenName !== "home"
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
        initialItem: welcomeScreen
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
        Search { onOpenArticle: (articleId) => root.showScreen("rights_article:" + articleId) }
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
        StaffMenu { onLockAndLeave: Session.wipe() }
    }

    Connections {
        target: StaffController
        function onUnlockedChanged() {
            if (StaffController.unlocked && root.currentScreenName === "staffPin")
                stack.replace(staffMenuScreen)
        }
        // The application quits (ui/app.py); the window only has to let itself close.
        function onExitRequested() { root.exitAllowed = true }
    }

    Connections {
        target: Session
        function onWiped() {
            languagePicker.close()
            Qt.inputMethod.reset()
            Qt.inputMethod.hide()
            // Popping destroys every screen above the welcome screen, and with it
            // every field a person typed into.
            stack.pop(null)
        }
    }

    Connections {
        target: TaskRunner
        function onUnexpectedFailure(message) {
            // A bug, not the environment (ui/tasks.py has logged it): never leave
            // someone stuck half-way through a flow.
            Session.wipe()
        }
    }

    Binding {
        target: IdleWatcher
        property: "armed"
        value: !(stack.depth === 1 && Session.pristine && Session.textSize === 1 && !Session.highContrast)
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
        enabled: !(keyboard.item && keyboard.item.active)
        width: 96
        height: 96
        z: 2000
        onClicked: {
            taps += 1
            tapWindow.restart()
            if (taps >= 5) {
                taps = 0
                if (root.currentScreenName !== "staffPin" && root.currentScreenName !== "staffMenu")
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
        source: "../Keyboard/KioskKeyboard.qml"
        // The keyboard's height follows its width. At full width on a landscape screen
        // it would leave the page only a strip, so it is never much wider than the
        // screen is tall.
        width: Math.min(parent.width, Math.round(parent.height * 1.05))
        anchors { horizontalCenter: parent.horizontalCenter; bottom: parent.bottom }
    }
    Binding { target: keyboard.item; property: "language"; value: Session.language; when: keyboard.item !== null }
}
