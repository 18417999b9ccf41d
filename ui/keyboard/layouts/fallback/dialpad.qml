// Phone numbers (Qt.ImhDialableCharactersOnly).
NumberPad {
    extraKeys: "+*#"
}
