"""What publishing a registry upload would do: the agencies it adds, changes and removes.

An upload that passes the kiosk's own parser is not published at once: it is kept as a draft
(:mod:`.drafts`, kind ``registry``) with this summary as its preview, and the summary is what the
administrator is shown before confirming. It names the agencies added, changed (and which fields)
and removed, and says whether the mass-removal guard of ``kiosk agencies import`` tripped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.release.records import REGISTRY_ABOUT
from sync.central.console.drafts import Draft
from sync.central.publishing import DatasetChange

Record = dict[str, Any]
#: How many agencies of each kind of change a summary names; the counts are always whole.
LISTED = 500


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


def summary_of(draft: Draft) -> Summary:
    """The summary a registry draft was shown with (its preview)."""
    return Summary.from_json(draft.preview)
