"""Topics of "Know your rights": ids, icons and translated names."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk import languages
from kiosk.content.errors import ContentError, line_of, read_utf8
from kiosk.text.uzbek import latin_to_cyrillic

if TYPE_CHECKING:
    from kiosk.store import Store

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Authors write these; uz-Cyrl may be written by hand, otherwise it is generated.
AUTHORED_LANGUAGES = tuple(tag for tag in languages.TAGS if tag != "uz-Cyrl")


@dataclass(frozen=True)
class Topic:
    id: str
    icon: str
    names: dict[str, str]


def read_topics(path: Path) -> list[Topic]:
    """Parse ``topics.toml``; raise :class:`ContentError` with the line of the first problem."""
    text = read_utf8(path)
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+)", str(error))
        raise ContentError(path, int(match.group(1)) if match else 1, f"not valid TOML: {error}") from None
    except RecursionError:
        raise ContentError(path, 1, "not valid TOML: nested too deeply") from None

    entries = table.get("topic", [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        where = re.search(r"^\s*(\[+\s*)?topic\b", text, re.MULTILINE)
        raise ContentError(path, text.count("\n", 0, where.start()) + 1 if where else 1,
                           "write each topic as a [[topic]] table")
    topics: list[Topic] = []
    seen: set[str] = set()
    for entry in entries:
        topic_id = entry.get("id")
        if not isinstance(topic_id, str) or not _ID.match(topic_id):
            raise ContentError(path, line_of(text, f"id = {topic_id!r}".replace("'", '"')),
                               f"topic id {topic_id!r} must be lower-case words joined by '-'")
        line = line_of(text, f'id = "{topic_id}"')
        if topic_id in seen:
            raise ContentError(path, text.count("\n", 0, text.rfind(f'id = "{topic_id}"')) + 1,
                               f"duplicate topic id {topic_id!r}")
        seen.add(topic_id)
        names = entry.get("name", {})
        if not isinstance(names, dict):
            raise ContentError(path, line, f"topic {topic_id!r}: name must be a [topic.name] table of languages")
        missing = [tag for tag in AUTHORED_LANGUAGES if not str(names.get(tag, "")).strip()]
        if missing:
            raise ContentError(path, line, f"topic {topic_id!r} has no name in {', '.join(missing)}")
        unknown = [tag for tag in names if tag not in languages.TAGS]
        if unknown:
            raise ContentError(path, line, f"topic {topic_id!r} names unknown language {unknown[0]!r}")
        names = {tag: str(name).strip() for tag, name in names.items()}
        names.setdefault("uz-Cyrl", latin_to_cyrillic(names["uz-Latn"]))
        topics.append(Topic(topic_id, str(entry.get("icon", "topic")), names))
    if not topics:
        raise ContentError(path, 1, "no [[topic]] entries")
    return topics


def replace_topics(store: Store, topics: list[Topic]) -> None:
    """Swap the whole topic list in one transaction."""
    with store.transaction() as db:
        db.execute("DELETE FROM topics")  # topic_names go with them (ON DELETE CASCADE)
        db.table("topics").insert_all(
            {"id": t.id, "position": i, "icon": t.icon} for i, t in enumerate(topics)
        )
        db.table("topic_names").insert_all(
            {"topic_id": t.id, "language": tag, "name": name}
            for t in topics
            for tag, name in t.names.items()
        )


def topic_names(store: Store, language: str) -> list[tuple[str, str]]:
    """``(id, name)`` in display order for one language."""
    return [(topic_id, name) for topic_id, name, _ in topic_tiles(store, language)]


def topic_tiles(store: Store, language: str) -> list[tuple[str, str, str]]:
    """``(id, name, icon)`` in display order for one language."""
    rows = store.db.execute(
        "SELECT t.id, n.name, t.icon FROM topics t JOIN topic_names n ON n.topic_id = t.id "
        "WHERE n.language = ? ORDER BY t.position",
        [language],
    )
    return [(str(row[0]), str(row[1]), str(row[2])) for row in rows]
