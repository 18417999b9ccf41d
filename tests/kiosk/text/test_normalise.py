"""The normalised form search shares between index and query: folding, words, forms, sound keys."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.languages import TAGS
from kiosk.text.normalise import (
    fold,
    informal_latin_to_cyrillic,
    normalise,
    sound_key,
    stem_forms,
    strip_markdown,
    variant_count,
    word_forms,
    words,
)
from kiosk.text.placeholders import operator_text

APOSTROPHE_VARIANTS = ["\u02bb", "\u2018", "\u2019", "'", "`", "\u02bc", "\u00b4", "\u02b9", "\uff07"]


# -- folding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "folded"),
    [
        ("PASSPORT", "passport"),
        ("Pässport", "passport"),
        ("RÉSUMÉ", "resume"),
        ("ＰＡＳＳ", "pass"),  # fullwidth letters from an East Asian keyboard
        ("Straße", "strasse"),
        ("ЁЛКА", "елка"),
        ("Район", "раион"),
        ("Ўқиш", "уқиш"),  # ў has a breve; қ is a letter of its own
        ("ҳуҷҷат", "ҳуҷҷат"),
        ("Тоҷикӣ", "тоҷики"),
        ("Oʻqish", "oqish"),
        ("maʼno", "mano"),
    ],
)
def test_fold_removes_case_diacritics_and_apostrophes(typed: str, folded: str) -> None:
    assert fold(typed) == folded


@pytest.mark.parametrize("mark", APOSTROPHE_VARIANTS)
def test_every_apostrophe_variant_folds_the_same(mark: str) -> None:
    assert fold(f"O{mark}qish") == "oqish"
    assert fold(f"to{mark}lov") == "tolov"
    for tag in ("uz-Latn", "uz-Cyrl"):
        assert word_forms(f"o{mark}qish", tag) == ("oqish", "уқиш")
        assert word_forms(f"To{mark}lov", tag) == ("tolov", "тулов")


# -- words -----------------------------------------------------------------------------


def test_words_keep_apostrophes_inside_and_after_o_and_g_only() -> None:
    assert words("Oʻqish, tog' va 'qoʻshiq' don’t") == ["Oʻqish", "tog'", "va", "qoʻshiq", "don’t"]


def test_words_skip_punctuation_emoji_controls_and_surrogates() -> None:
    assert words('"NOT" -x title:x *^ NEAR(a b) 😀 \x00 \ud800 1\u00a0000') == [
        "NOT", "x", "title", "x", "NEAR", "a", "b", "1", "000",
    ]


# -- forms and the normalised text ----------------------------------------------------------


def test_uzbek_words_are_indexed_in_both_scripts() -> None:
    assert word_forms("Oʻzbekiston", "uz-Latn") == ("ozbekiston", "узбекистон")
    assert word_forms("Ўзбекистон", "uz-Cyrl") == ("узбекистон", "ozbekiston")
    assert normalise("Oʻqish toʻlovi", "uz-Latn") == "oqish tolovi\nуқиш тулови"


def test_russian_kyrgyz_and_tajik_words_get_a_sound_key() -> None:
    assert normalise("Регистрация и патент", "ru") == "регистрация и патент\nregistracia i patent"
    assert word_forms("Жумуш", "ky") == ("жумуш", "jumush")
    assert word_forms("ҳуҷҷат", "tg") == ("ҳуҷҷат", "hujat")


def test_english_has_one_form() -> None:
    assert normalise("Keep your PASSPORT.", "en") == "keep your passport"


def test_empty_text_normalises_to_nothing() -> None:
    assert normalise("", "ru") == ""
    assert normalise(" — 😀 ", "uz-Latn") == ""


# Every token the index sees must be one unicode61 token, or word k stops being
# token k and snippets highlight the wrong word.
@pytest.fixture(scope="module")
def fts_token_count() -> Iterator[sqlite3.Connection]:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    connection.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
    yield connection
    connection.close()


def sqlite_tokens(connection: sqlite3.Connection, text: str) -> int:
    connection.execute("DELETE FROM t")
    connection.execute("INSERT INTO t VALUES (?)", [text])
    return int(connection.execute("SELECT count(*) FROM v").fetchone()[0])


@settings(max_examples=300, deadline=None)
@given(text=st.text(), language=st.sampled_from(TAGS))
def test_normalised_text_is_one_sqlite_token_per_word_and_variant(
    fts_token_count: sqlite3.Connection, text: str, language: str
) -> None:
    normalised = normalise(text, language)
    count = len(words(text))
    lines = normalised.split("\n") if normalised else []
    assert len(lines) == (variant_count(language) if count else 0)
    for line in lines:
        tokens = line.split(" ")
        assert len(tokens) == count
        assert all(token.isalnum() for token in tokens)
    assert sqlite_tokens(fts_token_count, normalised) == count * variant_count(language)


def test_letters_sqlite_splits_on_are_dropped(fts_token_count: sqlite3.Connection) -> None:
    # New Tai Lue vowel signs are letters to Python but marks to SQLite 3.40.
    assert sqlite_tokens(fts_token_count, normalise("a\u19b0b \u1cf2c", "en")) == 2


# -- Latin typed for Russian, Kyrgyz, Tajik --------------------------------------------------

SAME_KEY = [
    ("ru", "регистрация", ["registratsiya", "registraciya", "registratsia", "REGISTRATSIYA",
                             "registratsiy\u0430"]),  # the last letter typed on the Cyrillic layout
    ("ru", "патент", ["patent", "Patent"]),
    ("ru", "обязательно", ["obyazatelno", "obyazatel'no", "obiazatelno"]),
    ("ru", "счёт", ["schet", "schyot", "shet", "счет"]),
    ("ru", "район", ["rayon", "raion"]),
    ("ru", "жильё", ["zhilye", "jilye", "жилье"]),
    ("ru", "трудовой", ["trudovoy", "trudovoi"]),
    ("ru", "холодильник", ["xolodilnik", "kholodilnik", "holodilnik"]),
    ("ru", "миграционная", ["migratsionnaya", "migracionnaya"]),
    ("ru", "паспорт", ["pasport", "passport"]),
    ("ru", "щётка", ["shchetka", "shyotka"]),
    ("ky", "жумуш", ["jumush", "zhumush"]),
    ("ky", "Кыргызстан", ["kyrgyzstan", "kirgizstan"]),
    ("ky", "жаңы", ["jangy", "zhangy"]),
    ("ky", "мыйзам", ["myyzam", "miyzam"]),
    ("ky", "өкмөт", ["okmot", "ökmöt"]),
    ("tg", "ҳуҷҷат", ["hujjat", "hujat"]),
    ("tg", "муҳоҷир", ["muhojir", "mukhojir"]),
    ("tg", "қарз", ["qarz", "karz"]),
    ("tg", "ғизо", ["ghizo", "gizo"]),
]


@pytest.mark.parametrize(("language", "cyrillic", "spellings"), SAME_KEY, ids=[row[1] for row in SAME_KEY])
def test_usual_latin_spellings_share_the_key_of_the_cyrillic(
    language: str, cyrillic: str, spellings: list[str]
) -> None:
    key = sound_key(cyrillic, language)
    assert key.isascii()
    for spelling in spellings:
        assert sound_key(spelling, language) == key, spelling


def test_different_words_keep_different_keys() -> None:
    keys = {sound_key(word) for word in ["патент", "паспорт", "виза", "работа", "регистрация", "штраф"]}
    assert len(keys) == 6


@pytest.mark.parametrize(
    ("latin", "language", "cyrillic"),
    [
        ("registratsiya", "ru", "регистрация"),
        ("patent", "ru", "патент"),
        ("Propiska", "ru", "Прописка"),
        ("shchetka", "ru", "щетка"),
        ("zhilye", "ru", "жилье"),
        ("yolka", "ru", "ёлка"),
        ("rayon", "ru", "район"),
        ("ekzamen", "ru", "экзамен"),
        ("kyrgyzstan", "ky", "кыргызстан"),
        ("ökmöt", "ky", "өкмөт"),
        ("hujjat", "tg", "ҳуҷҷат"),
        ("ghizo", "tg", "ғизо"),
        ("patent 2024!", "ru", "патент 2024!"),
    ],
)
def test_informal_latin_to_cyrillic(latin: str, language: str, cyrillic: str) -> None:
    assert informal_latin_to_cyrillic(latin, language) == cyrillic


# -- Markdown ----------------------------------------------------------------------------------


def test_strip_markdown_keeps_the_words_a_reader_sees() -> None:
    markdown = (
        "## Your rights\n\n"
        "- Keep your **passport**. See [the contract](article:work-contract).\n"
        "1. Call ![a phone](images/phone.png) 1000 [[FILL: local number]]\n"
        "Visit https://example.org today."
    )
    plain = strip_markdown(markdown, "en")
    assert words(plain) == [
        "Your", "rights", "Keep", "your", "passport", "See", "the", "contract",
        "Call", "1000", "to", "be", "filled", "in", "by", "the", "kiosk", "operator", "Visit", "https", "example",
        "org", "today",
    ]
    assert "**" not in plain and "article" not in plain and "FILL" not in plain


@pytest.mark.parametrize("language", TAGS)
def test_strip_markdown_shows_a_placeholder_as_the_readers_operator_text(language: str) -> None:
    plain = strip_markdown("Ask for advice here: [[FILL: name of the licensing body]].", language)
    assert plain.endswith(f": {operator_text(language)}.")
    assert "FILL" not in plain and "licensing" not in plain


@given(st.text())
def test_normalise_and_strip_markdown_accept_any_text(text: str) -> None:
    for language in TAGS:
        assert isinstance(normalise(strip_markdown(text, language), language), str)


@pytest.mark.parametrize(("typed", "language", "written", "written_language"), [
    ("yo'qotdim", "uz-Latn", "йўқотдим", "uz-Cyrl"),
    ("registratsiyu", "ru", "регистрацию", "ru"),
    ("паспортумду", "ky", "паспорт", "ky"),
    ("шиносномаам", "tg", "шиноснома", "tg"),
    ("passports", "en", "passport", "en"),
])
def test_a_word_and_its_other_endings_or_script_share_the_forms_of_their_stem(
        typed: str, language: str, written: str, written_language: str) -> None:
    assert set(stem_forms(typed, language)) & set(stem_forms(written, written_language))


def test_stems_follow_the_words_as_more_lines_so_word_k_is_still_token_k_of_every_line() -> None:
    lines = normalise("Регистрацию сделайте", "ru", stems=True).split("\n")
    assert lines[:2] == normalise("Регистрацию сделайте", "ru").split("\n")
    assert lines[2].split(" ")[0] == "регистрац" and lines[3].split(" ")[0] == "registrac"
    assert all(len(line.split(" ")) == 2 for line in lines)
    assert len(stem_forms("анything", "ru")) == len(word_forms("анything", "ru"))
