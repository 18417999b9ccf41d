"""Placeholders left in the data a kiosk would show, found before it starts in earnest.

A demo kiosk shows each ``[[FILL: ...]]`` as a marked "to be filled in by the
kiosk operator" (:mod:`kiosk.text.placeholders`). A kiosk in service
(``kiosk.demo = false``) must not: a traveller would read a hotline that is not
there. ``kiosk run`` then refuses to start while any is left, and says where
each one is, by the file and field an administrator edits.

The local cache is what is searched, not the content folder: it is what the
screens show, whether it came from the bundle or from a release. Each finding
names the authored file it comes from (articles/<topic>/<id>.<language>.md,
topics.toml, agencies/registry.csv, booking/*.toml).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.bootstrap import open_local_cache
from kiosk.text import placeholders

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.store import Store

# How many agencies (or other records) one line of the report names before "and N more".
EXAMPLES = 3


@dataclass(frozen=True)
class Unfilled:
    """One placeholder description in one field of one file, and the records that carry it."""

    file: str  # relative to the content folder
    field: str
    description: str
    records: tuple[str, ...] = ()  # agency or location ids; () for a file that is one record
    line: int = 0  # in the file, when the content folder still has it

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: {self.field}" if self.line else f"{self.file}: {self.field}"
        if self.records:
            named = ", ".join(self.records[:EXAMPLES])
            more = f" and {len(self.records) - EXAMPLES} more" if len(self.records) > EXAMPLES else ""
            where += f" of {named}{more}"
        return f"{where}: {self.description}"


class UnfilledPlaceholders(Exception):
    """The data this kiosk would show still has placeholders, and it is not a demo."""

    def __init__(self, found: list[Unfilled], source: str) -> None:
        self.found = found
        count = sum(max(1, len(item.records)) for item in found)
        lines = "\n".join(f"  {item}" for item in found)
        super().__init__(
            f"kiosk.demo is false, but the data this kiosk would show has {count} unfilled "
            f"[[FILL: ...]] placeholder(s) (data from {source or 'the local cache'}).\n{lines}\n"
            "Fill them in (`kiosk content check` and `python -m kiosk.booking` list them by line), "
            "or set kiosk.demo = true to try the kiosk with sample data."
        )


def find_unfilled(store: Store) -> list[Unfilled]:
    """Every placeholder in the cache's articles, topics, agency registry and booking catalogue."""
    found: list[Unfilled] = []
    found += _topics(store)
    found += _articles(store)
    found += _registry(store)
    found += _booking(store)
    return _merged(found)


def check_filled(store: Store, content_dir: Path | None = None) -> None:
    """Raise :class:`UnfilledPlaceholders` if :func:`find_unfilled` finds any.

    With ``content_dir``, each finding in a file that is still there gets its line.
    """
    found = find_unfilled(store)
    if content_dir is not None:
        found = with_lines(found, content_dir)
    if found:
        source = store.get_meta("content_source") or ""
        raise UnfilledPlaceholders(found, source.removeprefix("bundled:"))


def check_before_start(settings: Config) -> None:
    """Outside demo mode, open the cache (seeding it on first start) and refuse to go on with placeholders."""
    if settings.demo:
        return
    store = open_local_cache(settings)
    try:
        check_filled(store, settings.content_dir)
    finally:
        store.close()


def _rows(store: Store, sql: str) -> Iterator[tuple[Any, ...]]:
    # LIKE is a cheap first pass; the pattern decides (a text may mention "[[FILL:" in passing).
    yield from store.db.execute(sql.replace("{like}", "?"), [placeholders.LIKE] * sql.count("{like}"))


def _each(file: str, field: str, text: str, record: str = "") -> Iterator[Unfilled]:
    for _, description in placeholders.descriptions(text):
        yield Unfilled(file, field, description, (record,) if record else ())


def _topics(store: Store) -> Iterator[Unfilled]:
    for topic_id, language, name in _rows(
            store, "SELECT topic_id, language, name FROM topic_names WHERE name LIKE {like} ORDER BY topic_id"):
        yield from _each("topics.toml", f"name ({language})", str(name), str(topic_id))


