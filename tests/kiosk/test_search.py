"""Article search: ranking, typing, scripts, snippets, and input that must never break it."""

from __future__ import annotations

import io
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.languages import TAGS, UnknownLanguage
from kiosk.paths import DataPaths
from kiosk.search import main_search, rebuild_index, search_articles, to_match_query
from kiosk.store import Store, open_store

# (id, language, title, body)
ARTICLES = [
    # English: ranking and typing
    ("passport-rules", "en", "Your passport", "Nobody may take it from you."),
    ("employer-duties", "en", "What your employer must do",
     "Your employer must not keep your passport. Ask for your passport back. Passport, passport."),
    ("travel-money", "en", "Money for the journey",
     "Carry some cash. Keep a copy of your passport in your bag, with the phone numbers of your family, "
     "the embassy, the agency, the employer, the bank, and a friend who stays at home while you travel."),
    ("bank-cards", "en", "Bank cards",
     "## Keep your PIN safe\n\n- Never tell anyone your **PIN**. See [the money article](article:travel-money).\n"
     "![a bank card](images/card.png)\nWatch for <script>alert('x')</script> & other tricks."),
    ("long-article", "en", "Health insurance",
     " ".join(f"word{i}" for i in range(60)) + " insurance covers the hospital " +
     " ".join(f"tail{i}" for i in range(60))),
    # Uzbek, each script
    ("study-fee", "uz-Latn", "Oʻqish haqida", "Oʻqish uchun toʻlov oldindan qilinadi. Shartnomani oʻqing."),
    ("study-fee", "uz-Cyrl", "Ўқиш ҳақида", "Ўқиш учун тўлов олдиндан қилинади. Шартномани ўқинг."),
    ("work-permit", "uz-Latn", "Ish ruxsatnomasi", "Patent va registratsiya haqida maʼlumot."),
    ("work-permit", "uz-Cyrl", "Иш рухсатномаси", "Патент ва рўйхатдан ўтиш ҳақида маълумот."),
    # Russian
    ("work-permit", "ru", "Патент на работу", "Иностранный гражданин получает патент в течение 10 дней."),
    ("registration", "ru", "Регистрация по месту пребывания",
     "Регистрация обязательна. Без неё штраф. Подайте уведомление."),
    ("money-home", "ru", "Деньги домой", "Переводы через банк безопаснее."),
    # Kyrgyz and Tajik
    ("find-work", "ky", "Жумуш издөө", "Кыргызстандан чыгаардан мурун келишимди окуңуз."),
    ("documents", "tg", "Ҳуҷҷатҳо", "Муҳоҷир бояд шартномаро хонад ва қарз нагирад."),
]


def insert_articles(store: Store, articles: list[tuple[str, str, str, str]]) -> None:
    with store.transaction() as db:
        db.execute("INSERT OR IGNORE INTO topics(id, position, icon) VALUES ('rights', 0, 'scales')")
        for position, (article_id, language, title, body) in enumerate(articles):
            db.execute(
                "INSERT INTO articles(id, language, topic_id, position, title, body, updated, sources) "
                "VALUES (?, ?, 'rights', ?, ?, ?, '2025-01-01', '[]')",
                [article_id, language, position, title, body],
            )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path_factory.mktemp("search")))
    insert_articles(opened, ARTICLES)
    assert rebuild_index(opened) == len(ARTICLES)
    yield opened
    opened.close()


def ids(store: Store, query: str, language: str) -> list[str]:
    return [hit.article_id for hit in search_articles(store, query, language)]


# -- ranking -------------------------------------------------------------------------------


def test_title_hits_rank_above_body_hits_however_many(store: Store) -> None:
    hits = search_articles(store, "passport", "en")
    assert [hit.article_id for hit in hits] == ["passport-rules", "employer-duties", "travel-money"]
    assert [hit.title_hit for hit in hits] == [True, False, False]


