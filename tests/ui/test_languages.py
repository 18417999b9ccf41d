import xml.etree.ElementTree as ET

from tests.ui.kiosk_driver import KioskDriver
from ui.i18n import ts_file
from ui.languages_model import LanguageListModel


def english_sources() -> set[str]:
    root = ET.parse(ts_file("ru")).getroot()
    return {message.findtext("source") or "" for message in root.iter("message")}


def test_switching_language_re_renders_every_visible_string_at_once(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.tap("start_en")
    driver.wait_for_screen("home")
    sources = english_sources()
    english = [text for text in driver.texts() if text in sources]
    assert len(english) >= 8  # the title, four tiles with subtitles, the bar...

    driver.tap("languageButton")
    driver.tap("language_ru")
    after = driver.texts()
    leftover = [text for text in after if text in sources]
    assert leftover == [], f"still in English after switching to Russian: {leftover}"
    assert "Как мы можем вам помочь?" in after or any("помочь" in text for text in after)
    assert driver.find("languageButton").property("text") == "Русский"


def test_each_language_is_offered_in_its_own_name_and_script(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.tap("start_en")
    driver.wait_for_screen("home")
    driver.tap("languageButton")
    names = {tag: driver.find(f"language_{tag}").property("text")
             for tag in ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en")}
    assert names == {"uz-Latn": "Oʻzbekcha", "uz-Cyrl": "Ўзбекча", "ru": "Русский", "ky": "Кыргызча",
                     "tg": "Тоҷикӣ", "en": "English"}
    assert "\u02bb" in names["uz-Latn"]  # U+02BB, not Qt's U+2018


def test_uzbek_cyrillic_screens_are_written_in_cyrillic(kiosk) -> None:
    driver: KioskDriver = kiosk()
    driver.tap("start_uz-Cyrl")
    driver.wait_for_screen("home")
    title = next(t for t in driver.texts() if t.endswith("?"))
    assert any("\u0400" <= ch <= "\u04ff" for ch in title)
    assert not any("a" <= ch.lower() <= "z" for ch in title), title


def test_the_language_list_passes_qt_model_checks(qtmodeltester) -> None:
    model = LanguageListModel(("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en"), "ky")
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 6
    model.set_current("ru")
    current = [model.data(model.index(row), LanguageListModel.CurrentRole) for row in range(6)]
    assert current == [False, False, True, False, False, False]
