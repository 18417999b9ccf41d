// Fields that take digits only (Qt.ImhDigitsOnly).
NumberPad {
}