def test_a_title_hit_comes_first_even_when_bm25_prefers_a_body_hit(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    long_body = "Visa rules. " + " ".join(f"filler{i}" for i in range(2000))
    insert_articles(store, [
        ("visa-guide", "en", "Visa guide", long_body),
        ("short-note", "en", "A short note", "Visa, visa, visa: check the visa."),
    ])
    rebuild_index(store)
    hits = search_articles(store, "visa", "en")
    assert [hit.article_id for hit in hits] == ["visa-guide", "short-note"]
    # bm25 alone would put the short note first: the order is not a matter of weights.
    assert hits[0].score < hits[1].score
    store.close()


def test_body_hits_are_ordered_by_bm25(store: Store) -> None:
    hits = search_articles(store, "passport", "en")[1:]
    # More occurrences in a shorter body first; scores fall in the order shown.
    assert [hit.article_id for hit in hits] == ["employer-duties", "travel-money"]
    assert hits[0].score > hits[1].score > 0


def test_every_query_word_must_match(store: Store) -> None:
    assert ids(store, "passport bag", "en") == ["travel-money"]
    assert ids(store, "passport zebra", "en") == []


def test_limit_is_respected(store: Store) -> None:
    assert len(search_articles(store, "passport", "en", limit=1)) == 1
    assert search_articles(store, "passport", "en", limit=0) == []


# -- typing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["pa", "pas", "pass", "passp", "passpo", "passpor", "passport"])
def test_the_word_being_typed_matches_as_a_prefix(store: Store, typed: str) -> None:
    assert "passport-rules" in ids(store, typed, "en")


def test_only_the_last_word_is_a_prefix(store: Store) -> None:
    assert ids(store, "passp keep", "en") == []
    assert sorted(ids(store, "keep passp", "en")) == ["employer-duties", "travel-money"]


def test_a_new_word_of_one_letter_keeps_the_results_so_far(store: Store) -> None:
    assert ids(store, "keep passport b", "en") == ids(store, "keep passport", "en")
    assert ids(store, "p", "en") == []


@pytest.mark.parametrize("typed", ["PASSPORT", "Passport", "pAsSpOrT", "Pässpört", "ＰＡＳＳＰＯＲＴ"])
def test_case_and_diacritics_do_not_matter(store: Store, typed: str) -> None:
    assert ids(store, typed, "en") == ids(store, "passport", "en")


@pytest.mark.parametrize("query", ["", " ", "\t\n", "   \u3000  "])
def test_an_empty_query_finds_nothing(store: Store, query: str) -> None:
    assert search_articles(store, query, "en") == []
    assert to_match_query(query, "en") is None


# -- Uzbek: apostrophes and scripts -----------------------------------------------------------------

APOSTROPHES = ["\u02bb", "\u2018", "\u2019", "'", "`", "\u02bc", "\u00b4"]


@pytest.mark.parametrize("language", ["uz-Latn", "uz-Cyrl"])
@pytest.mark.parametrize("mark", [*APOSTROPHES, ""])
def test_every_apostrophe_variant_finds_the_same(store: Store, language: str, mark: str) -> None:
    assert ids(store, f"o{mark}qish", language) == ["study-fee"]
    assert ids(store, f"TO{mark}LOV", language) == ["study-fee"]
    assert ids(store, f"to{mark}lov o{mark}qish", language) == ["study-fee"]


def test_a_latin_query_finds_uzbek_cyrillic_text(store: Store) -> None:
    hits = search_articles(store, "toʻlov", "uz-Cyrl")
    assert [hit.article_id for hit in hits] == ["study-fee"]
    assert not hits[0].title_hit  # "тўлов" is only in the body
    assert "<b>тўлов</b>" in hits[0].snippet
    assert ids(store, "roʻyxatdan", "uz-Cyrl") == ["work-permit"]


def test_a_cyrillic_query_finds_uzbek_latin_text(store: Store) -> None:
    hits = search_articles(store, "тўлов", "uz-Latn")
    assert [hit.article_id for hit in hits] == ["study-fee"]
    assert "<b>toʻlov</b>" in hits[0].snippet
    assert ids(store, "ШАРТНОМА", "uz-Latn") == ["study-fee"]


def test_search_stays_in_the_language_asked_for(store: Store) -> None:
    assert ids(store, "patent", "uz-Latn") == ["work-permit"]
    assert [hit.language for hit in search_articles(store, "patent", "ru")] == ["ru"]
    assert ids(store, "patent", "en") == []  # no fallback: the UI decides what to offer


# -- Russian, Kyrgyz, Tajik typed in Latin letters ------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("patent", ["work-permit"]),
        ("PATENT", ["work-permit"]),
        ("registratsiya", ["registration"]),
        ("registraciya", ["registration"]),
        ("registratsia", ["registration"]),
        ("registrats", ["registration"]),  # while typing
        ("registrat", ["registration"]),  # the "s" of "ts" not typed yet
        ("shtraf", ["registration"]),
        ("obyazatelna", ["registration"]),
        ("uvedomlenie", ["registration"]),
        ("perevody bank", ["money-home"]),
        ("патент", ["work-permit"]),
        ("регистр", ["registration"]),
    ],
)
def test_russian_is_found_by_latin_spellings(store: Store, typed: str, found: list[str]) -> None:
    assert ids(store, typed, "ru") == found


