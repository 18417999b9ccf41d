"""Reading article files and trees, uz-Cyrl generation, and articles in the local cache."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.content import ContentError, markdown
from kiosk.content.articles import (
    ArticleSummary,
    articles_for_topic,
    get_article,
    read_article,
    read_tree,
    replace_articles,
)
from kiosk.content.topics import replace_topics
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store
from kiosk.text.uzbek import latin_to_cyrillic
from tests.kiosk.content.tree_fixtures import TREES, make_tree


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path / "data"))
    yield opened
    opened.close()


def test_read_article_gives_front_matter_title_and_body_without_the_title() -> None:
    article = read_article(TREES / "good/articles/documents/passport.en.md")
    assert (article.id, article.topic, article.language, article.order) == ("passport", "documents", "en", 1)
    assert article.updated == date(2025, 3, 1)
    assert article.sources == ("Law on Exit and Entry, art. 5", "Consular rules, para. 12")
    assert article.url == "https://example.org/passport"
    assert article.title == "Your passport"
    assert article.body.startswith("Keep your passport with you.")
    assert article.body.endswith("[official rules](https://example.org/rules_2025).")
    assert not article.generated


def test_url_is_optional() -> None:
    assert read_article(TREES / "good/articles/documents/registration.en.md").url == ""


def test_read_article_raises_at_the_file_and_line_of_the_first_problem() -> None:
    path = TREES / "bad-fields/articles/documents/registration.en.md"
    with pytest.raises(ContentError) as caught:
        read_article(path)
    assert (caught.value.path, caught.value.line) == (path, 4)
    assert str(caught.value) == f"{path}:4: order 0 must be a whole number from 1"


def test_a_toml_error_is_reported_at_its_file_line_not_its_front_matter_line() -> None:
    path = TREES / "bad-toml/articles/documents/passport.ru.md"
    with pytest.raises(ContentError) as caught:
        read_article(path)
    assert caught.value.line == 3
    assert caught.value.message.startswith("front matter is not valid TOML")


def test_read_article_raises_on_a_markdown_error_but_not_on_a_placeholder() -> None:
    assert "[[FILL: number of days]]" in read_article(
        TREES / "placeholders/articles/documents/registration.en.md").body
    with pytest.raises(ContentError) as caught:
        read_article(TREES / "empty-body/articles/documents/passport.tg.md")
    assert caught.value.line == 9


def test_windows_line_endings_and_a_byte_order_mark_are_accepted(tmp_path: Path) -> None:
    source = TREES / "good/articles/documents/registration.en.md"
    folder = tmp_path / "documents"
    folder.mkdir()
    copy = folder / source.name
    copy.write_bytes(b"\xef\xbb\xbf" + source.read_bytes().replace(b"\n", b"\r\n"))
    assert read_article(copy) == replace(read_article(source), path=copy)


def test_read_tree_has_topics_in_order_and_every_language_with_uz_cyrl_generated(tmp_path: Path) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    assert [topic.id for topic in tree.topics] == ["documents", "rights-at-work"]
    assert len(tree.articles) == 3 * 6
    assert [(a.id, a.language) for a in tree.articles][:6] == [
        ("passport", tag) for tag in ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en")
    ]
    cyrillic = tree.article("passport", "uz-Cyrl")
    assert cyrillic is not None and cyrillic.generated
    assert cyrillic.title == "Паспортингиз"
    assert cyrillic.path.name == "passport.uz-Latn.md"
    assert cyrillic.sources == ("Chiqish va kirish toʻgʻrisidagi qonun, 5-modda",)  # citations kept as written


def test_generated_uz_cyrl_keeps_link_targets_addresses_and_image_paths(tmp_path: Path) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    passport = tree.article("passport", "uz-Cyrl")
    contract = tree.article("work-contract", "uz-Cyrl")
    assert passport is not None and contract is not None
    assert "![Паспортнинг расмли саҳифаси](images/passport.png)" in passport.body
    assert "[меҳнат шартномаси](article:work-contract)" in passport.body
    assert "[расмий қоидалар](https://lex.uz/docs/123)" in passport.body
    # "passport" and "lex" are spelt with Uzbek letters, so they would change if touched
    assert "[Паспорт](article:passport)" in contract.body
    assert "Манба: https://lex.uz/docs/6257288" in contract.body


def test_generated_uz_cyrl_keeps_placeholders(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content")
    path = root / "articles/documents/registration.uz-Latn.md"
    path.write_text(path.read_text(encoding="utf-8") + "\nQoʻngʻiroq qiling: [[FILL: ishonch telefoni raqami]].\n",
                    encoding="utf-8")
    article = read_tree(root).article("registration", "uz-Cyrl")
    assert article is not None
    assert article.body.endswith("Қўнғироқ қилинг: [[FILL: ishonch telefoni raqami]].")


def test_a_hand_written_uz_cyrl_is_used_instead_of_a_generated_one(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content")
    (root / "articles/documents/passport.uz-Cyrl.md").write_text(
        '+++\nid = "passport"\ntopic = "documents"\norder = 1\nupdated = 2025-03-05\nsources = ["Қонун"]\n+++\n\n'
        "# Қўлда ёзилган\n\nМатн.\n",
        encoding="utf-8",
    )
    article = read_tree(root).article("passport", "uz-Cyrl")
    assert article is not None and not article.generated
    assert (article.title, article.body, article.updated) == ("Қўлда ёзилган", "Матн.", date(2025, 3, 5))


def test_read_tree_refuses_data_it_cannot_load(tmp_path: Path) -> None:
    for tree, line in (("unknown-topic", 3), ("duplicate-id", 2), ("bad-fields", 4), ("bad-topics", 4)):
        root = make_tree(tmp_path / tree, tree)
        with pytest.raises(ContentError) as caught:
            read_tree(root)
        assert caught.value.line == line, tree


def test_read_tree_accepts_an_incomplete_tree(tmp_path: Path) -> None:
    """Missing translations, broken links and placeholders are for `kiosk content check`, not for loading."""
    tree = read_tree(make_tree(tmp_path / "content", "missing-translation", "broken-link", "placeholders"))
    assert {a.language for a in tree.articles if a.id == "overtime"} == {"en", "ru", "uz-Latn", "uz-Cyrl"}


def test_a_tree_without_articles_reads_as_just_topics(tmp_path: Path) -> None:
    root = tmp_path / "content"
    root.mkdir()
    shutil.copy(TREES / "good/topics.toml", root)
    tree = read_tree(root)
    assert len(tree.topics) == 2 and tree.articles == ()


def test_articles_are_stored_and_listed_per_topic_and_language(tmp_path: Path, store: Store) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    replace_topics(store, list(tree.topics))
    replace_articles(store, tree.articles)
    assert articles_for_topic(store, "documents", "en") == [
        ArticleSummary("passport", "Your passport", 1),
        ArticleSummary("registration", "Registering where you live", 2),
    ]
    assert [s.title for s in articles_for_topic(store, "documents", "uz-Cyrl")] == [
        "Паспортингиз", "Яшаш жойида рўйхатдан ўтиш",
    ]
    assert articles_for_topic(store, "documents", "fr") == []

    stored = get_article(store, "passport", "en")
    original = tree.article("passport", "en")
    assert stored is not None and original is not None
    assert (stored.id, stored.topic, stored.language, stored.order, stored.updated, stored.sources, stored.url,
            stored.title, stored.body) == (
        original.id, original.topic, original.language, original.order, original.updated, original.sources,
        original.url, original.title, original.body)
    assert store.db.execute(
        "SELECT sources FROM articles WHERE id = 'passport' AND language = 'ru'").fetchone()[0] == (
        '["Закон о выезде и въезде, ст. 5"]')
    assert get_article(store, "visa", "en") is None


def test_replace_articles_swaps_everything(tmp_path: Path, store: Store) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    replace_topics(store, list(tree.topics))
    replace_articles(store, tree.articles)
    replace_articles(store, [a for a in tree.articles if a.id == "registration"])
    assert store.db.execute("SELECT DISTINCT id FROM articles").fetchall() == [("registration",)]


def test_replace_articles_is_all_or_nothing(tmp_path: Path, store: Store) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    replace_topics(store, list(tree.topics))
    replace_articles(store, tree.articles)
    before = store.db.execute("SELECT * FROM articles ORDER BY id, language").fetchall()
    broken = [*tree.articles[:-1], replace(tree.articles[-1], topic="visas")]
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        replace_articles(store, broken)
    assert store.db.execute("SELECT * FROM articles ORDER BY id, language").fetchall() == before


PROSE = st.text(alphabet="abdeghijklmnopqrstuvxyzʻ ,.*-#\n", max_size=30)
SPANS = st.one_of(
    st.from_regex(r"\]\(article:[a-z]{1,8}(-[a-z]{1,8})?\)", fullmatch=True),
    st.from_regex(r"\]\(images/[a-z]{1,8}\.png\)", fullmatch=True),
    st.from_regex(r"\[\[FILL: [a-z ]{1,12}\]\]", fullmatch=True),
    st.from_regex(r"https://[a-z]{1,8}\.uz/[a-z0-9]{0,8}", fullmatch=True),
)


@given(st.lists(st.tuples(PROSE, SPANS), max_size=5), PROSE)
def test_transliteration_never_touches_protected_spans(pieces: list[tuple[str, str]], tail: str) -> None:
    text = "".join(prose + " " + span + " " for prose, span in pieces) + tail
    result = markdown.transliterate(text, latin_to_cyrillic)
    position = 0
    for _, span in pieces:
        found = result.find(span, position)
        assert found >= 0, (span, result)
        position = found + len(span)
