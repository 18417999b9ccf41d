"""What a release is, once verified and decoded: numbered datasets of keyed records.

The wire format (signed manifest, content-addressed files) belongs to the sync
protocol; by the time a release reaches :func:`kiosk.release.apply_release` it
is these plain objects. Each dataset comes whole (:class:`DatasetSnapshot`) or
as the changes since the release the kiosk has (:class:`DatasetDelta`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Record = dict[str, Any]

CONTENT = "content"
REGISTRY = "registry"
BOOKING = "booking"
FLEET_KEYS = "fleet_keys"
DATASETS = (CONTENT, REGISTRY, BOOKING, FLEET_KEYS)


@dataclass(frozen=True)
class DatasetSnapshot:
    """Every record of a dataset: what is not here is deleted."""

    records: list[Record]


@dataclass(frozen=True)
class DatasetDelta:
    """The records changed since ``from_release``: upserted whole, or deleted by key."""

    from_release: int
    upsert: list[Record] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Release:
    number: int
    created: datetime  # timezone-aware; it moves the kiosk's last trusted time forward
    datasets: dict[str, DatasetSnapshot | DatasetDelta]


@dataclass(frozen=True)
class DatasetChange:
    """What applying one dataset did: records written and deleted."""

    name: str
    kind: str  # "snapshot" or "delta"
    upserted: int
    deleted: int


@dataclass(frozen=True)
class ApplySummary:
    number: int
    previous: int | None
    changes: tuple[DatasetChange, ...]
    switch_seconds: float  # how long the switch held the write lock

    def __str__(self) -> str:
        parts = ", ".join(f"{c.name} {c.kind} +{c.upserted}/-{c.deleted}" for c in self.changes) or "no datasets"
        return f"release {self.number} (was {self.previous}): {parts}"


class ReleaseError(Exception):
    """Base class: the release was not applied and the installed one keeps serving."""


class ReleaseRollback(ReleaseError):
    """The release's number is not above the installed one: an old or replayed release."""

    def __init__(self, number: int, installed: int) -> None:
        super().__init__(f"release {number} is not newer than the installed release {installed}")
        self.number, self.installed = number, installed


class DeltaDoesNotApply(ReleaseError):
    """A delta starts from a release other than the one this kiosk holds of that dataset: fetch the snapshot."""

    def __init__(self, dataset: str, from_release: int, installed: int | None) -> None:
        super().__init__(f"the {dataset} delta starts from release {from_release}, "
                         f"but this kiosk holds the {dataset} of release {installed}")
        self.dataset, self.from_release, self.installed = dataset, from_release, installed


class ReleaseInvalid(ReleaseError):
    """A record is malformed, or the records contradict each other (an article in a topic that is not there)."""

    def __init__(self, dataset: str, key: str, reason: str) -> None:
        super().__init__(f"{dataset} record {key!r}: {reason}")
        self.dataset, self.key, self.reason = dataset, key, reason


__all__ = [
    "BOOKING",
    "CONTENT",
    "DATASETS",
    "FLEET_KEYS",
    "REGISTRY",
    "ApplySummary",
    "DatasetChange",
    "DatasetDelta",
    "DatasetSnapshot",
    "DeltaDoesNotApply",
    "Record",
    "Release",
    "ReleaseError",
    "ReleaseInvalid",
    "ReleaseRollback",
]
