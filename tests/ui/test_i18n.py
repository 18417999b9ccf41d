"""Every UI string is translated into every language, through Qt Linguist files."""

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.text.uzbek import latin_to_cyrillic
from ui.i18n import build, glossary, qm_file, ts_file


@pytest.fixture(scope="module")
def sources() -> Path:
    return build.extract_sources()


def test_the_qml_has_strings_to_translate(sources: Path) -> None:
    messages = build._messages(sources)
    assert len(messages) > 40
    assert ("TopBar", "Listen") in {(c, m.findtext("source")) for c, m in messages}


@pytest.mark.parametrize("tag", build.TRANSLATED)
def test_every_string_has_a_translation(tag: str, sources: Path) -> None:
    missing = build.gaps(tag, sources=sources)
    assert missing == [], "\n".join(str(gap) for gap in missing)


def test_a_missing_translation_is_caught(tmp_path: Path, sources: Path) -> None:
    broken = tmp_path / "kiosk.ru.ts"
    tree = ET.parse(ts_file("ru"))
    message = next(tree.getroot().iter("message"))
    translation = message.find("translation")
    assert translation is not None
    translation.text = ""
    tree.write(broken, encoding="utf-8")
    gaps = build.gaps("ru", ts_path=broken, sources=sources)
    assert [gap.source for gap in gaps] == [message.findtext("source")]


@pytest.mark.parametrize("tag", build.TRANSLATED)
def test_compiled_translations_match_their_sources(tag: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{tag}.qm"
    subprocess.run([build._tool("pyside6-lrelease"), "-silent", str(ts_file(tag)), "-qm", str(fresh)],
                   check=True)
    assert fresh.read_bytes() == qm_file(tag).read_bytes(), "run `python -m ui.i18n.build`"


def test_uzbek_cyrillic_is_the_transliteration_of_uzbek_latin(tmp_path: Path) -> None:
    regenerated = tmp_path / "uz-Cyrl.ts"
    build.transliterate_ts(ts_file("uz-Latn"), regenerated)
    latin = {m.findtext("source"): m.findtext("translation") for _, m in build._messages(ts_file("uz-Latn"))}
    cyrillic = {m.findtext("source"): m.findtext("translation") for _, m in build._messages(ts_file("uz-Cyrl"))}
    assert cyrillic == {m.findtext("source"): m.findtext("translation") for _, m in build._messages(regenerated)}
    assert cyrillic["Home"] == latin_to_cyrillic(latin["Home"] or "")


def test_placeholders_survive_transliteration() -> None:
    assert build._transliterate_keeping_placeholders("Urinishlar qoldi: %1") == "Уринишлар қолди: %1"
    assert build._transliterate_keeping_placeholders("%L1 soniya") == "%L1 сония"


def test_uzbek_latin_uses_the_modifier_letter_for_o_and_g() -> None:
    text = ts_file("uz-Latn").read_text(encoding="utf-8")
    translations = " ".join(t.text or "" for t in ET.fromstring(text).iter("translation"))
    assert "ʻ" in translations
    for wrong in ("o'", "g'", "o’", "g’", "o‘", "g‘"):
        assert wrong not in translations


# -- the glossary: one word per thing, per language --------------------------------------------


@pytest.mark.parametrize("tag", build.TRANSLATED)
def test_every_translation_uses_the_glossarys_words(tag: str) -> None:
    misused = [*build.glossary_misuses(tag), *build.label_table_misuses(tag)]
    assert misused == [], "\n".join(str(misuse) for misuse in misused)


def test_a_translation_that_names_a_thing_another_way_is_caught(tmp_path: Path) -> None:
    # "Слушать" on the top bar, "Прочитать вслух" in the reader: the inconsistency the glossary is for.
    strayed = tmp_path / "kiosk.ru.ts"
    tree = ET.parse(ts_file("ru"))
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if (context.findtext("name"), message.findtext("source")) == ("Reader", "Listen"):
                translation = message.find("translation")
                assert translation is not None
                translation.text = "Прочитать вслух"
    tree.write(strayed, encoding="utf-8")
    [misuse] = build.glossary_misuses("ru", strayed)
    assert (misuse.context, misuse.term.key, misuse.term.words["ru"]) == ("Reader", "listen", "Слушать")
    assert "«Слушать»" in str(misuse)


def test_the_glossary_is_complete_and_matches_as_described() -> None:
    terms = {term.key: term for term in glossary.load()}
    assert {"listen", "country-of-work", "places-left", "receipt", "booking"} <= set(terms)
    for term in terms.values():
        assert set(term.words) == set(term.stems) == set(glossary.CHECKED)
    listen, places = terms["listen"], terms["places-left"]
    assert listen.named_in("Listen to the receipt") and not listen.named_in("Read aloud")
    assert listen.used_in("Талонду угуу", "ky") and not listen.used_in("Үн чыгарып окуу", "ky")
    assert listen.used_in("Тинглаш", "uz-Cyrl")  # Uzbek Cyrillic stems are the Latin ones, transliterated
    assert places.named_in("Places left: %1") and not places.named_in("This kiosk is free to use.")
    assert terms["text-button"].named_in("touch Text at the top") and not terms["text-button"].named_in("the text")


def test_a_glossary_without_a_languages_word_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "glossary.toml"
    broken.write_text('[listen]\nen = "listen"\nru = "Слушать"\n[listen.find]\nru = "слуша"\n', encoding="utf-8")
    with pytest.raises(glossary.GlossaryError, match="uz-Latn"):
        glossary.load(broken)
