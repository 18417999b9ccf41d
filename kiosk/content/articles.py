"""Articles of "Know your rights": one Markdown file per article and language.

Layout::

    content/articles/<topic-id>/<article-id>.<language>.md

Each file starts with TOML front matter between two ``+++`` lines (``id``,
``topic``, ``order``, ``updated``, ``sources``, optional ``url``), then the body in
the subset of :mod:`kiosk.content.markdown`, whose first line is ``# Title``.
``uz-Cyrl`` may be written by hand; otherwise it is generated from ``uz-Latn``.

:func:`read_tree` refuses what would make the loaded data wrong (a malformed
file, an unknown topic, two files claiming one article); ``kiosk content check``
(:mod:`kiosk.content.check`) also reports what is merely incomplete: missing
translations, broken links, missing images, placeholders.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk import languages
from kiosk.content import markdown
from kiosk.content.errors import ContentError
from kiosk.content.topics import AUTHORED_LANGUAGES, Topic, read_topics
from kiosk.text.uzbek import latin_to_cyrillic

if TYPE_CHECKING:
    from kiosk.store import Store

ARTICLES_DIR = "articles"
TOPICS_FILE = "topics.toml"
FRONT_MATTER_FENCE = "+++"
FIELDS = ("id", "topic", "order", "updated", "sources", "url")
_REQUIRED = ("id", "topic", "order", "updated", "sources")
_FILE_NAME = re.compile(r"^(?P<id>[^.]+)\.(?P<language>[^.]+)\.md$")
_WEB_URL = re.compile(r"^https?://[^\s/]+\S*$")

__all__ = [
    "AUTHORED_LANGUAGES",
    "Article",
    "ArticleSummary",
    "ContentTree",
    "ParsedArticle",
    "StoredArticle",
    "articles_for_topic",
    "get_article",
    "parse_article",
    "read_article",
    "read_tree",
    "replace_articles",
    "scan_articles",
    "tree_conflicts",
    "with_generated_uz_cyrl",
]


@dataclass(frozen=True)
class StoredArticle:
    """An article as the kiosk holds it: :class:`Article` without the file it came from."""

    id: str
    topic: str
    language: str
    order: int
    updated: date
    sources: tuple[str, ...]
    url: str
    title: str
    body: str  # Markdown after the title line


@dataclass(frozen=True)
class Article(StoredArticle):
    """An article as authored: what the kiosk stores, plus the file it came from."""

    path: Path  # for generated uz-Cyrl, the uz-Latn file
    generated: bool = False  # uz-Cyrl transliterated from uz-Latn


@dataclass(frozen=True)
class ParsedArticle:
    """Everything one file says, including what is wrong with it (for the checker).

    ``id`` and ``language`` come from the file name and ``topic``/``order`` from
    the front matter when they are readable, so cross-file checks still work on
    a file with other mistakes. ``article`` is ``None`` when the front matter is
    unusable.
    """

    path: Path
    id: str
    language: str | None
    topic: str | None
    order: int | None
    article: Article | None
    errors: tuple[ContentError, ...]
    warnings: tuple[ContentError, ...]
    field_lines: dict[str, int] = field(default_factory=dict)
    article_links: tuple[markdown.Link, ...] = ()
    images: tuple[markdown.Link, ...] = ()

    def line_of(self, key: str) -> int:
        return self.field_lines.get(key, 1)


@dataclass(frozen=True)
class ContentTree:
    """Topics in display order and every article in every language (uz-Cyrl included)."""

    topics: tuple[Topic, ...]
    articles: tuple[Article, ...]

    def article(self, article_id: str, language: str) -> Article | None:
        return next((a for a in self.articles if a.id == article_id and a.language == language), None)


def parse_article(path: Path) -> ParsedArticle:
    """Read one article file and collect every problem in it (never raises for content)."""
    name = _FILE_NAME.match(path.name)
    article_id = name.group("id") if name else path.name
    language = name.group("language") if name else None
    errors: list[ContentError] = []
    warnings: list[ContentError] = []

    def fail(line: int, message: str) -> ParsedArticle:
        errors.append(ContentError(path, line, message))
        known = language if language in languages.TAGS else None
        return ParsedArticle(path, article_id, known, None, None, None, tuple(errors), tuple(warnings))

    if name is None:
        return fail(1, f"name article files <id>.<language>.md, e.g. work-contract.en.md (not {path.name!r})")
    if language not in languages.TAGS:
        return fail(1, f"unknown language {language!r} in the file name; use one of {', '.join(languages.TAGS)}")
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        return fail(data[: error.start].count(b"\n") + 1, "not UTF-8 text")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")

    lines = text.split("\n")
    if lines[0].strip() != FRONT_MATTER_FENCE:
        return fail(1, "an article starts with front matter between two `+++` lines")
    close = next((i for i in range(1, len(lines)) if lines[i].strip() == FRONT_MATTER_FENCE), None)
    if close is None:
        return fail(1, "the front matter is not closed: add a `+++` line after it")
    front_text = "\n".join(lines[1:close])
    try:
        front = tomllib.loads(front_text)
    except tomllib.TOMLDecodeError as error:
        # tomllib counts from the first line after "+++"; say it in file lines, without its own count.
        found = re.search(r"line (\d+)", str(error))
        reason = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(error))
        return fail(int(found.group(1)) + 1 if found else close, f"front matter is not valid TOML: {reason}")
    except RecursionError:
        return fail(2, "front matter is not valid TOML: nested too deeply")

    field_lines = {key: _key_line(lines, close, key) for key in front}
    for line, description in markdown.placeholders(front_text):
        warnings.append(ContentError(path, line + 1, f"placeholder to fill: {description}"))
    values = _check_front_matter(path, front, field_lines, article_id, errors)

    document = markdown.parse("\n".join(lines[close + 1:]), first_line=close + 2)
    for issue in document.issues:
        (errors if issue.severity == "error" else warnings).append(ContentError(path, issue.line, issue.message))

    topic = front.get("topic") if isinstance(front.get("topic"), str) else None
    order = front.get("order") if _is_int(front.get("order")) else None
    article = None
    if values is not None:
        article = Article(
            id=article_id, topic=values["topic"], language=language, order=values["order"],
            updated=values["updated"], sources=values["sources"], url=values["url"],
            title=document.title, body=document.body, path=path,
        )
    errors.sort(key=lambda error: error.line)  # so read_article raises the first one in the file
    return ParsedArticle(path, article_id, language, topic, order, article, tuple(errors), tuple(warnings),
                         field_lines, document.article_links, document.images)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _key_line(lines: list[str], close: int, key: str) -> int:
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[=.]")
    bracket = re.compile(rf"^\s*\[+\s*{re.escape(key)}\b")
    for index in range(1, close):
        if pattern.match(lines[index]) or bracket.match(lines[index]):
            return index + 1
    return 1


def _check_front_matter(path: Path, front: dict[str, Any], lines: dict[str, int], file_id: str,
                        errors: list[ContentError]) -> dict[str, Any] | None:
    """The validated fields, or ``None`` after appending what is wrong to ``errors``."""
    before = len(errors)

    def problem(key: str, message: str) -> None:
        errors.append(ContentError(path, lines.get(key, 1), message))

    for key in front:
        if key not in FIELDS:
            problem(key, f"unknown front matter key {key!r}; allowed: {', '.join(FIELDS)}")
    missing = [key for key in _REQUIRED if key not in front]
    if missing:
        errors.append(ContentError(path, 1, f"front matter lacks {', '.join(missing)}"))

    article_id, topic, order = front.get("id"), front.get("topic"), front.get("order")
    if "id" in front:
        if not isinstance(article_id, str) or not markdown.ARTICLE_ID.match(article_id):
            problem("id", f"id {article_id!r} must be lower-case words joined by '-'")
        elif article_id != file_id:
            problem("id", f"id {article_id!r} does not match the file name {path.name!r}")
    if "topic" in front:
        if not isinstance(topic, str) or not markdown.ARTICLE_ID.match(topic):
            problem("topic", f"topic {topic!r} must be a topic id from {TOPICS_FILE}")
        elif topic != path.parent.name:
            problem("topic", f"topic {topic!r} but the file is in the folder {path.parent.name!r}; "
                             f"move it to {ARTICLES_DIR}/{topic}/")
    if "order" in front and not (isinstance(order, int) and not isinstance(order, bool) and order >= 1):
        problem("order", f"order {order!r} must be a whole number from 1")
    updated = front.get("updated")
    if "updated" in front and type(updated) is not date:
        problem("updated", f"updated {updated!r} must be a date written like 2025-03-01 (no quotes, no time)")
    sources = front.get("sources")
    if "sources" in front and (
        not isinstance(sources, list) or not sources
        or not all(isinstance(source, str) and source.strip() for source in sources)
    ):
        problem("sources", "sources must be a non-empty list of texts, e.g. [\"Labour Code, art. 57\"]")
    url = front.get("url", "")
    if not isinstance(url, str) or (url and not _WEB_URL.match(url) and not markdown.is_placeholder(url)):
        problem("url", f"url {url!r} must be an http:// or https:// address")

    if len(errors) > before:
        return None
    assert isinstance(sources, list)
    return {
        "topic": topic, "order": order, "updated": updated, "url": url,
        "sources": tuple(str(source).strip() for source in sources),
    }


def read_article(path: Path) -> Article:
    """Read one article file; raise :class:`ContentError` at the first problem in it."""
    parsed = parse_article(path)
    if parsed.errors:
        raise parsed.errors[0]
    assert parsed.article is not None
    return parsed.article


def scan_articles(content_dir: Path) -> list[ParsedArticle]:
    """Parse every ``.md`` file under ``articles/``, sorted by path."""
    root = content_dir / ARTICLES_DIR
    if not root.is_dir():
        return []
    parsed: list[ParsedArticle] = []
    for path in sorted(root.rglob("*.md")):
        if any(part.startswith(".") for part in path.relative_to(root).parts):
            continue  # editor and VCS droppings
        result = parse_article(path)
        if path.parent.parent != root:
            misplaced = ContentError(path, 1, f"article files live in {ARTICLES_DIR}/<topic-id>/; "
                                              f"this one is at {path.relative_to(content_dir).as_posix()}")
            result = replace(result, article=None, errors=(misplaced, *result.errors))
        parsed.append(result)
    return parsed


def tree_conflicts(topic_ids: Collection[str] | None, parsed: Sequence[ParsedArticle]) -> list[ContentError]:
    """Problems between files: unknown topics, an article claimed twice or in two topics.

    ``topic_ids`` is ``None`` when topics.toml could not be read (no topic is then
    reported as unknown: that would only repeat the topics.toml error).
    """
    problems: list[ContentError] = []
    seen: dict[tuple[str, str], ParsedArticle] = {}
    by_id: dict[str, list[ParsedArticle]] = {}
    for item in parsed:
        if item.language is None:
            continue
        if item.topic is not None and topic_ids is not None and item.topic not in topic_ids:
            problems.append(ContentError(item.path, item.line_of("topic"),
                                         f"unknown topic {item.topic!r}; {TOPICS_FILE} has "
                                         f"{', '.join(sorted(topic_ids)) or 'none'}"))
        first = seen.setdefault((item.id, item.language), item)
        if first is not item:
            problems.append(ContentError(item.path, item.line_of("id"),
                                         f"article {item.id!r} in {item.language} is also in {first.path}"))
        by_id.setdefault(item.id, []).append(item)
    for item_id, items in by_id.items():
        placed = [item for item in items if item.topic is not None]
        reference = next((item for item in placed if item.language == "en"), placed[0] if placed else None)
        for item in placed:
            if reference is not None and item.topic != reference.topic:
                problems.append(ContentError(
                    item.path, item.line_of("topic"),
                    f"article {item_id!r} is in topic {item.topic!r} here but in {reference.topic!r} "
                    f"in {reference.path}",
                ))
    return problems


def read_topics_file(content_dir: Path) -> list[Topic]:
    path = content_dir / TOPICS_FILE
    if not path.is_file():
        raise ContentError(path, 1, f"missing: every content tree needs {TOPICS_FILE}")
    return read_topics(path)


def read_tree(content_dir: Path) -> ContentTree:
    """Topics and every article, with uz-Cyrl generated where none is written by hand.

    Raises :class:`ContentError` at the first problem that would make the data
    wrong. Incompleteness (a missing translation, a broken link) is left to
    :func:`kiosk.content.check.check_tree`.
    """
    topics = read_topics_file(content_dir)
    parsed = scan_articles(content_dir)
    for item in parsed:
        if item.errors:
            raise item.errors[0]
    conflicts = tree_conflicts({topic.id for topic in topics}, parsed)
    if conflicts:
        raise conflicts[0]
    authored = [item.article for item in parsed if item.article is not None]
    return ContentTree(tuple(topics), tuple(_sorted(with_generated_uz_cyrl(authored))))


def _sorted(articles: Iterable[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.id, languages.TAGS.index(a.language)))


def with_generated_uz_cyrl(articles: Sequence[Article]) -> list[Article]:
    """``articles`` plus a transliterated uz-Cyrl copy of each uz-Latn one lacking a hand-written one.

    Link targets, addresses, image paths and placeholders are kept as written;
    sources are citations and are kept as written too.
    """
    hand_written = {a.id for a in articles if a.language == "uz-Cyrl"}
    generated = [
        replace(
            a,
            language="uz-Cyrl",
            title=markdown.transliterate(a.title, latin_to_cyrillic),
            body=markdown.transliterate(a.body, latin_to_cyrillic),
            generated=True,
        )
        for a in articles
        if a.language == "uz-Latn" and a.id not in hand_written
    ]
    return [*articles, *generated]


# --- the local cache -----------------------------------------------------------------


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    title: str
    position: int




def replace_articles(store: Store, articles: Iterable[Article]) -> None:
    """Swap every article in every language in one transaction."""
    with store.transaction() as db:
        db.execute("DELETE FROM articles")
        db.table("articles").insert_all(
            {
                "id": a.id, "language": a.language, "topic_id": a.topic, "position": a.order,
                "title": a.title, "body": a.body, "updated": a.updated.isoformat(),
                "sources": json.dumps(list(a.sources), ensure_ascii=False), "url": a.url,
            }
            for a in articles
        )


def articles_for_topic(store: Store, topic_id: str, language: str) -> list[ArticleSummary]:
    """The articles of one topic in one language, in display order."""
    rows = store.db.execute(
        "SELECT id, title, position FROM articles WHERE topic_id = ? AND language = ? ORDER BY position, id",
        [topic_id, language],
    )
    return [ArticleSummary(str(row[0]), str(row[1]), int(row[2])) for row in rows]


def get_article(store: Store, article_id: str, language: str) -> StoredArticle | None:
    row = store.db.execute(
        "SELECT id, topic_id, language, position, updated, sources, url, title, body "
        "FROM articles WHERE id = ? AND language = ?",
        [article_id, language],
    ).fetchone()
    if row is None:
        return None
    return StoredArticle(
        id=str(row[0]), topic=str(row[1]), language=str(row[2]), order=int(row[3]),
        updated=date.fromisoformat(str(row[4])), sources=tuple(json.loads(row[5])), url=str(row[6]),
        title=str(row[7]), body=str(row[8]),
    )
