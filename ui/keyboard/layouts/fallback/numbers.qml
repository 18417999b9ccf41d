// Fields that take a formatted number (Qt.ImhFormattedNumbersOnly).
NumberPad {
    extraKeys: "-,."
}