def _article_file(topic: str, article_id: str, language: str) -> str:
    # Uzbek Cyrillic is made from the Uzbek Latin file.
    return f"articles/{topic}/{article_id}.{'uz-Latn' if language == 'uz-Cyrl' else language}.md"


def _articles(store: Store) -> Iterator[Unfilled]:
    for article_id, language, topic, title, body, sources, url in _rows(
            store, "SELECT id, language, topic_id, title, body, sources, url FROM articles "
                   "WHERE title LIKE {like} OR body LIKE {like} OR sources LIKE {like} OR url LIKE {like} "
                   "ORDER BY topic_id, id, language"):
        file = _article_file(str(topic), str(article_id), str(language))
        yield from _each(file, "title", str(title))
        yield from _each(file, "text", str(body))
        yield from _each(file, "sources", " ".join(json.loads(sources)))
        yield from _each(file, "url", str(url))


def _registry(store: Store) -> Iterator[Unfilled]:
    file = "agencies/registry.csv"
    for column in ("authority", "address", "phone", "website"):
        for agency_id, text in _rows(
                store, f"SELECT id, {column} FROM agencies WHERE {column} LIKE {{like}} ORDER BY id"):
            yield from _each(file, column, str(text), str(agency_id))
    for table, column, field in (("agency_names", "name", "name"), ("agency_branches", "address", "branches"),
                                 ("agency_status_history", "reason", "reason")):
        for agency_id, text in _rows(
                store, f"SELECT agency_id, {column} FROM {table} WHERE {column} LIKE {{like}} ORDER BY agency_id"):
            yield from _each(file, field, str(text), str(agency_id))


def _texts(value: Any) -> Iterator[tuple[str, str]]:
    """``(language or key, text)`` of every text in a catalogue JSON value."""
    if isinstance(value, str):
        yield "", value
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from ((inner or str(key), text) for inner, text in _texts(item))


def _booking(store: Store) -> Iterator[Unfilled]:
    for location_id, names, address, town in _rows(
            store, "SELECT id, names, address, town FROM booking_locations "
                   "WHERE names LIKE {like} OR address LIKE {like} OR town LIKE {like} ORDER BY position"):
        for field, value in (("name", names), ("address", address), ("town", town)):
            for language, text in _texts(json.loads(value)):
                yield from _each("booking/locations.toml", f"{field} ({language})", text, str(location_id))
    for service_id, names, documents in _rows(
            store, "SELECT id, names, documents FROM booking_services "
                   "WHERE names LIKE {like} OR documents LIKE {like} ORDER BY position"):
        for field, value in (("name", names), ("documents", documents)):
            for language, text in _texts(json.loads(value)):
                yield from _each("booking/services.toml", f"{field} ({language})", text, str(service_id))
    for position, rule in _rows(
            store, "SELECT position, rule FROM booking_closures WHERE rule LIKE {like} ORDER BY position"):
        for language, text in _texts(json.loads(rule)):
            yield from _each("booking/closures.toml", f"closure {position} ({language})", text)


def with_lines(found: list[Unfilled], content_dir: Path) -> list[Unfilled]:
    """``found`` with the line of each placeholder in its file, where the file has it (in order of use)."""
    lines: dict[str, dict[str, list[int]]] = {}
    located = []
    for item in found:
        if item.file not in lines:
            try:
                text = (content_dir / item.file).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
            lines[item.file] = defaultdict(list)
            for line, description in placeholders.descriptions(text):
                lines[item.file][description].append(line)
        numbers = lines[item.file].get(item.description)
        located.append(replace(item, line=numbers.pop(0)) if numbers else item)
    return located


def _merged(found: Iterable[Unfilled]) -> list[Unfilled]:
    """One line per file, field and description, naming the records that share it (320 agencies, one line)."""
    records: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for item in found:
        records[item.file, item.field, item.description].extend(
            record for record in item.records if record not in records[item.file, item.field, item.description])
    return [Unfilled(file, field, description, tuple(names)) for (file, field, description), names in records.items()]
