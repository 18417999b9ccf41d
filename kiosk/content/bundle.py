"""``kiosk content build``: turn a content tree into the one file the kiosk loads.

A bundle is a single UTF-8 JSON file::

    {"format": 1,
     "topics":   [{"id", "icon", "names": {tag: name}}, ...]        display order
     "articles": [{"id", "topic", "language", "order", "updated", "sources",
                   "url", "title", "body", "source", "generated"}, ...]   by id, then language
     "images":   {"images/<file>": {"sha256", "size"}}                what the articles show}

Every language is in it, uz-Cyrl included (generated where not hand-written).
The same tree always gives the same bytes: keys are sorted, lists are in a
fixed order, and nothing depends on the clock or the machine. :func:`build_bundle`
is the only place a tree becomes data; releases wrap its output.

The kiosk applies a bundle with :func:`apply_tree`, in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from kiosk import languages
from kiosk.content import markdown
from kiosk.content.articles import Article, ContentTree, read_tree, replace_articles
from kiosk.content.check import CheckReport, Problem, check_tree
from kiosk.content.errors import ContentError
from kiosk.content.topics import Topic, replace_topics

if TYPE_CHECKING:
    from kiosk.store import Store

FORMAT = 1


class BundleRefused(ContentError):
    """The tree has errors, so no bundle was written. ``report`` lists them all."""

    def __init__(self, report: CheckReport) -> None:
        first = report.errors[0]
        super().__init__(first.path, first.line,
                         f"{first.message} ({report.summary()}; `kiosk content check` lists them)")
        self.report = report


@dataclass(frozen=True)
class BundleSummary:
    path: Path
    topics: int
    articles: int  # one per article and language
    languages: tuple[str, ...]
    images: int
    size: int
    sha256: str
    warnings: tuple[Problem, ...]


def build_bundle(content_dir: Path, out_path: Path) -> BundleSummary:
    """Check ``content_dir`` and write its bundle to ``out_path``; refuse if the check finds errors.

    Raises :class:`BundleRefused` (a :class:`ContentError`) and leaves ``out_path``
    as it was when the tree has errors. The file is written beside and renamed
    into place, so a reader never sees half a bundle.
    """
    report = check_tree(content_dir)
    if not report.ok:
        raise BundleRefused(report)
    tree = read_tree(content_dir)
    data = bundle_data(tree, content_dir)
    encoded = encode(data)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    part = out_path.with_name(out_path.name + ".part")
    with part.open("wb") as file:
        file.write(encoded)
        file.flush()
        os.fsync(file.fileno())
    os.replace(part, out_path)
    return BundleSummary(
        path=out_path,
        topics=len(tree.topics),
        articles=len(tree.articles),
        languages=tuple(tag for tag in languages.TAGS if any(a.language == tag for a in tree.articles)),
        images=len(data["images"]),
        size=len(encoded),
        sha256=hashlib.sha256(encoded).hexdigest(),
        warnings=report.warnings,
    )


def encode(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")


def bundle_data(tree: ContentTree, content_dir: Path) -> dict[str, Any]:
    """The bundle as plain data; image files are read from ``content_dir``."""
    images: dict[str, dict[str, Any]] = {}
    for article in tree.articles:
        for target in markdown.image_targets(article.body):
            if target not in images:
                content = (content_dir / target).read_bytes()
                images[target] = {"sha256": hashlib.sha256(content).hexdigest(), "size": len(content)}
    return {
        "format": FORMAT,
        "topics": [{"id": t.id, "icon": t.icon, "names": dict(t.names)} for t in tree.topics],
        "articles": [_article_data(a, content_dir) for a in tree.articles],
        "images": images,
    }


def _article_data(article: Article, content_dir: Path) -> dict[str, Any]:
    try:
        source = article.path.relative_to(content_dir)
    except ValueError:  # already relative: an article loaded from a bundle
        source = article.path
    return {
        "id": article.id, "topic": article.topic, "language": article.language, "order": article.order,
        "updated": article.updated.isoformat(), "sources": list(article.sources), "url": article.url,
        "title": article.title, "body": article.body, "source": source.as_posix(),
        "generated": article.generated,
    }


def load_bundle(path: Path) -> ContentTree:
    """Read a bundle written by :func:`build_bundle`. Article paths are relative to the tree it came from."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ContentError(path, 1, "not a content bundle: not UTF-8 text") from None
    except json.JSONDecodeError as error:
        raise ContentError(path, error.lineno, f"not a content bundle: {error.msg}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        found = data.get("format") if isinstance(data, dict) else None
        raise ContentError(path, 1, f"bundle format {found!r}; this kiosk reads format {FORMAT}")
    try:
        topics = tuple(Topic(str(t["id"]), str(t["icon"]), {str(k): str(v) for k, v in t["names"].items()})
                       for t in data["topics"])
        articles = tuple(
            Article(
                id=str(a["id"]), topic=str(a["topic"]), language=str(a["language"]), order=int(a["order"]),
                updated=date.fromisoformat(a["updated"]), sources=tuple(str(s) for s in a["sources"]),
                url=str(a["url"]), title=str(a["title"]), body=str(a["body"]), path=Path(a["source"]),
                generated=bool(a["generated"]),
            )
            for a in data["articles"]
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise ContentError(path, 1, f"not a content bundle: {type(error).__name__}: {error}") from None
    return ContentTree(topics, articles)


def apply_tree(store: Store, tree: ContentTree) -> None:
    """Replace every topic and article in one transaction: readers see all-old or all-new."""
    with store.transaction() as db:
        db.execute("DELETE FROM articles")  # they reference topics, so they go first
        replace_topics(store, list(tree.topics))
        replace_articles(store, tree.articles)


def main_build(content_dir: Path, out: Path, stdout: TextIO) -> int:
    """``kiosk content build``: write the bundle, or list the errors and write nothing."""
    try:
        summary = build_bundle(content_dir, out)
    except BundleRefused as refused:
        for problem in refused.report.problems:
            print(problem, file=stdout)
        print(f"{refused.report.summary()}; {out} not written", file=stdout)
        return 1
    except ContentError as error:
        print(f"{error}; {out} not written", file=stdout)
        return 1
    for warning in summary.warnings:
        print(warning, file=stdout)
    print(f"wrote {out}: {summary.topics} topics, {summary.articles} articles in "
          f"{len(summary.languages)} languages, {summary.images} images, {summary.size} bytes, "
          f"sha256 {summary.sha256}", file=stdout)
    return 0


__all__ = ["FORMAT", "BundleRefused", "BundleSummary", "apply_tree", "build_bundle", "bundle_data",
           "load_bundle", "main_build"]
