"""The on-screen keyboard types each kiosk language, in its own script.

A small real scene (text fields and the kiosk's keyboard, loaded from
ui/qml) is driven the way a finger would: focus a field, tap keys at their
place on screen, read what the field holds.

The keyboard wears the kiosk's own style, which follows the contrast setting;
its labels are checked against the pixels Qt renders behind them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine, QQmlEngine
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from kiosk import languages
from tests.ui.fixtures import make_settings
from tests.ui.layout_audit import contrast_ratio, to_pil
from ui import icons, keyboard, registry
from ui.app import QML_DIR
from ui.i18n import Translations
from ui.session import Session

TURNED_COMMA = "\u02bb"  # the ʻ of oʻ and gʻ
CYRILLIC = re.compile("[\u0400-\u04ff]")
LATIN = re.compile("[A-Za-z]")

# nameField asks for no automatic capital: Qt would otherwise capitalise the first
# letter typed into an empty field, and each tap here should give the key's letter.
SCENE = b"""
import QtQuick
import QtQuick.Controls.Basic
import Kiosk.Keyboard

Window {
    width: 1280
    height: 800
    visible: true
    TextField { objectName: "nameField"; width: 600; inputMethodHints: Qt.ImhNoAutoUppercase }
    TextField { objectName: "emailField"; y: 80; width: 600; inputMethodHints: Qt.ImhEmailCharactersOnly }
    TextField { objectName: "phoneField"; y: 160; width: 600; inputMethodHints: Qt.ImhDialableCharactersOnly }
    TextField { objectName: "codeField"; y: 240; width: 600; inputMethodHints: Qt.ImhDigitsOnly }
    TextField { objectName: "amountField"; y: 320; width: 600; inputMethodHints: Qt.ImhFormattedNumbersOnly }
    KioskKeyboard { anchors { left: parent.left; right: parent.right; bottom: parent.bottom } }
}
"""


class KeyboardScene:
    """A window with text fields and the kiosk keyboard, driven by taps."""

    def __init__(self, engine: QQmlApplicationEngine, window: QQuickWindow, qtbot,  # type: ignore[no-untyped-def]
                 session: Session) -> None:
        self.engine = engine
        self.window = window
        self.qtbot = qtbot
        self.session = session
        keyboard_item = window.findChild(QQuickItem, "keyboard")
        assert keyboard_item is not None
        self.keyboard = keyboard_item

    def field(self, name: str = "nameField") -> QQuickItem:
        item = self.window.findChild(QQuickItem, name)
        assert item is not None
        return item

    def edit(self, name: str = "nameField") -> QQuickItem:
        field = self.field(name)
        field.forceActiveFocus()
        self.qtbot.waitUntil(lambda: bool(self.keyboard.property("active")))
        return field

    def set_language(self, tag: str) -> None:
        self.keyboard.setProperty("language", tag)
        folder = keyboard.keyboard_locale(tag)
        # Wait until the letters of this language, and nothing older, are on screen.
        self.qtbot.waitUntil(lambda: self.space_bar_label() == languages.get(tag).native_name
                             and self.keyboard.property("layoutFolder") == folder)
        QGuiApplication.processEvents()

    def keys(self, root: QQuickItem | None = None) -> Iterator[QQuickItem]:
        """The keys on screen: visible, and laid out (a new page starts at zero size)."""
        for child in (root or self.keyboard).childItems():
            if not child.isVisible() or child.width() <= 0 or child.height() <= 0:
                continue
            if child.property("keyType") is not None:
                yield child
            else:
                yield from self.keys(child)

    def key_texts(self) -> set[str]:
        return {str(key.property("text")) for key in self.keys() if key.property("text")}

    def key_labels(self) -> set[str]:
        """Everything written on the keys, including long-press letters."""
        labels: set[str] = set()
        for key in self.keys():
            labels.update(str(key.property(name) or "") for name in ("text", "displayText", "smallText"))
        return labels - {""}

    def key(self, text: str) -> QQuickItem:
        matches = [key for key in self.keys() if key.property("text") == text]
        assert len(matches) == 1, f"expected one {text!r} key, found {len(matches)}"
        return matches[0]

    def space_bar_label(self) -> str:
        bars = [key for key in self.keys() if key.objectName() == "spaceKey"]
        return str(bars[0].property("displayText")) if bars else ""

    def tap_key(self, key: QQuickItem) -> None:
        centre = key.mapToScene(QPointF(key.width() / 2, key.height() / 2)).toPoint()
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        QGuiApplication.processEvents()

    def tap(self, text: str) -> None:
        self.tap_key(self.key(text))

    def tap_shift(self) -> None:
        shift = [key for key in self.keys() if key.property("key") == Qt.Key.Key_Shift]
        assert len(shift) == 1
        self.tap_key(shift[0])


@pytest.fixture
def scene(qtbot, tmp_path: Path) -> Iterator[KeyboardScene]:  # type: ignore[no-untyped-def]
    engine = QQmlApplicationEngine()
    engine.addImportPath(str(QML_DIR))
    # The keyboard's style reads the kiosk's Theme, which reads the kiosk's Session,
    # and draws its icons through the kiosk's image provider: this engine gets both,
    # as a KioskApp's engine does.
    translations = Translations()
    session = Session(make_settings(tmp_path), translations, engine.retranslate)
    registry.register(engine, SimpleNamespace(session=session))
    engine.addImageProvider(icons.PROVIDER_ID, icons.IconProvider())
    # From a file, not loadData(): loadData() compiles on QML's loader thread and
    # waits for it holding the GIL, and a Qt message from that thread (Qt's own
    # keyboard QML has one) then deadlocks in pytest-qt's Python message handler.
    source = tmp_path / "KeyboardScene.qml"
    source.write_bytes(SCENE)
    engine.load(QUrl.fromLocalFile(str(source)))
    roots = engine.rootObjects()
    assert roots, "the keyboard scene did not load"
    window = roots[0]
    assert isinstance(window, QQuickWindow)
    qtbot.waitExposed(window)
    yield KeyboardScene(engine, window, qtbot, session)
    window.close()
    window.deleteLater()
    registry.unregister(engine)
    translations.deactivate()
    engine.deleteLater()
    # Delete them now: a window left for later keeps rendering through every later test.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- the layouts on disk ----------------------------------------------------------------------------


def test_configure_environment_points_qt_at_the_kiosk_layouts() -> None:
    environ: dict[str, str] = {"QT_IM_MODULE": "ibus"}
    keyboard.configure_environment(environ)
    assert environ == {
        "QT_IM_MODULE": "qtvirtualkeyboard",
        "QT_VIRTUALKEYBOARD_LAYOUT_PATH": str(keyboard.LAYOUT_DIR),
        "QT_VIRTUALKEYBOARD_STYLE": keyboard.STYLE_NAME,
    }


def test_the_kiosk_style_is_where_qt_looks_for_a_style_of_that_name() -> None:
    # Qt finds QtQuick/VirtualKeyboard/Styles/<name>/style.qml under an import path,
    # and every kiosk engine imports ui/qml.
    assert keyboard.STYLE_FILE == QML_DIR / "QtQuick" / "VirtualKeyboard" / "Styles" / keyboard.STYLE_NAME / "style.qml"
    assert keyboard.STYLE_FILE.is_file()
    # A qmldir there would make ui/qml hide Qt's own QtQuick.VirtualKeyboard.Styles module.
    assert not any(path.name == "qmldir" for path in (QML_DIR / "QtQuick").rglob("*"))
    assert keyboard.STYLE_NAME not in {"default", "retro"}  # Qt's built-in styles would win


def test_every_ui_language_has_a_layout_of_its_own() -> None:
    folders = [keyboard.keyboard_locale(tag) for tag in languages.TAGS]
    assert len(set(folders)) == len(languages.TAGS)
    assert "uz_UZ" not in folders  # Qt would pick either Uzbek script for it
    for tag in languages.TAGS:
        assert keyboard.layout_file(tag).is_file(), tag


def test_english_and_russian_are_carried_because_the_layout_path_replaces_qts_own() -> None:
    assert keyboard.keyboard_locale("en") == "en_GB"
    assert keyboard.keyboard_locale("ru") == "ru_RU"
    assert (keyboard.LAYOUT_DIR / "en_GB" / "main.qml").is_file()
    assert (keyboard.LAYOUT_DIR / "ru_RU" / "main.qml").is_file()


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(languages.UnknownLanguage):
        keyboard.keyboard_locale("fr")


# --- what each language shows -----------------------------------------------------------------------

LETTERS = {
    "uz-Latn": {"o" + TURNED_COMMA, "g" + TURNED_COMMA, "\u02bc", "q", "x", "h"},
    "uz-Cyrl": {"ў", "қ", "ғ", "ҳ", "ё"},
    "ru": {"ы", "щ", "ъ", "ё", "э"},
    "ky": {"ң", "ө", "ү", "ы", "щ"},
    "tg": {"ҷ", "ӣ", "ӯ", "ғ", "қ", "ҳ", "ъ", "ё"},
    "en": {"w", "q", "c", "x"},
}
LETTERS_OF_OTHERS = {
    "uz-Latn": {"ў", "қ", "ң", "ҷ"},  # and no Cyrillic at all: see the next test
    "uz-Cyrl": {"o" + TURNED_COMMA, "g" + TURNED_COMMA, "ң", "ө", "ү", "ҷ", "ӣ", "ӯ"},
    "ru": {"ў", "қ", "ғ", "ҳ", "ң", "ө", "ү", "ҷ", "ӣ", "ӯ"},
    "ky": {"ў", "қ", "ғ", "ҳ", "ҷ", "ӣ", "ӯ"},
    "tg": {"ў", "ң", "ө", "ү"},
    "en": {"o" + TURNED_COMMA, "g" + TURNED_COMMA, "\u02bc"},
}


@pytest.mark.parametrize("tag", languages.TAGS)
def test_the_keyboard_shows_the_letters_of_the_ui_language(scene: KeyboardScene, tag: str) -> None:
    scene.edit()
    scene.set_language(tag)
    texts = scene.key_texts()
    assert LETTERS[tag] <= texts, f"{tag}: missing {LETTERS[tag] - texts}"
    assert not (LETTERS_OF_OTHERS[tag] & texts), f"{tag}: shows {LETTERS_OF_OTHERS[tag] & texts}"


@pytest.mark.parametrize("tag", ["uz-Latn", "en"])
def test_a_latin_keyboard_shows_no_cyrillic(scene: KeyboardScene, tag: str) -> None:
    scene.edit()
    scene.set_language(tag)
    assert [label for label in scene.key_labels() if CYRILLIC.search(label)] == []


@pytest.mark.parametrize("tag", ["uz-Cyrl", "ru", "ky", "tg"])
def test_a_cyrillic_keyboard_shows_no_latin_letters(scene: KeyboardScene, tag: str) -> None:
    scene.edit()
    scene.set_language(tag)
    latin = [label for label in scene.key_labels() if LATIN.search(label) and label != "&123"]
    assert latin == []


def test_switching_between_the_uzbek_scripts_switches_the_keyboard(scene: KeyboardScene) -> None:
    scene.edit()
    scene.set_language("uz-Latn")
    assert "o" + TURNED_COMMA in scene.key_texts()
    scene.set_language("uz-Cyrl")
    assert "ў" in scene.key_texts()
    assert "o" + TURNED_COMMA not in scene.key_texts()
    scene.set_language("uz-Latn")
    assert "ў" not in scene.key_texts()


@pytest.mark.parametrize("tag", languages.TAGS)
def test_the_space_bar_names_the_language_as_the_language_picker_does(scene: KeyboardScene, tag: str) -> None:
    # Qt's own label would be "o‘zbek" (with U+2018) for both Uzbek scripts.
    scene.edit()
    scene.set_language(tag)
    assert scene.space_bar_label() == languages.get(tag).native_name


def test_the_keyboard_has_no_language_key_of_its_own(scene: KeyboardScene) -> None:
    scene.edit()
    for tag in languages.TAGS:
        scene.set_language(tag)
        assert [key for key in scene.keys() if key.objectName() == "changeLanguageKey"] == []


@pytest.mark.parametrize("tag", languages.TAGS)
def test_the_qml_keyboard_chooses_the_same_layout_as_keyboard_locale(scene: KeyboardScene, tag: str) -> None:
    scene.keyboard.setProperty("language", tag)
    assert scene.keyboard.property("layoutFolder") == keyboard.keyboard_locale(tag)


# --- typing -----------------------------------------------------------------------------------------


def test_tapping_the_ng_key_types_kyrgyz_ng(scene: KeyboardScene) -> None:
    field = scene.edit()
    scene.set_language("ky")
    scene.tap("ң")
    assert field.property("text") == "ң"


def test_tapping_the_o_and_g_keys_types_them_with_a_turned_comma(scene: KeyboardScene) -> None:
    field = scene.edit()
    scene.set_language("uz-Latn")
    scene.tap("o" + TURNED_COMMA)
    scene.tap("g" + TURNED_COMMA)
    assert field.property("text") == "o\u02bbg\u02bb"  # four code points, no ASCII apostrophe or U+2018


def test_tapping_the_tutuq_belgisi_key_types_a_modifier_apostrophe(scene: KeyboardScene) -> None:
    field = scene.edit()
    scene.set_language("uz-Latn")
    for letter in ("m", "a", "\u02bc", "n", "o"):
        scene.tap(letter)
    assert field.property("text") == "ma\u02bcno"


@pytest.mark.parametrize(("tag", "letter", "capital"), [
    ("uz-Latn", "o" + TURNED_COMMA, "O" + TURNED_COMMA),
    ("uz-Latn", "g" + TURNED_COMMA, "G" + TURNED_COMMA),
    ("uz-Cyrl", "ў", "Ў"), ("uz-Cyrl", "қ", "Қ"), ("uz-Cyrl", "ғ", "Ғ"), ("uz-Cyrl", "ҳ", "Ҳ"),
    ("ky", "ң", "Ң"), ("ky", "ө", "Ө"), ("ky", "ү", "Ү"),
    ("tg", "ӣ", "Ӣ"), ("tg", "ӯ", "Ӯ"), ("tg", "ҷ", "Ҷ"),
])
def test_shift_types_the_capital_of_a_national_letter(
        scene: KeyboardScene, tag: str, letter: str, capital: str) -> None:
    field = scene.edit()
    scene.set_language(tag)
    scene.tap_shift()
    scene.tap(letter)
    scene.tap(letter)  # shift lasts one letter
    assert field.property("text") == capital + letter


def test_a_latin_only_field_gets_english_letters_under_a_cyrillic_language(scene: KeyboardScene) -> None:
    scene.edit("emailField")
    scene.keyboard.setProperty("language", "ky")
    scene.qtbot.waitUntil(lambda: scene.space_bar_label() == "English")
    assert {"w", "q"} <= scene.key_texts()
    assert "ң" not in scene.key_texts()

    scene.edit("nameField")
    scene.qtbot.waitUntil(lambda: scene.space_bar_label() == "Кыргызча")
    assert "ң" in scene.key_texts()


def test_a_latin_only_field_keeps_the_uzbek_latin_letters(scene: KeyboardScene) -> None:
    scene.edit("emailField")
    scene.set_language("uz-Latn")
    assert "o" + TURNED_COMMA in scene.key_texts()


def test_a_phone_field_gets_a_number_pad(scene: KeyboardScene) -> None:
    scene.keyboard.setProperty("language", "tg")
    field = scene.edit("phoneField")
    scene.qtbot.waitUntil(lambda: "+" in scene.key_texts())
    assert set("0123456789+*#") <= scene.key_texts()
    assert "ҷ" not in scene.key_texts()
    for digit in "+992":
        scene.tap(digit)
    assert field.property("text") == "+992"


@pytest.mark.parametrize(("field_name", "extra_keys"), [("codeField", ""), ("amountField", "-,.")])
def test_other_number_fields_get_a_number_pad_with_what_they_take(
        scene: KeyboardScene, field_name: str, extra_keys: str) -> None:
    scene.keyboard.setProperty("language", "ky")
    scene.edit(field_name)
    scene.qtbot.waitUntil(lambda: "0" in scene.key_texts())
    assert scene.key_texts() == set("0123456789" + extra_keys) | {"\n"}  # and Enter


def test_the_symbols_page_leads_back_to_the_letters_in_their_own_alphabet(scene: KeyboardScene) -> None:
    field = scene.edit()
    scene.set_language("tg")
    [mode_key] = [key for key in scene.keys() if key.property("displayText") == "&123"]
    scene.tap_key(mode_key)
    scene.qtbot.waitUntil(lambda: "№" in scene.key_texts())
    scene.tap("№")
    [back] = [key for key in scene.keys() if key.property("displayText") == "АБВ"]
    scene.tap_key(back)
    scene.qtbot.waitUntil(lambda: "ҷ" in scene.key_texts())
    assert field.property("text") == "№"


# --- on screen --------------------------------------------------------------------------------------


def test_the_keyboard_shows_and_takes_room_only_while_a_field_is_edited(scene: KeyboardScene) -> None:
    assert not scene.keyboard.isVisible()
    assert scene.keyboard.height() == 0

    scene.edit()
    assert scene.keyboard.isVisible()
    assert scene.keyboard.height() > 0
    bottom = scene.keyboard.mapToScene(QPointF(0, scene.keyboard.height())).y()
    assert bottom == pytest.approx(scene.window.height())

    scene.field().setFocus(False)
    scene.qtbot.waitUntil(lambda: not scene.keyboard.isVisible())
    assert scene.keyboard.height() == 0


@pytest.mark.parametrize("tag", languages.TAGS)
def test_keys_stay_finger_sized_on_a_portrait_kiosk_screen(scene: KeyboardScene, tag: str) -> None:
    # 1080 px across is the narrow side of the kiosk's 1080x1920 screen.
    scene.window.resize(1080, 1920)
    scene.edit()
    scene.set_language(tag)
    scene.qtbot.waitUntil(lambda: scene.keyboard.width() == 1080)
    letters = [key for key in scene.keys() if key.property("text") and not key.property("functionKey")]
    assert letters
    narrowest = min(key.width() for key in letters)
    lowest = min(key.height() for key in letters)
    assert narrowest >= 75, f"{tag}: a key is only {narrowest:.0f} px wide"
    assert lowest >= 75, f"{tag}: a key is only {lowest:.0f} px high"


# --- the kiosk's style ------------------------------------------------------------------------------

# What every label on a key must reach against the key behind it (WCAG AAA in high
# contrast, AA otherwise); the layout audit holds every screen to the same.
TEXT_CONTRAST = {False: 4.5, True: 7.0}


def test_the_keyboard_wears_the_kiosk_style(scene: KeyboardScene) -> None:
    scene.edit()
    scene.set_language("ky")
    assert scene.keyboard.property("styleName") == keyboard.STYLE_NAME
    # Every key on screen is drawn by a panel made from the kiosk's style file.
    style_url = QUrl.fromLocalFile(str(keyboard.STYLE_FILE))
    keys = list(scene.keys())
    assert keys
    for key in keys:
        [loader] = [child for child in key.childItems() if child.inherits("QQuickLoader")]
        panel = loader.property("item")
        assert panel is not None, key.property("text")
        assert QQmlEngine.contextForObject(panel).baseUrl() == style_url, key.property("text")


def _labels(key: QQuickItem) -> Iterator[tuple[QQuickItem, QColor]]:
    """What a key shows, and in which colour: its visible words and letters, and its icons."""
    for child in key.childItems():
        if child.isVisible() and child.opacity() > 0:
            if child.inherits("QQuickText") and str(child.property("text") or "").strip():
                yield child, child.property("color")
            elif child.inherits("QQuickImage") and str(child.property("source").toString()).startswith("image://icon/"):
                yield child, child.property("color")
            yield from _labels(child)


def _behind(picture, item: QQuickItem) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """The colour most of the pixels under ``item`` have: the key around a label's glyphs."""
    shown = item.mapRectToScene(item.boundingRect() if item.inherits("QQuickText")
                                else QRectF(0, 0, item.width(), item.height()))
    box = (int(shown.left()), int(shown.top()), int(shown.right() + 0.999), int(shown.bottom() + 0.999))
    area = (box[2] - box[0]) * (box[3] - box[1])
    colours = picture.crop(box).getcolors(maxcolors=area)
    assert colours, f"nothing rendered under {item.property('text') or item.property('source')}"
    return max(colours)[1]  # type: ignore[no-any-return]


