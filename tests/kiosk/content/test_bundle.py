"""`kiosk content build`: tree -> one deterministic JSON bundle -> the local cache, in one transaction."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from kiosk.content import ContentError
from kiosk.content.articles import ContentTree, articles_for_topic, get_article, read_tree
from kiosk.content.bundle import BundleRefused, apply_tree, build_bundle, load_bundle, main_build
from kiosk.content.topics import Topic, topic_names
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store
from tests.kiosk.content.tree_fixtures import TREES, make_tree

TABLES = ("topics", "topic_names", "articles")



def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {table: store.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path / "data"))
    yield opened
    opened.close()


def test_build_writes_one_json_file_with_every_language(tmp_path: Path) -> None:
    out = tmp_path / "out" / "content.json"
    summary = build_bundle(make_tree(tmp_path / "content"), out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert [topic["id"] for topic in data["topics"]] == ["documents", "rights-at-work"]
    assert data["topics"][0]["names"]["uz-Cyrl"] == "Ҳужжатлар"
    assert len(data["articles"]) == 18
    assert {a["language"] for a in data["articles"]} == {"uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en"}
    generated = [a for a in data["articles"] if a["generated"]]
    assert [(a["id"], a["language"], a["source"]) for a in generated] == [
        ("passport", "uz-Cyrl", "articles/documents/passport.uz-Latn.md"),
        ("registration", "uz-Cyrl", "articles/documents/registration.uz-Latn.md"),
        ("work-contract", "uz-Cyrl", "articles/rights-at-work/work-contract.uz-Latn.md"),
    ]
    png = (TREES / "good/images/passport.png").read_bytes()
    assert data["images"] == {"images/passport.png": {"sha256": hashlib.sha256(png).hexdigest(), "size": len(png)}}
    assert (summary.topics, summary.articles, summary.images) == (2, 18, 1)
    assert summary.languages == ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en")
    assert summary.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert summary.size == out.stat().st_size
    assert "Ваш паспорт" in out.read_text(encoding="utf-8")  # UTF-8, not \\u escapes
    assert not out.with_name("content.json.part").exists()


def test_the_same_tree_gives_the_same_bytes_wherever_it_is(tmp_path: Path) -> None:
    first = make_tree(tmp_path / "one")
    second = make_tree(tmp_path / "somewhere" / "else")
    (second / "articles/documents/passport.en.md").touch()  # times do not matter
    build_bundle(first, tmp_path / "a.json")
    build_bundle(first, tmp_path / "b.json")
    build_bundle(second, tmp_path / "c.json")
    a = (tmp_path / "a.json").read_bytes()
    assert a == (tmp_path / "b.json").read_bytes() == (tmp_path / "c.json").read_bytes()
    assert str(tmp_path).encode() not in a


def test_a_changed_article_changes_the_bundle(tmp_path: Path) -> None:
    root = make_tree(tmp_path / "content")
    before = build_bundle(root, tmp_path / "a.json").sha256
    path = root / "articles/documents/registration.en.md"
    path.write_text(path.read_text(encoding="utf-8").replace("seven", "ten"), encoding="utf-8")
    assert build_bundle(root, tmp_path / "b.json").sha256 != before


def test_build_refuses_a_tree_with_errors_and_leaves_the_old_bundle(tmp_path: Path) -> None:
    out = tmp_path / "content.json"
    out.write_text("the previous bundle", encoding="utf-8")
    root = make_tree(tmp_path / "content", "broken-link", "bad-fields")
    with pytest.raises(BundleRefused) as caught:
        build_bundle(root, out)
    assert isinstance(caught.value, ContentError)
    assert caught.value.path == root / "articles/documents/passport.ru.md"
    assert caught.value.line == 14
    assert "6 errors, 0 warnings in 16 files" in caught.value.message
    assert len(caught.value.report.errors) == 6
    assert out.read_text(encoding="utf-8") == "the previous bundle"


def test_warnings_do_not_stop_a_build(tmp_path: Path) -> None:
    summary = build_bundle(make_tree(tmp_path / "content", "placeholders"), tmp_path / "content.json")
    assert len(summary.warnings) == 4


def test_build_load_apply_query_round_trip(tmp_path: Path, store: Store) -> None:
    root = make_tree(tmp_path / "content")
    build_bundle(root, tmp_path / "content.json")
    loaded = load_bundle(tmp_path / "content.json")
    direct = read_tree(root)
    assert loaded.topics == direct.topics
    assert [replace(a, path=Path("x")) for a in loaded.articles] == [
        replace(a, path=Path("x")) for a in direct.articles
    ]
    assert loaded.articles[0].path == Path("articles/documents/passport.uz-Latn.md")

    apply_tree(store, loaded)
    assert topic_names(store, "uz-Cyrl") == [("documents", "Ҳужжатлар"), ("rights-at-work", "Ишдаги ҳуқуқлар")]
    assert [s.id for s in articles_for_topic(store, "documents", "tg")] == ["passport", "registration"]
    article = get_article(store, "work-contract", "uz-Cyrl")
    assert article is not None
    assert article.title == "Меҳнат шартномангиз"
    assert "[Паспорт](article:passport)" in article.body
    assert article.sources == ("Mehnat kodeksi, 57-modda",)


def test_apply_replaces_what_was_there_including_topics_that_are_gone(tmp_path: Path, store: Store) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    apply_tree(store, tree)
    smaller = ContentTree(tree.topics[:1], tuple(a for a in tree.articles if a.topic == "documents"))
    apply_tree(store, smaller)
    assert [row[0] for row in store.db.execute("SELECT id FROM topics")] == ["documents"]
    assert articles_for_topic(store, "rights-at-work", "en") == []
    assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 12


def test_apply_is_all_or_nothing(tmp_path: Path, store: Store) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    apply_tree(store, tree)
    before = snapshot(store)

    visas = Topic("visas", "visa", {tag: "Visas" for tag in ("uz-Latn", "uz-Cyrl", "ru", "ky", "tg", "en")})
    renamed = [replace(a, title="New " + a.title) for a in tree.articles]
    # The last article names a topic the new tree does not have: the insert fails after
    # topics were replaced and most articles were written.
    renamed[-1] = replace(renamed[-1], topic="nowhere")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        apply_tree(store, ContentTree((*tree.topics, visas), tuple(renamed)))

    assert snapshot(store) == before
    assert not store.db.conn.in_transaction
    apply_tree(store, tree)  # and the store is still usable
    assert snapshot(store) == before


def test_apply_inside_a_seed_runs_in_the_seeding_transaction(tmp_path: Path) -> None:
    tree = read_tree(make_tree(tmp_path / "content"))
    store = open_store(DataPaths(tmp_path / "data"), seed=lambda s: apply_tree(s, tree))
    try:
        assert store.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 18
        assert store.get_meta("seeded") is not None
    finally:
        store.close()


def test_load_bundle_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    path = tmp_path / "content.json"
    path.write_text('{"format": 2, "topics": [], "articles": [], "images": {}}', encoding="utf-8")
    with pytest.raises(ContentError, match="bundle format 2; this kiosk reads format 1"):
        load_bundle(path)
    path.write_text('{\n"format": 1,\n"topics": [\n', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_bundle(path)
    assert caught.value.line == 4
    path.write_text('{"format": 1, "topics": [{"id": "x"}], "articles": []}', encoding="utf-8")
    with pytest.raises(ContentError, match="not a content bundle: KeyError"):
        load_bundle(path)


def test_main_build_reports_what_it_wrote(tmp_path: Path) -> None:
    out, stdout = tmp_path / "content.json", io.StringIO()
    assert main_build(make_tree(tmp_path / "content", "placeholders"), out, stdout) == 0
    lines = stdout.getvalue().splitlines()
    assert len(lines) == 5 and all(": warning: placeholder to fill: " in line for line in lines[:4])
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert lines[4] == (f"wrote {out}: 2 topics, 18 articles in 6 languages, 1 images, "
                        f"{out.stat().st_size} bytes, sha256 {digest}")


def test_main_build_lists_the_errors_and_writes_nothing(tmp_path: Path) -> None:
    out, stdout = tmp_path / "content.json", io.StringIO()
    root = make_tree(tmp_path / "content", "broken-link")
    assert main_build(root, out, stdout) == 1
    assert stdout.getvalue().splitlines() == [
        f"{root}/articles/documents/passport.ru.md:14: error: link to article 'visa', which does not exist",
        f"1 error, 0 warnings in 16 files; {out} not written",
    ]
    assert not out.exists()
