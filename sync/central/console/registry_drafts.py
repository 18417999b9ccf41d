"""Registry uploads waiting to be published: what a good file would change, kept until confirmed.

An upload that passes the kiosk's own parser is not published at once. Its records
are kept (gzip JSON in the files folder, named by their hash) with the summary the
administrator was shown: the agencies added, changed and removed, and whether the
mass-removal guard tripped. Publishing signs exactly those records, and only while
the latest release is still the one the summary was made against; otherwise the
summary no longer says what publishing would do.

A draft is ``open``, then ``published`` (with its release) or ``dropped``.
"""

from __future__ import annotations

import gzip
import json
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update

from kiosk.release.records import REGISTRY_ABOUT
from sync.central.filestore import FileStore
from sync.central.publishing import DatasetChange
from sync.central.tables import console_drafts

Record = dict[str, Any]
KIND = "registry"
OPEN, PUBLISHED, DROPPED = "open", "published", "dropped"
#: How many agencies of each kind of change a summary names; the counts are always whole.
LISTED = 500


class DraftFilesMissing(Exception):
    """The draft's records are no longer in the files folder: the file must be uploaded again."""


@dataclass(frozen=True)
class AgencyLine:
    """One agency in a summary: its id, its official name, and for a changed one what changed."""

    id: str
    name: str
    fields: tuple[str, ...] = ()
    status_before: str = ""
    status_after: str = ""


@dataclass(frozen=True)
class Summary:
    """What publishing an upload would do to the registry, as shown before it is confirmed."""

    file: str
    as_of: str
    source: str
    agencies: int
    stored: int
    added: int
    changed: int
    removed: int
    added_agencies: tuple[AgencyLine, ...]
    changed_agencies: tuple[AgencyLine, ...]
    removed_agencies: tuple[AgencyLine, ...]
    #: Whether the mass-removal guard of ``kiosk agencies import`` tripped: publishing needs an explicit yes.
    mass_removal: bool

    @property
    def unchanged(self) -> bool:
        return not (self.added or self.changed or self.removed)

    def to_json(self) -> dict[str, Any]:
        def lines(found: Iterable[AgencyLine]) -> list[dict[str, Any]]:
            return [{"id": line.id, "name": line.name, "fields": list(line.fields), "status_before":
                     line.status_before, "status_after": line.status_after} for line in found]

        return {"file": self.file, "as_of": self.as_of, "source": self.source, "agencies": self.agencies,
                "stored": self.stored, "added": self.added, "changed": self.changed, "removed": self.removed,
                "added_agencies": lines(self.added_agencies), "changed_agencies": lines(self.changed_agencies),
                "removed_agencies": lines(self.removed_agencies), "mass_removal": self.mass_removal}

    @classmethod
    def from_json(cls, value: Mapping[str, Any]) -> Summary:
        def lines(found: Iterable[Mapping[str, Any]]) -> tuple[AgencyLine, ...]:
            return tuple(AgencyLine(str(line["id"]), str(line["name"]), tuple(line["fields"]),
                                    str(line["status_before"]), str(line["status_after"])) for line in found)

        return cls(str(value["file"]), str(value["as_of"]), str(value["source"]), int(value["agencies"]),
                   int(value["stored"]), int(value["added"]), int(value["changed"]), int(value["removed"]),
                   lines(value["added_agencies"]), lines(value["changed_agencies"]), lines(value["removed_agencies"]),
                   bool(value["mass_removal"]))


@dataclass(frozen=True)
class Draft:
    id: str
    title: str
    created_by: str
    created_at: datetime
    base_release: int | None
    sha256: str
    summary: Summary
    state: str
    release: int | None


def official_name(record: Mapping[str, Any]) -> str:
    names = record.get("names") or []
    return str(names[0].get("name", "")) if names and isinstance(names[0], dict) else str(record.get("id", ""))


def agency_count(records: Iterable[Record]) -> int:
    return sum(1 for record in records if record.get("key") != REGISTRY_ABOUT)