def test_latin_hits_in_russian_are_highlighted_in_cyrillic(store: Store) -> None:
    [hit] = search_articles(store, "patent", "ru")
    assert hit.title_hit
    assert "получает <b>патент</b> в течение" in hit.snippet


@pytest.mark.parametrize(
    ("language", "typed", "found"),
    [
        ("ky", "jumush", "find-work"),
        ("ky", "zhumush", "find-work"),
        ("ky", "kyrgyzstandan", "find-work"),
        ("ky", "kelishim", "find-work"),
        ("ky", "жумуш", "find-work"),
        ("tg", "hujjat", "documents"),
        ("tg", "muhojir", "documents"),
        ("tg", "shartnoma", "documents"),
        ("tg", "qarz", "documents"),
        ("tg", "ҳуҷҷат", "documents"),
    ],
)
def test_kyrgyz_and_tajik_are_found_by_latin_spellings(
    store: Store, language: str, typed: str, found: str
) -> None:
    assert ids(store, typed, language) == [found]


# -- snippets --------------------------------------------------------------------------------------------


def test_snippets_bold_the_hits_and_escape_the_text(store: Store) -> None:
    [hit] = search_articles(store, "tricks", "en")
    assert hit.snippet.endswith("Watch for &lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; other "
                                "<b>tricks</b>.")
    assert re.sub(r"</?b>", "", hit.snippet).count("<") == 0


def test_snippets_are_cut_from_the_text_the_reader_sees(store: Store) -> None:
    [hit] = search_articles(store, "pin", "en")
    assert "<b>PIN</b>" in hit.snippet
    for markup in ("**", "##", "](", "article:", "images/", "- "):
        assert markup not in hit.snippet


def test_a_snippet_is_about_twenty_words_around_the_first_hit(store: Store) -> None:
    [hit] = search_articles(store, "hospital", "en")
    words = re.sub(r"</?b>", "", hit.snippet).strip("…").split()
    assert 15 <= len(words) <= 20
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert words.index("hospital") >= 3
    assert hit.snippet.count("<b>") == 1


def test_a_title_only_hit_shows_the_start_of_the_body(store: Store) -> None:
    [hit] = search_articles(store, "health", "en")
    assert hit.title_hit
    assert hit.snippet.startswith("word0 word1") and "<b>" not in hit.snippet


def test_every_hit_in_the_window_is_bold(store: Store) -> None:
    [hit] = search_articles(store, "back", "en")
    assert hit.article_id == "employer-duties"
    [hit] = search_articles(store, "passport ask", "en")
    assert hit.snippet.count("<b>") == 5  # passport ×4 and Ask (the prefix), all within twenty words


# -- hostile input ------------------------------------------------------------------------------------

HOSTILE = [
    '"', '""', '"""', "'", "NOT", "not", "a NOT b", "a AND", "OR", "AND OR NOT", "-x", "-passport",
    "title:x", "body:passport", "{title}: x", "*", "**", "passport*", "^x", "^", "NEAR(a b)", "NEAR(",
    "(", ")", "()", "(passport", "passport)", "+", "a + b", ":", "x:", "\\", "\\\"", "''", "'passport'",
    "😀", "👩‍👩‍👧", "🇺🇿", "\x00", "pass\x00port", "\x01\x02", "\x1b[31m", "\ud800", "pass\udfffport",
    "\u202e", "\ufeff", "\u200b", "\u0301", "ʻ", "ʼ", "ʻʼʻ", "%", "_", "passport%", "'; DROP TABLE articles; --",
    "a " * 5000, "passport " * 2000, "x" * 10_000, "ф" * 10_000, "\n" * 10_000, "\u0301" * 10_000,
    "«passport»", "“passport”", "rowid", "rank", "article_search",
]


@pytest.mark.parametrize("query", HOSTILE, ids=[repr(query)[:40] for query in HOSTILE])
@pytest.mark.parametrize("language", TAGS)
def test_hostile_input_never_raises(store: Store, query: str, language: str) -> None:
    hits = search_articles(store, query, language)
    assert isinstance(hits, list)
    assert_safe_match(to_match_query(query, language))


def test_syntax_in_the_query_is_searched_as_words(store: Store) -> None:
    assert ids(store, "NOT", "en") == ["employer-duties"]  # the word "not", not the operator
    assert ids(store, "-passport", "en") == ids(store, "passport", "en")
    assert ids(store, "body:passport", "en") == []  # "body" is a word nobody wrote
    assert ids(store, '"passport', "en") == ids(store, "passport", "en")


