"""Reference data as records: plain JSON-able dicts, each with a stable ``key``.

Four datasets, each a list of records:

- ``content``: ``topic:<id>`` (position, icon, names) and ``article:<id>:<language>``
  (every language, uz-Cyrl included, generated where not hand-written);
- ``registry``: ``agency:<id>`` (names, licence, status and its history,
  destinations, ...) and one ``registry:about`` (``as_of``, ``source``);
- ``booking``: ``location:<id>``, ``service:<id>``, ``schedule:<position>`` and
  ``closure:<position>`` (schedules and closures have no ids of their own; their
  position in the authored order names them);
- ``fleet_keys``: ``receipt-key:<kiosk id>`` with the base64 of the 32 raw
  Ed25519 bytes, filling ``kiosk_keys`` (:mod:`kiosk.receipts.keyring`).

:func:`read_datasets` reads an authored tree with the kiosk's own parsers, so a
tree is judged the same way at the centre and on a kiosk, and its errors keep
their file and line. It never touches a cache. Values are text, whole numbers,
booleans, lists, objects and null (dates as ``YYYY-MM-DD``): never floats, so a
record's canonical JSON is the same on every machine.

The ``*_from_record`` functions go the other way, raising
:class:`~kiosk.release.model.ReleaseInvalid` for a record no reader could have made.
"""

from __future__ import annotations

import base64
import binascii
import json
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.agencies.registry import Agency, AgencyName, Destination, StatusChange
from kiosk.booking.catalogue import Catalogue
from kiosk.booking.model import Location, Service
from kiosk.booking.schedule import closure_from_json, closure_to_json, schedule_from_json, schedule_to_json
from kiosk.content.articles import Article, ContentTree, StoredArticle
from kiosk.content.errors import ContentError, read_utf8
from kiosk.content.topics import Topic
from kiosk.release.model import BOOKING, CONTENT, FLEET_KEYS, REGISTRY, Record, ReleaseInvalid

REGISTRY_ABOUT = "registry:about"


# -- keys --------------------------------------------------------------------------------


def topic_key(topic_id: str) -> str:
    return f"topic:{topic_id}"


def article_key(article_id: str, language: str) -> str:
    return f"article:{article_id}:{language}"


def agency_key(agency_id: str) -> str:
    return f"agency:{agency_id}"


def fleet_key_key(kiosk_id: str) -> str:
    return f"receipt-key:{kiosk_id}"


def split_key(key: str) -> tuple[str, str]:
    """``"article:work-contract:en"`` -> ``("article", "work-contract:en")``."""
    kind, _, rest = key.partition(":")
    return kind, rest


# -- reading an authored tree ---------------------------------------------------------------


def read_datasets(content_dir: Path, registry_csv: Path | None = None, *,
                  today: date | None = None) -> dict[str, list[Record]]:
    """The ``content``, ``registry`` and ``booking`` records of the tree in ``content_dir``.

    ``registry_csv`` defaults to ``agencies/registry.csv`` in the tree (its
    ``registry.toml`` beside it gives ``as_of`` and ``source``); a tree without
    one has no ``registry`` dataset, and one without ``booking/`` no ``booking``.
    ``today`` is when booking schedules are checked to still offer days.

    Raises what the parsers raise: :class:`~kiosk.content.errors.ContentError`,
    :class:`~kiosk.agencies.importer.AgencyImportError`,
    :class:`~kiosk.booking.authoring.CatalogueError`, each with file and line.
    Fleet keys come from enrollments, never from a tree (:func:`fleet_key_record`).
    """
    if not content_dir.is_dir():
        raise ContentError(content_dir, 0, "the content folder does not exist")
    from kiosk.content.articles import read_tree

    datasets: dict[str, list[Record]] = {CONTENT: content_records(read_tree(content_dir), content_dir)}
    csv_file = registry_csv if registry_csv is not None else content_dir / "agencies" / "registry.csv"
    if registry_csv is not None or csv_file.exists():
        from kiosk.agencies.importer import read_registry

        about = csv_file.with_name("registry.toml")
        meta = _read_toml(about) if about.exists() else {}
        as_of = meta.get("as_of")
        datasets[REGISTRY] = registry_records(
            read_registry(csv_file), as_of if isinstance(as_of, date) else None, str(meta.get("source", csv_file.name)))
    booking = content_dir / "booking"
    if booking.is_dir():
        from kiosk.booking.authoring import read_catalogue

        datasets[BOOKING] = booking_records(read_catalogue(booking, today))
    return datasets


def _read_toml(path: Path) -> dict[str, Any]:
    text = read_utf8(path)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ContentError(path, getattr(error, "lineno", 1), f"not valid TOML: {error}") from None
    except RecursionError:
        raise ContentError(path, 1, "not valid TOML: nested too deeply") from None


# -- content ------------------------------------------------------------------------------


