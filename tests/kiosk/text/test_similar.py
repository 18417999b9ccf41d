"""Words a typo or two away: edit distance, the confusions that cost nothing, and the trigram look-up."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.text.similar import allowed_edits, confusion_fold, edit_distance, gram_rows, grams, similar_terms


def _osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance, the whole table: what the bounded version must agree with."""
    table = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1,
                              table[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
    return table[len(a)][len(b)]


# -- edit distance -------------------------------------------------------------------------------


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="abcs", max_size=9), st.text(alphabet="abcs", max_size=9), st.sampled_from([1, 2, 3]))
def test_edit_distance_is_the_optimal_string_alignment_distance_up_to_its_bound(a: str, b: str, bound: int) -> None:
    assert edit_distance(a, b, bound) == min(_osa_distance(a, b), bound + 1)


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("samarkand", "samarkand", 0), ("samarkand", "samarkamd", 1), ("ishchi", "ishhci", 1),  # neighbours swapped
    ("samarkand", "samarknd", 1), ("samarkand", "samarqand", 1), ("kuch", "kush", 1),
    ("abc", "ca", 3),  # over the bound: bound + 1 (a swapped pair is not edited again)
])
def test_edit_distance_examples(a: str, b: str, distance: int) -> None:
    assert edit_distance(a, b, 2) == distance


def test_a_short_word_may_not_be_mistyped_and_a_long_one_twice() -> None:
    assert [allowed_edits(word) for word in ("ish", "safar", "mehnatkash", "agentligi")] == [0, 1, 2, 2]


# -- confusions ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "meant"), [
    ("ish xaqi", "ish haqi"),  # Uzbek x for h
    ("хужжат", "ҳужжат"), ("мигранты", "мигранти"), ("этаж", "етаж"), ("ещё", "еше"),
    ("район", "раион"), ("подъезд", "подезд"), ("мать", "мат"), ("kassa", "kasa"),
])
def test_the_commonest_confusions_fold_to_one_form(typed: str, meant: str) -> None:
    assert confusion_fold(typed) == confusion_fold(meant)


def test_letters_that_are_not_confused_stay_apart() -> None:
    assert confusion_fold("kuch") != confusion_fold("kush")
    assert confusion_fold("бал") != confusion_fold("бол")


# -- the trigram look-up ------------------------------------------------------------------------


TERMS = ["samarkand", "samarqand", "toshkent", "mehnat", "mehmon", "neshuh", "noshuh", "nushuh",
         *(f"{onset}shuh" for onset in ("ba", "bi", "bo", "da", "di", "do", "fa", "fi", "fo", "ga"))]


@pytest.fixture()
def db() -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE grams (gram TEXT, length INTEGER, term TEXT, PRIMARY KEY (gram, length, term))")
    conn.executemany("INSERT INTO grams VALUES (?, ?, ?)", gram_rows(TERMS))
    conn.execute("CREATE TABLE scoped (scope TEXT, gram TEXT, length INTEGER, term TEXT)")
    conn.executemany("INSERT INTO scoped VALUES ('uz-Latn', ?, ?, ?)", gram_rows(["mehnat", "mehmon"]))
    conn.executemany("INSERT INTO scoped VALUES ('ru', ?, ?, ?)", gram_rows(["мехнат"]))
    yield conn
    conn.close()


def test_gram_rows_hold_every_trigram_of_every_term_once_in_key_order() -> None:
    rows = gram_rows(["mehnat", "ish", "mehnat"])
    assert rows == sorted(rows)
    assert {(gram, term) for gram, _, term in rows} == {(g, t) for t in ("mehnat", "ish") for g in grams(t)}
    assert grams("ish") == {"^is", "ish", "sh$"}


def test_a_typo_finds_the_indexed_word_and_never_the_word_itself(db: sqlite3.Connection) -> None:
    assert similar_terms(db, "grams", "samarkamd") == ["samarkand", "samarqand"]  # one edit, then two
    assert "mehnat" not in similar_terms(db, "grams", "mehnat")
    assert similar_terms(db, "grams", "ish") == []  # too short to guess at


def test_a_confusion_alone_is_nearer_than_a_real_typo(db: sqlite3.Connection) -> None:
    db.executemany("INSERT INTO grams VALUES (?, ?, ?)", gram_rows(["mexnet"]))
    # "mexnat": Uzbek x for h (no edit at all) from "mehnat"; one real edit from "mexnet".
    assert similar_terms(db, "grams", "mexnat") == ["mehnat", "mexnet"]


def test_when_many_words_share_as_many_trigrams_the_ones_with_its_first_letter_are_compared(
        db: sqlite3.Connection) -> None:
    # Every "-shuh" shares three trigrams with "nbshuh"; with one candidate compared, it is an n- word.
    assert similar_terms(db, "grams", "nbshuh", candidates=3) == ["neshuh", "noshuh", "nushuh"]


def test_a_scope_keeps_to_its_own_rows(db: sqlite3.Connection) -> None:
    assert similar_terms(db, "scoped", "mehnal", scope="uz-Latn") == ["mehnat"]
    assert similar_terms(db, "scoped", "mehnal", scope="ru") == []