def _contrast_failures(scene: KeyboardScene, keys: list[QQuickItem], floor: float) -> list[str]:
    QGuiApplication.processEvents()
    picture = to_pil(scene.window.grabWindow())
    failures = []
    checked = 0
    for key in keys:
        for label, colour in _labels(key):
            ink = (colour.red(), colour.green(), colour.blue())
            behind = _behind(picture, label)
            ratio = contrast_ratio(ink, behind)
            checked += 1
            if ratio < floor:
                what = label.property("text") or label.property("source").toString()
                failures.append(f"{what!r}: {colour.name()} on {QColor(*behind).name()} is {ratio:.2f}:1")
    assert checked >= len(keys), "some keys showed nothing to check"
    return failures


def _show_page(scene: KeyboardScene, page: str) -> None:
    if page == "symbols":
        [mode_key] = [key for key in scene.keys() if key.property("displayText") == "&123"]
        scene.tap_key(mode_key)
        scene.qtbot.waitUntil(lambda: "№" in scene.key_texts())
    elif page == "phone":
        scene.edit("phoneField")
        scene.qtbot.waitUntil(lambda: "+" in scene.key_texts())


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
@pytest.mark.parametrize("page", ["letters", "symbols", "phone"])
def test_every_key_label_stands_out_from_its_key(scene: KeyboardScene, page: str, high_contrast: bool) -> None:
    scene.session.setHighContrast(high_contrast)
    scene.edit()
    scene.set_language("tg")  # its letters carry long-press hints in their corners
    _show_page(scene, page)
    keys = list(scene.keys())
    assert len(keys) >= 16
    failures = _contrast_failures(scene, keys, TEXT_CONTRAST[high_contrast])
    assert failures == []


