"""The pieces behind the console's previews: article files composed from fields, the word-level diff,
and drafts kept until they are published or dropped."""

from __future__ import annotations

import tomllib
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from kiosk.content.articles import parse_article
from kiosk.content.topics import read_topics
from kiosk.release.records import read_datasets
from sync.central.console import drafts
from sync.central.console.changes import describe, word_diff
from sync.central.console.content_source import ArticleFields, article_file, toml_string, topics_file, write_tree
from sync.central.database import make_engine, migrate
from sync.central.filestore import FileStore
from sync.central.tables import console_drafts
from sync.protocol.canonical import canonical_bytes

TRICKY = ['plain', 'a "quoted" word', "it's", "back\\slash \\n not a newline", "tab\there", "«Ўзбек» oʻgʻil",
          "'''", '"""', "# not a comment", "[[FILL: x]]", "\u007f delete", "emoji 🙂", "trailing space "]
NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", TRICKY)
def test_a_toml_string_reads_back_as_exactly_the_text(text: str) -> None:
    assert tomllib.loads(f"value = {toml_string(text)}")["value"] == text


def _fields(**changes: object) -> ArticleFields:
    given: dict[str, object] = {
        "id": "keep-your-passport", "topic": "documents", "language": "ru", "order": 3,
        "updated": date(2026, 12, 4), "sources": ("Трудовой кодекс, ст. 57", 'ILO "C029"'), "url": "",
        "title": "Паспорт «всегда» с собой", "body": "Не отдавайте паспорт.\n\n## Если забрали\n\n- Просите вернуть."}
    given.update(changes)
    return ArticleFields(**given)  # type: ignore[arg-type]


def test_an_article_file_composed_from_fields_is_read_by_the_kiosk_as_those_fields(tmp_path: Path) -> None:
    fields = _fields(title="It's \"quoted\" \\ and «Ўзбек»", sources=tuple(TRICKY[:6]), url="https://example.org/a")
    path = tmp_path / "articles" / "documents" / "keep-your-passport.ru.md"
    path.parent.mkdir(parents=True)
    path.write_text(article_file(fields), encoding="utf-8")
    parsed = parse_article(path)
    assert parsed.errors == ()
    assert parsed.article is not None
    assert (parsed.article.title, parsed.article.body, parsed.article.sources, parsed.article.url) == \
        (fields.title, fields.body, fields.sources, fields.url)
    assert (parsed.article.order, parsed.article.updated, parsed.article.topic) == (3, date(2026, 12, 4), "documents")


def test_a_date_that_is_not_one_is_written_so_the_checker_names_its_line(tmp_path: Path) -> None:
    text = article_file(_fields(updated="yesterday", sources=()))
    path = tmp_path / "articles" / "documents" / "keep-your-passport.ru.md"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    lines = text.split("\n")
    problems = {(error.line, error.message.split(" must ")[0]) for error in parse_article(path).errors}
    assert (lines.index('updated = "yesterday"') + 1, "updated 'yesterday'") in problems
    assert (lines.index("sources = []") + 1, "sources") in problems


def test_topics_keep_a_hand_written_uz_cyrl_name_and_leave_out_a_made_one(tmp_path: Path) -> None:
    records = [
        {"key": "topic:b", "id": "b", "position": 1, "icon": "work",
         "names": {"en": "B", "ru": "Б", "uz-Latn": "Ish", "uz-Cyrl": "Ҳандмэйд", "ky": "Б", "tg": "Б"}},
        {"key": "topic:a", "id": "a", "position": 0, "icon": "suitcase",
         "names": {"en": "A \"q\"", "ru": "А", "uz-Latn": "Ish", "uz-Cyrl": "Иш", "ky": "А", "tg": "А"}},
    ]
    text = topics_file(records)
    assert "Ҳандмэйд" in text and 'uz-Cyrl = "Иш"' not in text
    path = tmp_path / "topics.toml"
    path.write_text(text, encoding="utf-8")
    topics = read_topics(path)
    assert [(t.id, t.icon, t.names) for t in topics] == [("a", "suitcase", records[1]["names"]),
                                                          ("b", "work", records[0]["names"])]


def test_a_tree_written_from_the_repositorys_records_reads_back_to_the_same_records(tmp_path: Path) -> None:
    content = Path(__file__).resolve().parents[4] / "content"
    records = read_datasets(content.resolve())["content"]
    write_tree(records, tmp_path / "tree")
    again = read_datasets((tmp_path / "tree").resolve())["content"]
    assert [canonical_bytes(record) for record in again] == [canonical_bytes(record) for record in records]


def test_a_word_diff_marks_whole_changed_phrases_and_keeps_the_rest() -> None:
    assert word_diff("Keep your passport with you.", "Keep the passport with you always.") == [
        ["same", "Keep "], ["del", "your"], ["ins", "the"], ["same", " passport with "], ["del", "you."],
        ["ins", "you always."]]
    assert word_diff("with you\n\nYour passport", "with you, always\n\nYour passport") == [
        ["same", "with "], ["del", "you"], ["ins", "you, always"], ["same", "\n\nYour passport"]]
    assert word_diff("same", "same") == [["same", "same"]]


