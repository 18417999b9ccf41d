import QtQuick

// The base of every screen. `readAloudText` is what "Listen" reads: each screen
// builds it from the strings it shows, so it changes with the language.
Item {
    property string screenName: ""
    property string title: ""
    property string readAloudText: title
    property bool canGoBack: true
}
