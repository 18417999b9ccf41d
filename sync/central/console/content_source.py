"""Content records back into the files an author writes: ``topics.toml`` and ``articles/<topic>/<id>.<lang>.md``.

The console edits an article as fields (title, body, sources, date), never as TOML. To judge an edit as
``kiosk content check`` would, the centre writes the whole authored tree again from the latest release's
``content`` records, with the edited article's file composed from its fields, and reads it with the kiosk's
own parsers (:func:`kiosk.release.records.read_datasets`). The way back must be exact: an unchanged tree
read again gives the same records, byte for byte in canonical JSON, or every edit would publish changes
nobody made. Generated uz-Cyrl articles are not written: reading the tree makes them again from uz-Latn.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from kiosk import languages
from kiosk.content.articles import ARTICLES_DIR, FRONT_MATTER_FENCE, TOPICS_FILE
from kiosk.release.records import split_key
from kiosk.text.uzbek import latin_to_cyrillic

Record = dict[str, Any]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


class NotAnArticle(ValueError):
    """A content record that is not an article, or lacks one of an article's fields."""


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string that reads back as exactly ``text``."""
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


@dataclass(frozen=True)
class ArticleFields:
    """One authored article file, as the console's form and the records hold it."""

    id: str
    topic: str
    language: str
    order: int
    updated: date | str  # text when the editor typed something that is not a date: the checker says so
    sources: tuple[str, ...]
    url: str
    title: str
    body: str

    @property
    def path(self) -> str:
        return article_path(self.topic, self.id, self.language)

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> ArticleFields:
        try:
            return cls(id=str(record["id"]), topic=str(record["topic"]), language=str(record["language"]),
                       order=int(record["order"]), updated=date.fromisoformat(str(record["updated"])),
                       sources=tuple(str(source) for source in record["sources"]), url=str(record["url"]),
                       title=str(record["title"]), body=str(record["body"]))
        except (KeyError, TypeError, ValueError) as error:
            raise NotAnArticle(f"record {record.get('key')!r} is not a whole article: {error}") from error

    def to_json(self) -> dict[str, Any]:
        updated = self.updated.isoformat() if isinstance(self.updated, date) else self.updated
        return {"id": self.id, "topic": self.topic, "language": self.language, "order": self.order,
                "updated": updated, "sources": list(self.sources), "url": self.url, "title": self.title,
                "body": self.body}

    @classmethod
    def from_json(cls, given: Mapping[str, Any]) -> ArticleFields:
        """Fields kept in a draft, where ``updated`` may be text the editor typed."""
        updated = str(given.get("updated", ""))
        return replace(cls.of({**given, "key": "edit", "updated": "2000-01-01"}), updated=parse_date(updated))


def parse_date(text: str) -> date | str:
    """A date written like 2026-12-04, or the text as typed (the checker then says what is wrong)."""
    if not _ISO_DATE.fullmatch(text):
        return text
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


def article_path(topic: str, article_id: str, language: str) -> str:
    """Where an article's file lives in a tree (the parser refuses any other place)."""
    return f"{ARTICLES_DIR}/{topic}/{article_id}.{language}.md"


def article_file(fields: ArticleFields) -> str:
    """The text of the article's file: front matter, ``# Title``, a blank line, the body."""
    lines = [FRONT_MATTER_FENCE, f"id = {toml_string(fields.id)}", f"topic = {toml_string(fields.topic)}",
             f"order = {fields.order}"]
    if isinstance(fields.updated, date):
        lines.append(f"updated = {fields.updated.isoformat()}")
    else:
        # Quoted, so the checker reads it and says the date is wrong, on this line.
        lines.append(f"updated = {toml_string(fields.updated)}")
    if fields.sources:
        lines += ["sources = [", *(f"  {toml_string(source)}," for source in fields.sources), "]"]
    else:
        lines.append("sources = []")
    if fields.url:
        lines.append(f"url = {toml_string(fields.url)}")
    lines += [FRONT_MATTER_FENCE, f"# {fields.title}"]
    if fields.body:
        lines += ["", fields.body]
    return "\n".join(lines) + "\n"


def topics_file(records: Iterable[Mapping[str, Any]]) -> str:
    """``topics.toml`` for the topic records, in their positions' order."""
    topics = sorted((record for record in records if split_key(str(record.get("key", "")))[0] == "topic"),
                    key=lambda record: int(record["position"]))
    lines = ["# Topics, written by the console from a release's records."]
    for topic in topics:
        names: Mapping[str, str] = topic["names"]
        lines += ["", "[[topic]]", f"id = {toml_string(str(topic['id']))}", f"icon = {toml_string(str(topic['icon']))}",
                  "[topic.name]"]
        for tag in languages.TAGS:
            if tag not in names:
                continue
            if tag == "uz-Cyrl" and "uz-Latn" in names and names[tag] == latin_to_cyrillic(names["uz-Latn"]):
                continue  # made from uz-Latn when read, as an author leaves it out
            lines.append(f"{tag} = {toml_string(names[tag])}")
    return "\n".join(lines) + "\n"


def authored_articles(records: Iterable[Mapping[str, Any]]) -> list[ArticleFields]:
    """Every article an author wrote (generated uz-Cyrl ones left out), as fields."""
    return [ArticleFields.of(record) for record in records
            if split_key(str(record.get("key", "")))[0] == "article" and not record.get("generated")]


def write_tree(records: Sequence[Mapping[str, Any]], folder: Path,
               replaced: Mapping[str, str] | None = None) -> dict[str, str]:
    """Write the authored tree of ``records`` into ``folder``; ``replaced`` maps a file's path in the tree
    to the text to write there instead (an edit). Returns every file written, path to text."""
    written = {TOPICS_FILE: topics_file(records)}
    for fields in authored_articles(records):
        written[fields.path] = article_file(fields)
    written.update(replaced or {})
    for relative, text in written.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
    return written