def content_records(tree: ContentTree, content_dir: Path | None = None) -> list[Record]:
    records: list[Record] = [
        {"key": topic_key(t.id), "id": t.id, "position": position, "icon": t.icon, "names": dict(t.names)}
        for position, t in enumerate(tree.topics)
    ]
    records += [article_record(a, content_dir) for a in tree.articles]
    return records


def article_record(article: StoredArticle, content_dir: Path | None = None) -> Record:
    source = ""
    if isinstance(article, Article):
        path = article.path
        if content_dir is not None and path.is_absolute():
            try:
                path = path.relative_to(content_dir)
            except ValueError:
                pass
        source = path.as_posix()
    return {
        "key": article_key(article.id, article.language), "id": article.id, "topic": article.topic,
        "language": article.language, "order": article.order, "updated": article.updated.isoformat(),
        "sources": list(article.sources), "url": article.url, "title": article.title, "body": article.body,
        "source": source, "generated": bool(getattr(article, "generated", False)),
    }


def topic_from_record(record: Record) -> tuple[int, Topic]:
    """``(position, topic)``."""
    with _fields(CONTENT, record):
        names = _text_map(record["names"])
        return _int(record["position"]), Topic(_text(record["id"]), _text(record["icon"]), names)


def article_from_record(record: Record) -> StoredArticle:
    with _fields(CONTENT, record):
        return StoredArticle(
            id=_text(record["id"]), topic=_text(record["topic"]), language=_text(record["language"]),
            order=_int(record["order"]), updated=date.fromisoformat(_text(record["updated"])),
            sources=tuple(_text(s) for s in record["sources"]), url=_text(record["url"]),
            title=_text(record["title"]), body=_text(record["body"]),
        )


# -- registry -------------------------------------------------------------------------------


def registry_records(agencies: Iterable[Agency], as_of: date | None, source: str) -> list[Record]:
    records = [agency_record(a) for a in agencies]
    records.append({"key": REGISTRY_ABOUT, "as_of": None if as_of is None else as_of.isoformat(),
                    "source": source})
    return records


def agency_record(agency: Agency) -> Record:
    return {
        "key": agency_key(agency.id), "id": agency.id,
        "names": [{"name": n.name, "kind": n.kind} for n in agency.names],
        "licence_number": agency.licence_number, "authority": agency.authority, "status": agency.status,
        "status_since": agency.status_since.isoformat(), "issued": _iso(agency.issued),
        "expires": _iso(agency.expires),
        "destinations": [{"country": d.country, "valid_until": _iso(d.valid_until)} for d in agency.destinations],
        "address": agency.address, "phone": agency.phone, "website": agency.website,
        "branches": list(agency.branches), "fictional": agency.fictional,
        "history": [{"status": h.status, "since": h.since.isoformat(), "reason": h.reason} for h in agency.history],
    }


def agency_from_record(record: Record, changed_at: str = "") -> Agency:
    with _fields(REGISTRY, record):
        return Agency(
            id=_text(record["id"]),
            names=tuple(AgencyName(_text(n["name"]), _text(n["kind"])) for n in record["names"]),
            licence_number=_text(record["licence_number"]), authority=_text(record["authority"]),
            status=_text(record["status"]), status_since=date.fromisoformat(_text(record["status_since"])),
            issued=_date(record["issued"]), expires=_date(record["expires"]),
            destinations=tuple(Destination(_text(d["country"]), _date(d["valid_until"]))
                               for d in record["destinations"]),
            address=_text(record["address"]), phone=_text(record["phone"]), website=_text(record["website"]),
            branches=tuple(_text(b) for b in record["branches"]), fictional=_bool(record["fictional"]),
            changed_at=changed_at,
            history=tuple(StatusChange(_text(h["status"]), date.fromisoformat(_text(h["since"])), _text(h["reason"]))
                          for h in record["history"]),
        )


@dataclass(frozen=True)
class RegistryAbout:
    as_of: date | None
    source: str


def registry_about_from_record(record: Record) -> RegistryAbout:
    with _fields(REGISTRY, record):
        return RegistryAbout(_date(record["as_of"]), _text(record["source"]))


# -- booking ----------------------------------------------------------------------------------


def booking_records(catalogue: Catalogue) -> list[Record]:
    records: list[Record] = []
    for position, loc in enumerate(catalogue.locations):
        records.append({"key": f"location:{loc.id}", "id": loc.id, "position": position, "kind": loc.kind,
                        "fictional": loc.fictional, "names": dict(loc.names), "address": dict(loc.address),
                        "town": dict(loc.town)})
    for position, service in enumerate(catalogue.services):
        records.append({"key": f"service:{service.id}", "id": service.id, "position": position,
                        "duration_minutes": service.duration_minutes, "capacity": service.capacity,
                        "lead_minutes": service.lead_minutes,
                        "names": dict(service.names),
                        "documents": {tag: list(items) for tag, items in service.documents.items()}})
    for position, schedule in enumerate(catalogue.schedules):
        records.append({"key": f"schedule:{position}", "position": position,
                        "rule": json.loads(schedule_to_json(schedule))})
    for position, closure in enumerate(catalogue.closures):
        records.append({"key": f"closure:{position}", "position": position,
                        "rule": json.loads(closure_to_json(closure))})
    return records


