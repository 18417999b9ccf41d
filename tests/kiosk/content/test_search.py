"""Article search: ranking, typing, scripts, snippets, and input that must never break it."""

from __future__ import annotations

import html
import io
import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.search import (
    INDEX_FORMAT,
    ensure_index,
    main_search,
    query_terms,
    rebuild_index,
    search_articles,
    searched_words,
    to_match_query,
)
from kiosk.languages import TAGS, UnknownLanguage
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store
from kiosk.text.normalise import strip_markdown, word_forms, words
from kiosk.text.placeholders import operator_text

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


def test_body_hits_are_ordered_by_bm25(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    filler = " ".join(f"other{i}" for i in range(30))
    # Inserted weakest first, so an order by rowid would be the reverse of bm25's.
    insert_articles(store, [
        ("once-long", "en", "A", f"visa {filler} {filler}"),
        ("once", "en", "B", f"visa {filler}"),
        ("twice", "en", "C", f"visa visa {filler}"),
        ("thrice", "en", "D", f"visa visa visa {filler}"),
        ("unrelated", "en", "E", filler),
    ])
    rebuild_index(store)
    hits = search_articles(store, "visa", "en")
    assert [hit.article_id for hit in hits] == ["thrice", "twice", "once", "once-long"]
    assert hits[0].score > hits[1].score > hits[2].score > hits[3].score > 0
    assert not any(hit.title_hit for hit in hits)
    store.close()


def test_not_every_word_must_match_and_articles_holding_more_of_them_come_first(store: Store) -> None:
    found = ids(store, "passport bag", "en")
    assert found[0] == "travel-money"  # the only one with both words, though others have "passport" in the title
    assert set(found) == {"travel-money", "passport-rules", "employer-duties"}
    assert set(ids(store, "passport zebra", "en")) == {"travel-money", "passport-rules", "employer-duties"}
    assert ids(store, "zebra giraffe", "en") == []


@pytest.mark.parametrize(("query", "language"), [
    ("lost my passport", "en"), ("take it by the passport", "en"), ("мой патент", "ru"), ("у меня патент", "ru"),
])
def test_words_that_carry_no_meaning_never_block_or_reorder_a_result(store: Store, query: str, language: str) -> None:
    meaningful = {"en": "passport", "ru": "патент"}[language]
    found = ids(store, query, language)
    assert found and found == ids(store, meaningful, language)


def test_a_query_of_nothing_but_such_words_is_still_searched_as_typed(store: Store) -> None:
    assert ids(store, "your", "en")  # "Your passport": better than an empty screen


@pytest.mark.parametrize(("query", "language", "found"), [
    ("регистрацией", "ru", "registration"),
    ("registratsiey", "ru", "registration"),
    ("shartnomangizda", "uz-Latn", "study-fee"),
    ("шартномангизни", "uz-Cyrl", "study-fee"),
    ("келишимиңизди", "ky", "find-work"),
])
def test_other_endings_of_a_word_find_it_through_its_stem(store: Store, query: str, language: str, found: str) -> None:
    assert found in ids(store, query, language)


def test_limit_is_respected(store: Store) -> None:
    assert len(search_articles(store, "passport", "en", limit=1)) == 1
    assert search_articles(store, "passport", "en", limit=0) == []


# -- typing ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["pa", "pas", "pass", "passp", "passpo", "passpor", "passport"])
def test_the_word_being_typed_matches_as_a_prefix(store: Store, typed: str) -> None:
    assert "passport-rules" in ids(store, typed, "en")


def test_every_word_is_a_prefix_so_endings_do_not_matter(store: Store) -> None:
    assert sorted(ids(store, "passp keep", "en")[:2]) == ["employer-duties", "travel-money"]  # both words
    assert sorted(ids(store, "keep passp", "en")[:2]) == ["employer-duties", "travel-money"]
    # Shartnomani, oʻqing: Uzbek adds endings to the word typed.
    assert ids(store, "shartnoma oʻqi", "uz-Latn") == ["study-fee"]
    assert ids(store, "шартнома ўқинг", "uz-Latn") == ["study-fee"]


def test_russian_words_are_found_in_their_other_forms(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    insert_articles(store, [("arrival", "ru", "По приезде",
                             "Без регистрации работать нельзя. Сохраните миграционную карту.")])
    rebuild_index(store)
    for typed in ["registratsiya", "регистрация", "migratsionnaya karta", "миграционная карта", "kartu"]:
        assert ids(store, typed, "ru") == ["arrival"], typed
    [hit] = search_articles(store, "registratsiya", "ru")
    assert "Без <b>регистрации</b> работать" in hit.snippet
    assert ids(store, "registratura", "ru") == []
    store.close()


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
    # The heading ends at its line break, shown as a dot; link text stays, its target goes.
    assert hit.snippet.startswith("Keep your <b>PIN</b> safe · Never tell anyone your <b>PIN</b>. "
                                  "See the money article. Watch")
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
    hit = search_articles(store, "passport ask", "en")[0]  # the only article with both words comes first
    assert hit.article_id == "employer-duties"
    assert hit.snippet.count("<b>") == 5  # passport ×4 and Ask (the prefix), all within twenty words


def test_a_hit_deep_in_a_long_article_gets_its_own_snippet(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    body = " ".join(f"w{i}," if i % 7 == 0 else f"w{i}" for i in range(1000)) + " visa w1000 w1001."
    insert_articles(store, [("deep", "en", "Long", body)])
    rebuild_index(store)
    [hit] = search_articles(store, "visa", "en")
    # Near the end the window slides back, so it still holds twenty words.
    assert hit.snippet == ("…w983 w984 w985 w986 w987, w988 w989 w990 w991 w992 w993 w994, w995 w996 w997 w998 "
                           "w999 <b>visa</b> w1000 w1001.")
    [hit] = search_articles(store, "w500", "en")
    assert hit.snippet == ("…w495 w496 w497, w498 w499 <b>w500</b> w501 w502 w503 w504, w505 w506 w507 w508 w509 "
                           "w510 w511, w512 w513 w514…")
    store.close()


@pytest.fixture(scope="module")
def scratch_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path_factory.mktemp("snippets")))
    yield opened
    opened.close()


SNIPPET_WORDS = ["passport", "Passport", "PASSPORTS", "oʻqish", "o'qish", "OʻQISH", "Ўқиш", "ўқиш", "патент",
                 "Регистрация", "registratsiya", "tom's", "a&b", "<i>x</i>", "5", "it", "visa", "visas", "jumush",
                 "жумуш", "ҳуҷҷат", "hujjat", "«quoted»"]
GAPS = [" ", " ", " ", ", ", ". ", "\n\n", " — ", " (", ") ", "! ", " & ", " < "]


def reference_hits(store: Store, text: str, query: str, language: str) -> list[bool]:
    """Whether each word of ``text`` is a hit, straight from the definition (slow, obvious)."""
    wanted = [form for word in searched_words(store.db.conn, query, language) for form in word.forms]
    return [
        any(form == form_wanted or (prefix and form.startswith(form_wanted))
            for form_wanted, prefix in wanted for form in word_forms(word, language))
        for word in words(text)
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    chosen=st.lists(st.tuples(st.sampled_from(SNIPPET_WORDS), st.sampled_from(GAPS)), min_size=1, max_size=120),
    query=st.sampled_from(SNIPPET_WORDS).flatmap(lambda word: st.sampled_from([word, word[:3], word[:-1]])),
    language=st.sampled_from(TAGS),
    filler=st.integers(min_value=0, max_value=400),
)
def test_snippets_show_twenty_words_around_the_first_hit_with_every_hit_bold(
    scratch_store: Store, chosen: list[tuple[str, str]], query: str, language: str, filler: int
) -> None:
    # Filler first, so the first hit is sometimes deep in the text.
    body = " ".join(f"f{i}" for i in range(filler)) + " " + "".join(word + gap for word, gap in chosen)
    with scratch_store.transaction() as db:
        db.execute("DELETE FROM articles")
    insert_articles(scratch_store, [("a", language, "Title", body)])
    rebuild_index(scratch_store)
    hits = search_articles(scratch_store, query, language)
    plain = strip_markdown(body, language)
    expected = reference_hits(scratch_store, plain, query, language)
    if not any(expected):
        assert hits == [] or hits[0].title_hit
        return
    [hit] = hits
    assert "<" not in re.sub(r"</?b>", "", hit.snippet)  # everything but our tags is escaped
    shown_words: list[str] = []
    bold: list[bool] = []
    for part in re.split(r"(<b>.*?</b>)", hit.snippet):
        found = words(html.unescape(re.sub(r"</?b>", "", part)))
        shown_words += found
        bold += [part.startswith("<b>")] * len(found)
    all_words = words(plain)
    first = expected.index(True)
    size = len(shown_words)
    assert size == min(20, len(all_words))
    # Some window of the text, containing the first hit, shows exactly these words with these in bold.
    assert any(
        all_words[start : start + size] == shown_words and expected[start : start + size] == bold
        and start <= first < start + size
        for start in range(len(all_words) - size + 1)
    ), (hit.snippet, first)


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
    assert ids(store, "body:passport", "en") == ids(store, "body passport", "en")  # words, not a column filter
    assert ids(store, '"passport', "en") == ids(store, "passport", "en")


def test_long_input_is_cut_to_twelve_words(store: Store) -> None:
    match = to_match_query(" ".join(f"w{i}" for i in range(100)), "en")
    assert match is not None and match.count('"') == 2 * 12
    assert to_match_query("y" * 10_000, "en") == '("' + "y" * 64 + '"* OR "' + "y" * 63 + 'i"*)'  # word and stem


def test_unknown_language_is_a_caller_error(store: Store) -> None:
    with pytest.raises(UnknownLanguage):
        search_articles(store, "passport", "de")


# What a MATCH string may look like: groups of quoted forms joined by OR, groups by AND.
_FORM = r'"[^\W_]+"\*?'
_GROUP = rf"(?:{_FORM}|\({_FORM}(?: OR {_FORM})+\))"
SAFE_MATCH = re.compile(rf"{_GROUP}(?: (?:AND|OR) {_GROUP})*")


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


def test_an_index_written_by_other_code_is_rebuilt_once(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    insert_articles(store, ARTICLES[:2])
    assert ensure_index(store) == 2  # never built
    assert store.get_meta("search_index_format") == INDEX_FORMAT
    assert ensure_index(store) is None
    store.set_meta("search_index_format", "0")
    store.db.execute("UPDATE article_search SET display = 'old layout'")
    assert ensure_index(store) == 2
    [hit] = search_articles(store, "nobody", "en")
    assert hit.snippet.startswith("<b>Nobody</b> may take it")
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


@pytest.mark.parametrize("language", ["ru", "uz-Cyrl", "en"])
def test_a_snippet_shows_a_placeholder_as_the_operators_words_not_a_gap(scratch_store: Store, language: str) -> None:
    # The snippet used to drop the placeholder and leave "Спросите совета здесь: ."
    with scratch_store.transaction() as db:
        db.execute("DELETE FROM articles")
    insert_articles(scratch_store, [("advice", language, "Title",
                                     "Licences. Ask advice here: [[FILL: name of the licensing body]].")])
    rebuild_index(scratch_store)
    [hit] = search_articles(scratch_store, "licences", language)
    assert html.unescape(re.sub(r"</?b>", "", hit.snippet)).endswith(f": {operator_text(language)}.")
    assert "FILL" not in hit.snippet


@pytest.mark.parametrize(("query", "language", "found"), [
    ("прописка", "ru", "registration"),    # the shipped list: прописка = регистрация
    ("propiska", "ru", "registration"),
    ("сделать прописку", "ru", "registration"),
])
def test_an_everyday_word_finds_the_word_the_articles_use(store: Store, query: str, language: str,
                                                           found: str) -> None:
    assert found in ids(store, query, language)
    assert found not in ids(store, "зебра", language)


def test_an_everyday_phrase_holding_a_stop_word_is_one_word_of_the_query() -> None:
    # "не" alone means nothing to search; "не платят" (not paid) is the wages article's subject.
    [word] = query_terms("не платят", "ru")
    assert word.has_meaning and ("задержка", True) in word.forms
    assert not any(form == "не" for form, _ in word.forms)


def test_an_everyday_word_with_an_ending_the_list_does_not_show_still_finds_its_meaning() -> None:
    # The list says прописка; people write прописканы ("the registration", Kyrgyz accusative).
    [word] = query_terms("прописканы", "ky")
    assert word.has_meaning and ("каттоо", True) in word.forms