def test_a_long_unchanged_stretch_is_cut_to_its_ends() -> None:
    middle = "word " * 400
    segments = word_diff(f"Start. {middle}End.", f"Begin. {middle}End!")
    kinds = [kind for kind, _ in segments]
    assert kinds == ["del", "ins", "same", "del", "ins"]
    cut = segments[2][1]
    assert len(cut) < 500 and "\n…\n" in cut


def test_describe_names_what_changes_by_kind_and_diffs_changed_articles() -> None:
    Datasets = dict[str, list[dict[str, Any]]]
    place = {"key": "location:p", "names": {"en": "Place (fictional)"}}
    old: Datasets = {"content": [{"key": "article:a:en", "language": "en", "title": "Old", "body": "x"},
                                 {"key": "topic:t", "names": {"en": "Topic"}}],
                     "booking": [place]}
    new: Datasets = {"content": [{"key": "article:a:en", "language": "en", "title": "New", "body": "x"}],
                     "booking": [place, {"key": "service:s", "names": {"ru": "Услуга"}}]}
    described = describe(old, new)
    assert [(d["dataset"], d["counts"]) for d in described["datasets"]] == [
        ("content", {"added": 0, "changed": 1, "removed": 1}), ("booking", {"added": 1, "changed": 0, "removed": 0})]
    assert described["datasets"][0]["removed"][0]["names"] == {"en": "Topic"}
    assert described["datasets"][1]["added"][0] | {"names": None} == {
        "key": "service:s", "kind": "service", "names": None, "language": None, "generated": False}
    assert described["diffs"][0]["segments"] == [["same", "# "], ["del", "Old"], ["ins", "New"],
                                                 ["same", "\n\nx"]]


# -- drafts ------------------------------------------------------------------------------------------


@pytest.fixture
def engine(tmp_path: Path) -> Engine:
    made = make_engine(str(tmp_path / "central.db"))
    migrate(made)
    return made


def _save(engine: Engine, files: FileStore, kind: str = drafts.EDIT) -> drafts.Draft:
    return drafts.save(engine, files, kind=kind, title="Паспорт", created_by="editor", now=NOW, base_release=4,
                       datasets={"content": [{"key": "topic:a", "names": {"ru": "«А»"}}]},
                       preview={"readable": True, "problems": [{"severity": "warning"}]})


def test_a_draft_keeps_its_datasets_and_preview_until_published(engine: Engine, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    draft = _save(engine, files)
    loaded = drafts.load(engine, draft.id)
    assert loaded == draft and loaded.publishable
    assert drafts.datasets_of(files, loaded) == {"content": [{"key": "topic:a", "names": {"ru": "«А»"}}]}
    assert [d.id for d in drafts.open_drafts(engine)] == [draft.id]
    drafts.mark_published(engine, draft.id, 5)
    published = drafts.load(engine, draft.id)
    assert (published.state, published.release, published.publishable) == (drafts.PUBLISHED, 5, False)
    assert drafts.open_drafts(engine) == []
    with pytest.raises(drafts.DraftClosed) as closed:
        drafts.drop(engine, draft.id)
    assert (closed.value.state, closed.value.release) == (drafts.PUBLISHED, 5)


def test_a_draft_with_an_error_is_never_publishable(engine: Engine, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    draft = drafts.save(engine, files, kind=drafts.UPLOAD, title="content.tar.gz", created_by="editor", now=NOW,
                        base_release=1, datasets={}, preview={"readable": True, "problems": [{"severity": "error"}]})
    assert not draft.publishable
    drafts.drop(engine, draft.id)
    assert drafts.load(engine, draft.id).state == drafts.DROPPED
    with pytest.raises(drafts.DraftClosed):
        drafts.drop(engine, draft.id)


def test_the_publishing_pages_and_the_registry_page_see_only_their_own_drafts(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(insert(console_drafts).values(
            id="registry1", kind="registry", title="registry.csv", created_by="manager", created_at=NOW,
            base_release=1, datasets_sha256="0" * 64, preview="{}", state="open", release=None))
    with pytest.raises(drafts.DraftNotFound):
        drafts.load(engine, "registry1")
    with pytest.raises(drafts.DraftNotFound):
        drafts.drop(engine, "registry1")
    assert drafts.open_drafts(engine) == []
    assert [d.id for d in drafts.open_drafts(engine, kinds=(drafts.REGISTRY,))] == ["registry1"]
    assert drafts.load(engine, "registry1", kinds=(drafts.REGISTRY,)).kind == drafts.REGISTRY


def test_a_draft_whose_files_are_gone_says_so(engine: Engine, tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    draft = _save(engine, files)
    (tmp_path / "files" / draft.datasets_sha256).unlink()
    with pytest.raises(drafts.DatasetsMissing):
        drafts.datasets_of(files, draft)