def catalogue_from_records(records: Iterable[Record]) -> Catalogue:
    """The catalogue the records make, each kind in the order of its records' positions."""
    locations: list[tuple[int, Location]] = []
    services: list[tuple[int, Service]] = []
    schedules: list[tuple[int, Any]] = []
    closures: list[tuple[int, Any]] = []
    for record in records:
        kind, _ = split_key(str(record.get("key", "")))
        with _fields(BOOKING, record):
            position = _int(record["position"])
            if kind == "location":
                kind_name = _text(record["kind"])
                if kind_name not in ("office", "mobile"):
                    raise ValueError(f"kind {kind_name!r} is neither office nor mobile")
                locations.append((position, Location(
                    id=_text(record["id"]), kind="mobile" if kind_name == "mobile" else "office",
                    names=_text_map(record["names"]), address=_text_map(record["address"]),
                    town=_text_map(record["town"]), fictional=_bool(record["fictional"]))))
            elif kind == "service":
                services.append((position, Service(
                    id=_text(record["id"]), names=_text_map(record["names"]),
                    duration_minutes=_int(record["duration_minutes"]), capacity=_int(record["capacity"]),
                    lead_minutes=_int(record.get("lead_minutes", 0)),  # releases made before lead times: 0
                    documents={_text(tag): tuple(_text(item) for item in items)
                               for tag, items in dict(record["documents"]).items()})))
            elif kind == "schedule":
                schedules.append((position, schedule_from_json(json.dumps(record["rule"]))))
            elif kind == "closure":
                closures.append((position, closure_from_json(json.dumps(record["rule"]))))
            else:
                raise ValueError("not a booking record kind (location, service, schedule, closure)")

    def ordered(items: list[tuple[int, Any]]) -> tuple[Any, ...]:
        return tuple(item for _, item in sorted(items, key=lambda pair: pair[0]))

    return Catalogue(ordered(locations), ordered(services), ordered(schedules), ordered(closures))


# -- fleet keys --------------------------------------------------------------------------------


def fleet_key_record(kiosk_id: str, public_key: str) -> Record:
    """A kiosk's receipt-signing key, as enrollment registered it (base64 of the 32 raw bytes)."""
    return {"key": fleet_key_key(kiosk_id), "kiosk_id": kiosk_id, "public_key": public_key}


def fleet_key_from_record(record: Record) -> tuple[str, str]:
    """``(kiosk_id, public_key)``, refused unless the id is the one derived from the key."""
    from kiosk.receipts.device_key import kiosk_id_for
    from kiosk.receipts.keyring import public_key_from_base64

    with _fields(FLEET_KEYS, record):
        kiosk_id, encoded = _text(record["kiosk_id"]), _text(record["public_key"])
        key = public_key_from_base64(encoded)
        if kiosk_id_for(key) != kiosk_id:
            raise ValueError(f"the key is kiosk {kiosk_id_for(key)!r}'s, not {kiosk_id!r}'s")
        from kiosk.receipts.device_key import raw_public_key

        return kiosk_id, base64.b64encode(raw_public_key(key)).decode("ascii")


# -- checking values ----------------------------------------------------------------------------


class _fields:  # lower case: ``with _fields(...)`` reads as a clause
    """Turns a missing or mistyped field into :class:`ReleaseInvalid` naming the record."""

    def __init__(self, dataset: str, record: Mapping[str, Any]) -> None:
        self.dataset, self.key = dataset, str(record.get("key", "?")) if isinstance(record, Mapping) else "?"

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, _: object) -> None:
        if isinstance(error, KeyError):
            raise ReleaseInvalid(self.dataset, self.key, f"lacks {error}") from error
        if isinstance(error, (TypeError, ValueError, AttributeError, binascii.Error)):
            raise ReleaseInvalid(self.dataset, self.key, str(error)) from error


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, found {type(value).__name__}")
    return value


def _int(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected a whole number, found {type(value).__name__}")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, found {type(value).__name__}")
    return value


def _text_map(value: object) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object of texts, found {type(value).__name__}")
    return {_text(k): _text(v) for k, v in value.items()}


def _date(value: object) -> date | None:
    return None if value is None else date.fromisoformat(_text(value))


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


__all__ = [
    "REGISTRY_ABOUT",
    "RegistryAbout",
    "agency_from_record",
    "agency_key",
    "agency_record",
    "article_from_record",
    "article_key",
    "article_record",
    "booking_records",
    "catalogue_from_records",
    "content_records",
    "fleet_key_from_record",
    "fleet_key_key",
    "fleet_key_record",
    "read_datasets",
    "registry_about_from_record",
    "registry_records",
    "split_key",
    "topic_from_record",
    "topic_key",
]