def test_long_input_is_cut_to_twelve_words(store: Store) -> None:
    match = to_match_query(" ".join(f"w{i}" for i in range(100)), "en")
    assert match is not None and match.count('"') == 2 * 12
    assert to_match_query("y" * 10_000, "en") == '"' + "y" * 64 + '"*'


def test_unknown_language_is_a_caller_error(store: Store) -> None:
    with pytest.raises(UnknownLanguage):
        search_articles(store, "passport", "de")


# What a MATCH string may look like: groups of quoted forms joined by OR, groups by AND.
_FORM = r'"[^\W_]+"\*?'
_GROUP = rf"(?:{_FORM}|\({_FORM}(?: OR {_FORM})+\))"
SAFE_MATCH = re.compile(rf"{_GROUP}(?: AND {_GROUP})*")


def assert_safe_match(match: str | None) -> None:
    if match is None:
        return
    assert SAFE_MATCH.fullmatch(match), match
    assert match.count(" AND ") < 12


FTS_FRAGMENTS = st.sampled_from([
    '"', "'", "*", "^", "(", ")", ":", "-", "+", "NOT", "AND", "OR", "NEAR", "NEAR(", "title:", "{title body}:",
    "\x00", "\ud800", "\udfff", "😀", "ʻ", "ʼ", "`", "´", "o'", "g'", " ", "\n", "passp", "патент", "oʻqish",
])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.one_of(
        st.text(),
        st.lists(st.one_of(FTS_FRAGMENTS, st.text(max_size=5)), max_size=30).map("".join),
        st.text(alphabet=st.characters(exclude_categories=()), max_size=200),  # lone surrogates too
    ),
    language=st.sampled_from(TAGS),
)
def test_any_text_gives_a_list_and_a_safe_match(store: Store, query: str, language: str) -> None:
    match = to_match_query(query, language)
    assert_safe_match(match)
    if match is not None:
        # The expression itself is valid FTS5, whatever the tokens are.
        store.db.execute("SELECT count(*) FROM article_search WHERE article_search MATCH ?", [match]).fetchone()
    hits = search_articles(store, query, language)
    assert isinstance(hits, list)
    assert all(hit.language == language for hit in hits)


# -- the index -------------------------------------------------------------------------------------------


def test_rebuilding_replaces_the_index(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    insert_articles(store, ARTICLES[:2])
    assert rebuild_index(store) == 2
    assert rebuild_index(store) == 2
    assert store.db.execute("SELECT count(*) FROM article_search").fetchone()[0] == 2
    with store.transaction() as db:
        db.execute("DELETE FROM articles WHERE id = 'passport-rules'")
        db.execute("UPDATE articles SET body = 'Changed text about visas.' WHERE id = 'employer-duties'")
    assert ids(store, "visas", "en") == []  # not indexed yet
    assert rebuild_index(store) == 1
    assert ids(store, "visas", "en") == ["employer-duties"]
    assert ids(store, "passport", "en") == []
    store.close()


def test_articles_in_an_unknown_language_are_not_indexed(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    insert_articles(store, [("x", "de", "Reisepass", "Text."), ("y", "en", "Passport", "Text.")])
    assert rebuild_index(store) == 1
    store.close()


def test_a_failed_rebuild_leaves_the_old_index(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    insert_articles(store, ARTICLES[:2])
    rebuild_index(store)
    # The second row written fails, as a full disk would make it.
    store.db.execute(
        "CREATE TEMP TRIGGER fail AFTER INSERT ON article_search_content "
        "WHEN new.id % 4294967296 = 1 BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(sqlite3.DatabaseError):
        rebuild_index(store)
    store.db.execute("DROP TRIGGER fail")
    assert ids(store, "passport", "en") == ["passport-rules", "employer-duties"]
    store.close()


# -- command line ------------------------------------------------------------------------------------------


def test_main_search_prints_titles_ids_and_marked_snippets(store: Store) -> None:
    out = io.StringIO()
    assert main_search(store, "patent", "ru", False, out) == 0
    text = out.getvalue()
    assert "1. Патент на работу  [work-permit" in text
    assert "«патент»" in text and "<b>" not in text


def test_main_search_json(store: Store) -> None:
    out = io.StringIO()
    assert main_search(store, "passport", "en", True, out) == 0
    rows = json.loads(out.getvalue())
    assert [row["article_id"] for row in rows] == ["passport-rules", "employer-duties", "travel-money"]
    assert set(rows[0]) == {"article_id", "language", "title", "topic_id", "snippet", "title_hit", "score"}


def test_main_search_says_when_nothing_matches(store: Store) -> None:
    out = io.StringIO()
    assert main_search(store, "zebra", "en", False, out) == 0
    assert "No en article matches 'zebra'" in out.getvalue()