def summarise(current: Iterable[Record], new: Iterable[Record], change: DatasetChange, file: str, as_of: date,
              source: str, mass_removal: bool) -> Summary:
    """The summary of replacing the ``current`` registry records by ``new``, ``change`` being the publisher's plan."""
    before = {record["key"]: record for record in current}
    after = {record["key"]: record for record in new}

    def line(key: str, old: Record | None, fresh: Record | None) -> AgencyLine:
        shown = fresh or old or {}
        fields: tuple[str, ...] = ()
        if old is not None and fresh is not None:
            # In the record's own order: names and status before the history that follows them.
            fields = tuple(name for name in {**old, **fresh} if name != "key" and old.get(name) != fresh.get(name))
        status_before = str(old.get("status", "")) if old is not None and "status" in fields else ""
        status_after = str(fresh.get("status", "")) if fresh is not None and "status" in fields else ""
        return AgencyLine(str(shown.get("id", key)), official_name(shown), fields, status_before, status_after)

    def agencies(keys: list[str]) -> list[str]:
        return [key for key in keys if key != REGISTRY_ABOUT]

    added, changed, removed = agencies(change.added), agencies(change.changed), agencies(change.removed)
    return Summary(
        file=file, as_of=as_of.isoformat(), source=source, agencies=agency_count(after.values()),
        stored=agency_count(before.values()), added=len(added), changed=len(changed), removed=len(removed),
        added_agencies=tuple(line(key, None, after[key]) for key in added[:LISTED]),
        changed_agencies=tuple(line(key, before[key], after[key]) for key in changed[:LISTED]),
        removed_agencies=tuple(line(key, before[key], None) for key in removed[:LISTED]),
        mass_removal=mass_removal)


def _packed(records: list[Record]) -> bytes:
    # mtime=0: the same records make the same bytes, and so the same name in the files folder.
    return gzip.compress(json.dumps(records, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), mtime=0)


def create(engine: Engine, files: FileStore, records: list[Record], summary: Summary, title: str, created_by: str,
           now: datetime, base_release: int | None) -> Draft:
    ref = files.put(_packed(records))
    draft = Draft(secrets.token_hex(16), title, created_by, now, base_release, ref.sha256, summary, OPEN, None)
    with engine.begin() as connection:
        connection.execute(insert(console_drafts).values(
            id=draft.id, kind=KIND, title=title, created_by=created_by, created_at=now, base_release=base_release,
            datasets_sha256=ref.sha256, preview=json.dumps(summary.to_json(), ensure_ascii=False), state=OPEN,
            release=None))
    return draft


def _draft(row: Any) -> Draft:
    return Draft(row.id, row.title, row.created_by, row.created_at, row.base_release, row.datasets_sha256,
                 Summary.from_json(json.loads(row.preview)), row.state, row.release)


def find(engine: Engine, draft_id: str) -> Draft | None:
    with engine.connect() as connection:
        row = connection.execute(select(console_drafts).where(console_drafts.c.id == draft_id,
                                                              console_drafts.c.kind == KIND)).first()
    return None if row is None else _draft(row)


def open_drafts(engine: Engine, limit: int = 20) -> list[Draft]:
    with engine.connect() as connection:
        rows = connection.execute(select(console_drafts).where(console_drafts.c.kind == KIND,
                                                               console_drafts.c.state == OPEN)
                                  .order_by(console_drafts.c.created_at.desc()).limit(limit)).all()
    return [_draft(row) for row in rows]


def records_of(files: FileStore, draft: Draft) -> list[Record]:
    data = files.read(draft.sha256)
    if data is None:
        raise DraftFilesMissing(draft.id)
    records: list[Record] = json.loads(gzip.decompress(data))
    return records


def _move(engine: Engine, draft_id: str, before: str, after: str, release: int | None = None) -> bool:
    """Move a draft from state ``before`` to ``after``; False when it was not in ``before`` (someone was first)."""
    with engine.begin() as connection:
        done = connection.execute(update(console_drafts).where(
            console_drafts.c.id == draft_id, console_drafts.c.kind == KIND, console_drafts.c.state == before)
            .values(state=after, release=release))
    return done.rowcount == 1


def claim(engine: Engine, draft_id: str) -> bool:
    """Take an open draft for publishing, so that two clicks (or two administrators) publish it once."""
    return _move(engine, draft_id, OPEN, PUBLISHED)


def unclaim(engine: Engine, draft_id: str) -> None:
    """Publishing failed: the draft is open again."""
    _move(engine, draft_id, PUBLISHED, OPEN)


def settle(engine: Engine, draft_id: str, release: int) -> None:
    with engine.begin() as connection:
        connection.execute(update(console_drafts).where(console_drafts.c.id == draft_id)
                           .values(state=PUBLISHED, release=release))


def drop(engine: Engine, draft_id: str) -> bool:
    return _move(engine, draft_id, OPEN, DROPPED)