def test_the_keys_follow_the_contrast_button_while_the_keyboard_is_up(scene: KeyboardScene) -> None:
    scene.edit()
    scene.set_language("ru")
    letter = scene.key("ж")
    [label] = [item for item, _ in _labels(letter)]
    normal = label.property("color").name()
    scene.session.setHighContrast(True)
    QGuiApplication.processEvents()
    assert label.property("color").name() != normal
    assert _contrast_failures(scene, list(scene.keys()), TEXT_CONTRAST[True]) == []


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_a_pressed_key_looks_pressed_and_stays_readable(scene: KeyboardScene, high_contrast: bool) -> None:
    scene.session.setHighContrast(high_contrast)
    scene.edit()
    scene.set_language("ky")
    pressed, other = scene.key("ң"), scene.key("ж")
    centre = pressed.mapToScene(QPointF(pressed.width() / 2, pressed.height() / 2)).toPoint()

    def fill(picture, key: QQuickItem) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
        [(label, _)] = list(_labels(key))
        return _behind(picture, label)

    QTest.mousePress(scene.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    try:
        scene.qtbot.waitUntil(lambda: bool(pressed.property("pressed")))
        assert _contrast_failures(scene, [pressed], TEXT_CONTRAST[high_contrast]) == []
        picture = to_pil(scene.window.grabWindow())
        # Not a shade: the pressed key's fill differs from its neighbours' as much as a label from its key.
        assert contrast_ratio(fill(picture, pressed), fill(picture, other)) >= 3
    finally:
        QTest.mouseRelease(scene.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
