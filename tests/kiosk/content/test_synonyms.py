"""The synonyms files: their format, their checks, and the list the kiosk ships."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import languages
from kiosk.content.check import check_tree
from kiosk.content.errors import ContentError
from kiosk.content.synonyms import MIN_ENTRIES, parse_synonyms, read_synonyms, synonym_files, unknown_meanings
from kiosk.paths import BUNDLED_CONTENT_DIR

FILE = Path("synonyms/ru.txt")


def test_an_entry_maps_everyday_phrases_to_article_phrases_and_comments_are_skipped() -> None:
    entries = parse_synonyms("# everyday = articles\n\nпрописка, propiska = регистрация\nзп = заработная плата\n", FILE)
    assert [(e.everyday, e.meanings, e.line) for e in entries] == [
        (("прописка", "propiska"), ("регистрация",), 3),
        (("зп",), ("заработная плата",), 4),
    ]


@pytest.mark.parametrize(("text", "line", "says"), [
    ("прописка регистрация\n", 1, "one '='"),
    ("# ok\nа = б = в\n", 2, "one '='"),
    ("\n = регистрация\n", 2, "nothing before '='"),
    ("прописка =  \n", 1, "nothing after '='"),
    ("прописка,, propiska = регистрация\n", 1, "empty everyday phrase"),
    ("прописка = —\n", 1, "no letters"),
    ("один два три четыре пять шесть семь = регистрация\n", 1, "more than 6 words"),
])
def test_a_malformed_line_is_reported_with_its_line(text: str, line: int, says: str) -> None:
    with pytest.raises(ContentError) as caught:
        parse_synonyms(text, FILE)
    assert caught.value.line == line
    assert says in caught.value.message


def test_an_article_phrase_no_article_holds_is_found_in_any_case_and_uzbek_script() -> None:
    entries = parse_synonyms("propiska = регистрация\nxo'jayin = ish beruvchi, БОШЛИҚ\nshef = начальник цеха\n", FILE)
    assert unknown_meanings(entries, "ru", ["Регистрация по месту жительства"]) == [(2, "ish beruvchi"),
                                                                                   (2, "БОШЛИҚ"),
                                                                                   (3, "начальник цеха")]
    assert unknown_meanings(entries[1:2], "uz-Latn", ["Ish beruvchi", "boshliq"]) == []


def test_a_phrase_counts_only_when_one_article_holds_all_its_words() -> None:
    entries = parse_synonyms("зп = заработная плата\n", FILE)
    assert unknown_meanings(entries, "ru", ["заработная", "плата"]) == [(1, "заработная плата")]
    assert unknown_meanings(entries, "ru", ["плата заработная"]) == []


def test_the_kiosk_ships_a_list_of_at_least_thirty_entries_in_every_language() -> None:
    files = synonym_files(BUNDLED_CONTENT_DIR)
    assert sorted(files) == sorted(languages.TAGS)
    for path in files.values():
        assert len(read_synonyms(path)) >= MIN_ENTRIES, path


def test_content_check_finds_no_problem_in_the_shipped_synonyms() -> None:
    report = check_tree(BUNDLED_CONTENT_DIR)
    assert [str(p) for p in report.problems if "synonyms" in str(p.path)] == []


def test_content_check_reports_a_broken_synonyms_file_and_an_entry_leading_nowhere(tmp_path: Path) -> None:
    (tmp_path / "synonyms").mkdir()
    (tmp_path / "synonyms" / "en.txt").write_text("boss = employer\ncops = policeman officer\n", encoding="utf-8")
    (tmp_path / "synonyms" / "ru.txt").write_text("прописка регистрация\n", encoding="utf-8")
    report = check_tree(tmp_path)
    messages = [(p.path.name, p.line, p.severity, p.message) for p in report.problems if "synonyms" in str(p.path)]
    assert ("ru.txt", 1, "error", "write one '=' between the everyday words and the article words") in messages
    assert ("en.txt", 1, "error", "no en article has the words of 'employer': check the spelling") in messages
    assert ("en.txt", 1, "warning", f"only 2 entries; a language needs at least {MIN_ENTRIES}") in messages
    assert not report.ok
