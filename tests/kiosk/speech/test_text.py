"""What the voices are given: on-screen text as plain sentences, in a script each voice reads."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from kiosk.speech import prepare_text, tajik_to_pinglish

TAJIK_SAMPLE = "Ҳуқуқҳои муҳоҷирони меҳнатӣ. Шиносномаи худро ба ҳеҷ кас надиҳед."
TAJIK_ONLY = "ғӣқӯҳҷҒӢҚӮҲҶ"
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
GENEROUS = 10.0  # seconds; a bound for "it returned", not a performance claim


# --- Text preparation -----------------------------------------------------------------


def test_markdown_is_read_as_sentences() -> None:
    text = (
        "## Your rights\n\n"
        "Keep your **passport**.\nDo not give it\nto anyone\n\n"
        "- ask for a *contract*\n- read it\n\n"
        "---\n"
        "See [the law](https://example.org/law) and `this`.\n"
        "1. First step\n"
    )
    assert prepare_text(text, "en") == (
        "Your rights. Keep your passport. Do not give it to anyone. ask for a contract. read it."
        " See the law and this. 1. First step."
    )


def test_whitespace_is_collapsed() -> None:
    assert prepare_text("  Hello,\t\tworld  \n  again ", "en") == "Hello, world again."


def test_uzbek_apostrophes_are_unified() -> None:
    prepared = prepare_text("Oʻzbekiston, gʻalaba, maʼlumot, O‘zbek, ma’no", "uz-Latn")
    assert prepared == "O'zbekiston, g'alaba, ma'lumot, O'zbek, ma'no."


def test_uzbek_cyrillic_is_given_to_the_voice_in_latin() -> None:
    prepared = prepare_text("Ўзбекистон Республикаси. Қўшни ғалаба, шаҳар.", "uz-Cyrl")
    assert not CYRILLIC.search(prepared)
    assert prepared == "O'zbekiston Respublikasi. Qo'shni g'alaba, shahar."


def test_tajik_text_reaches_the_persian_voice_in_latin() -> None:
    prepared = prepare_text(TAJIK_SAMPLE + " Тоҷикӣ, ғизо, қонун, рӯз.", "tg")
    assert not any(letter in prepared for letter in TAJIK_ONLY)
    assert not CYRILLIC.search(prepared)


@pytest.mark.parametrize(
    ("tajik", "pinglish"),
    [
        ("Тоҷикӣ", "taajiki"),  # о is Persian â, ҷ is j, ӣ is i
        ("Ҳуқуқ", "huquq"),  # ҳ is h and қ is q, not Russian х and к
        ("ғизо", "ghizaa"),
        ("хона", "khaana"),
        ("рӯз", "roz"),
        ("дарсҳо", "dars'haa"),  # not "darshaa", which reads as sh
        ("кӯдакҳо", "kodak'haa"),
        ("маълумот", "malumaat"),
        ("у дар Русия кор мекунад", "oo dar rusiya kaar mekunad"),  # a lone "u" is spelt "you"
        ("соати 9:30", "saaati 9 30"),
    ],
)
def test_tajik_transliteration(tajik: str, pinglish: str) -> None:
    assert tajik_to_pinglish(tajik) == pinglish


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs the espeak-ng command")
def test_the_persian_voice_keeps_tajik_consonants() -> None:
    """The reason for the fa-latn fallback: q, h and j stay what they are in Tajik."""
    prepared = prepare_text("қонун ҳақ ҷавоб", "tg")
    phonemes = subprocess.run(
        ["espeak-ng", "-q", "-x", "-v", "fa-latn", prepared],
        capture_output=True,
        text=True,
        check=True,
        timeout=GENEROUS,
    ).stdout.split()
    assert [word[:2] for word in phonemes] == ["q1", "h'", "dZ"]
