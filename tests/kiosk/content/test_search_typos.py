"""Article search when the words typed are not the articles' words: typos, and queries nothing matches."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.content.search import (
    HELP_ARTICLE,
    TopicTile,
    ensure_index,
    index_article,
    index_row,
    rebuild_index,
    search,
    search_articles,
    searched_words,
    unindex_article,
    write_index,
)
from kiosk.paths import DataPaths
from kiosk.store import Store, migrations, open_store

TOPICS = [("documents", 0, "passport", "Documents"), ("work", 1, "briefcase", "Work"),
          ("trouble", 2, "help", "Trouble abroad")]
# (id, language, topic, title, body)
ARTICLES = [
    ("keep-your-passport", "en", "documents", "Keep your passport", "Nobody may take your passport from you."),
    ("wages", "en", "work", "Wages and payslips", "Your employer must pay your salary on time, with a payslip."),
    ("hospital", "en", "work", "Health insurance", "Insurance covers the hospital and the doctor."),
    (HELP_ARTICLE, "en", "trouble", "Where to get help", "Call the embassy or a hotline."),
    ("passport-ru", "ru", "documents", "Паспорт", "Никто не может забрать ваш паспорт."),
    ("registration", "ru", "documents", "Регистрация по месту пребывания", "Регистрация обязательна."),
    ("contract", "uz-Latn", "work", "Shartnoma", "Shartnomani oʻqing va imzolang."),
    ("wages-uz", "uz-Latn", "work", "Ish haqi", "Ish haqi vaqtida toʻlanadi."),
    ("passport-tg", "tg", "documents", "Шиноснома", "Шиносномаи худро ба касе надиҳед."),
]


def fill(store: Store, articles: list[tuple[str, str, str, str, str]]) -> None:
    with store.transaction() as db:
        for topic_id, position, icon, name in TOPICS:
            db.execute("INSERT OR IGNORE INTO topics(id, position, icon) VALUES (?, ?, ?)", [topic_id, position, icon])
            db.execute("INSERT OR IGNORE INTO topic_names(topic_id, language, name) VALUES (?, 'en', ?)",
                       [topic_id, name])
        for position, (article_id, language, topic_id, title, body) in enumerate(articles):
            db.execute(
                "INSERT INTO articles(id, language, topic_id, position, title, body, updated, sources) "
                "VALUES (?, ?, ?, ?, ?, ?, '2025-01-01', '[]')",
                [article_id, language, topic_id, position, title, body],
            )


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path_factory.mktemp("typos")))
    fill(opened, ARTICLES)
    rebuild_index(opened)
    yield opened
    opened.close()


def ids(store: Store, query: str, language: str) -> list[str]:
    return [hit.article_id for hit in search_articles(store, query, language)]


# -- typos ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "language", "found", "shown"), [
    ("pasprt", "en", "keep-your-passport", "passport"),     # a letter dropped, and ss typed as s
    ("pasportt", "en", "keep-your-passport", "passport"),   # doubled letters typed wrong cost nothing
    ("emploer", "en", "wages", "employer"),                # a letter dropped
    ("паспрот", "ru", "passport-ru", "паспорт"),            # two letters swapped
    ("pasprt", "ru", "passport-ru", "паспорт"),             # in Latin letters, as Russian is often typed
    ("регистрацея", "ru", "registration", "регистрация"),    # a letter changed
    ("shartnma", "uz-Latn", "contract", "shartnoma"),
    ("шартнма", "uz-Latn", "contract", "shartnoma"),       # the other script, and a typo
    ("ish xaqqi", "uz-Latn", "wages-uz", "ish haqi"),       # x for h and a doubled letter are one confusion
    ("шинасномa", "tg", "passport-tg", "шиноснома"),
])
def test_a_mistyped_word_finds_the_word_meant_and_says_which(
    store: Store, typed: str, language: str, found: str, shown: str
) -> None:
    answer = search(store, typed, language)
    assert [hit.article_id for hit in answer.hits][:1] == [found]
    assert answer.searched_for == shown


def test_the_rest_of_the_query_is_kept_as_typed_in_what_was_searched_for(store: Store) -> None:
    assert search(store, "my  pasprt is gone", "en").searched_for == "my passport is gone"


@pytest.mark.parametrize("typed", ["passport", "passp", "payslips", "Passport"])
def test_a_word_the_articles_hold_is_never_corrected(store: Store, typed: str) -> None:
    answer = search(store, typed, "en")
    assert answer.hits and answer.searched_for == ""
    assert all(not word.shown for word in searched_words(store.db.conn, typed, "en"))


def test_short_words_are_not_guessed_at(store: Store) -> None:
    # Under four letters a single edit reaches too many words: "pai" is not "pay".
    assert search(store, "pai", "en").searched_for == ""


def test_a_corrected_word_is_bold_in_the_snippet(store: Store) -> None:
    [hit] = [hit for hit in search_articles(store, "emploer", "en") if hit.article_id == "wages"]
    assert "<b>employer</b>" in hit.snippet


# -- nothing matches ----------------------------------------------------------------------------------


def test_when_nothing_matches_the_closest_topics_and_the_help_article_are_offered(store: Store) -> None:
    answer = search(store, "hospitalisation", "en")  # shares most letters with "hospital", but is no typo of it
    assert answer.hits == []
    assert answer.closest_topics[0] == TopicTile("work", "Work", "briefcase")
    assert answer.help_article == (HELP_ARTICLE, "Where to get help")


def test_when_no_topic_is_close_every_topic_is_offered_in_order(store: Store) -> None:
    answer = search(store, "qqqqzzz", "en")
    assert answer.hits == []
    assert [tile.topic_id for tile in answer.closest_topics] == ["documents", "work", "trouble"]
    assert answer.help_article == (HELP_ARTICLE, "Where to get help")


def test_a_language_without_the_help_article_offers_the_topics_alone(store: Store) -> None:
    answer = search(store, "qqqqzzz", "ru")
    assert answer.hits == [] and answer.help_article is None


def test_an_empty_query_gets_an_empty_answer(store: Store) -> None:
    answer = search(store, "  ", "en")
    assert answer.hits == [] and answer.closest_topics == [] and answer.help_article is None


# -- the vocabulary follows the index -----------------------------------------------------------------


def vocabulary(store: Store) -> tuple[list[tuple[str, str, int]], list[tuple[str, ...]]]:
    words = store.db.execute("SELECT scope, term, articles FROM article_search_words ORDER BY 1, 2").fetchall()
    grams = store.db.execute("SELECT * FROM article_search_grams ORDER BY 1, 2, 3, 4").fetchall()
    return [tuple(row) for row in words], [tuple(row) for row in grams]  # type: ignore[misc]


def test_an_article_taken_out_takes_its_words_with_it(tmp_path: Path) -> None:
    store = open_store(DataPaths(tmp_path))
    fill(store, ARTICLES)
    rebuild_index(store)
    assert ids(store, "insurnce", "en") == ["hospital"]
    with store.transaction() as db:
        unindex_article(db.conn, "hospital", "en")
    assert ids(store, "insurnce", "en") == []
    assert store.db.execute("SELECT count(*) FROM article_search_grams WHERE term = 'insurance'").fetchone()[0] == 0
    store.close()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(range(len(ARTICLES))), st.booleans(),
                                st.sampled_from(["", " payslip", " passport passport", " новый паспорт"])),
                      max_size=12))
def test_articles_indexed_one_by_one_leave_the_vocabulary_a_whole_rebuild_writes(
    tmp_path_factory: pytest.TempPathFactory, steps: list[tuple[int, bool, str]]
) -> None:
    store = open_store(DataPaths(tmp_path_factory.mktemp("vocabulary")))
    current = {(a[0], a[1]): a for a in ARTICLES}
    fill(store, ARTICLES)
    rebuild_index(store)
    with store.transaction() as db:
        for which, keep, extra in steps:
            article_id, language, topic_id, title, body = ARTICLES[which]
            if keep:
                current[(article_id, language)] = (article_id, language, topic_id, title, body + extra)
                row = index_row(article_id, language, title, body + extra)
                assert row is not None
                index_article(db.conn, row)
            else:
                current.pop((article_id, language), None)
                unindex_article(db.conn, article_id, language)
    one_by_one = vocabulary(store)
    with store.transaction() as db:
        rows = [index_row(a[0], a[1], a[3], a[4]) for a in current.values()]
        write_index(db.conn, [row for row in rows if row is not None])
    assert one_by_one == vocabulary(store)
    store.close()


def test_a_cache_from_before_the_vocabulary_gains_it_and_corrects_typos_once_reindexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setattr("kiosk.store.database.MIGRATIONS", migrations.MIGRATIONS[:12])
        patch.setattr("kiosk.store.database.LATEST_VERSION", 12)
        old = open_store(DataPaths(tmp_path))
        fill(old, ARTICLES)
        old.close()
    store = open_store(DataPaths(tmp_path))
    assert store.schema_version == migrations.LATEST_VERSION
    assert ensure_index(store) == len(ARTICLES)  # written by no code that kept a vocabulary
    assert search(store, "pasprt", "en").searched_for == "passport"
    store.close()
