"""Applying a release: the only way reference data changes on a kiosk.

Readers see all-old or all-new. Everything slow happens before the write lock
is taken: records are parsed and checked, search and lookup index rows are
worked out, and a whole registry is written into staging tables in short
transactions (:mod:`kiosk.release.staging`). Then one short ``BEGIN IMMEDIATE``
transaction checks again that the release still follows the installed one,
switches every dataset and records the new release, its datasets, its
``created`` time and the last trusted time (which only moves forward). A
failure anywhere leaves the installed release serving; a store that cannot be
written raises :class:`~kiosk.store.StoreUnavailable` before anything is done.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import nullcontext
from typing import TYPE_CHECKING

from kiosk.release import booking, content, fleet_keys, registry, staging
from kiosk.release.model import (
    BOOKING,
    CONTENT,
    DATASETS,
    FLEET_KEYS,
    REGISTRY,
    ApplySummary,
    DatasetDelta,
    DatasetSnapshot,
    DeltaDoesNotApply,
    Release,
    ReleaseInvalid,
    ReleaseRollback,
)
from kiosk.release.state import read_state, write_state
from kiosk.store.errors import unavailable

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.release.prepared import Prepared
    from kiosk.store import Store

log = logging.getLogger(__name__)


def apply_release(store: Store, release: Release, *, again: bool = False) -> ApplySummary:
    """Make ``release`` the installed one, or raise and change nothing a reader can see.

    Raises :class:`ReleaseRollback` for a number not above the installed one
    (release 0 is taken only by a cache that has none), :class:`DeltaDoesNotApply`
    for a delta from a release other than the one held of its dataset,
    :class:`ReleaseInvalid` for a record no authored tree could make, and
    :class:`~kiosk.store.StoreUnavailable` when the cache cannot be written.
    Inside a caller's transaction (the first start's seed) everything is written
    in that transaction.

    ``again`` writes the installed release's datasets once more, for repairs
    (a start that finds the bundled catalogue gone puts release 0's back): it is
    refused unless ``release`` is the installed release and each dataset is
    held at it or not at all.
    """
    if store.unavailable is not None:
        raise unavailable(store.unavailable.reason, store.path, "apply a release")
    if release.created.tzinfo is None:
        raise ValueError("a release's created time must be timezone-aware")
    unknown = sorted(set(release.datasets) - set(DATASETS))
    if unknown:
        raise ReleaseInvalid(unknown[0], "", f"not a dataset this kiosk knows ({', '.join(DATASETS)})")
    previous = _check(store.db, release, again)
    nested = store.db.conn.in_transaction
    prepared = _prepare(release, may_stage=not nested)
    with nullcontext() if nested else staging.checkpoints_apart(store):
        switched = _stage_and_switch(store, release, prepared, again, nested)
    summary = ApplySummary(release.number, previous, tuple(change.change for change in prepared), switched)
    log.info("applied %s; the switch held the write lock %.0f ms", summary, switched * 1000)
    return summary


def _stage_and_switch(store: Store, release: Release, prepared: list[Prepared], again: bool, nested: bool) -> float:
    """Stage, switch and tidy; return how long the switch held the write lock."""
    try:
        for change in prepared:
            change.stage(store)
        with store.transaction(f"apply release {release.number}") as db:
            began = time.perf_counter()
            _check(db, release, again)  # what was checked above still holds now that the lock is ours
            for change in prepared:
                change.write(store)
            write_state(db, release.number, release.created, sorted(release.datasets))
        switched = time.perf_counter() - began
    except BaseException:
        if not nested:
            for change in prepared:
                _quietly(change.discard, store)
        raise
    if not nested:
        staging.checkpoint(store)
    for change in prepared:
        _quietly(change.finish, store)
    return switched


def _check(db: sqlite_utils.Database, release: Release, again: bool) -> int | None:
    """The installed release, after refusing ``release`` if it cannot follow it."""
    installed, held = read_state(db)
    if again:
        for name in release.datasets:
            if installed != release.number or held.get(name, release.number) != release.number:
                raise ReleaseRollback(release.number, -1 if installed is None else installed)
        return installed
    if installed is not None and release.number <= installed:
        raise ReleaseRollback(release.number, installed)
    if release.number < 0:
        raise ReleaseRollback(release.number, -1)
    for name, change in release.datasets.items():
        if isinstance(change, DatasetDelta) and held.get(name) != change.from_release:
            raise DeltaDoesNotApply(name, change.from_release, held.get(name))
    return installed


def _prepare(release: Release, *, may_stage: bool) -> list[Prepared]:
    stamp = release.created.isoformat()
    prepared: list[Prepared] = []
    # Topics before articles, and the order below, keep every foreign key satisfied as rows go in.
    for name in DATASETS:
        change: DatasetSnapshot | DatasetDelta | None = release.datasets.get(name)
        if change is None:
            continue
        if name == CONTENT:
            prepared.append(content.prepare(change))
        elif name == REGISTRY:
            prepared.append(registry.prepare(change, stamp, may_stage=may_stage))
        elif name == BOOKING:
            prepared.append(booking.prepare(change, release.number))
        elif name == FLEET_KEYS:
            prepared.append(fleet_keys.prepare(change, stamp))
    return prepared


def _quietly(step: Callable[[Store], None], store: Store) -> None:
    """Tidying up after the switch (or after a refusal) may fail; the next release tidies again."""
    try:
        step(store)
    except Exception as error:  # whatever it was, the release's outcome stands
        log.warning("release: tidying up failed (%s); the next release or start tidies again", error)


def discard_unfinished(store: Store) -> int:
    """Drop staging tables a killed release left behind (at start-up); return how many."""
    if not store.writable:
        return 0
    return staging.discard_unfinished(store)


__all__ = ["apply_release", "discard_unfinished"]
