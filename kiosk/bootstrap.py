"""Bringing a kiosk's local cache up: open it, and seed it from the bundled content.

Seeding is applying release 0, made from the bundled ``content/``
(:func:`bundled_release`), the way any later release is applied: reference data
changes only through :func:`kiosk.release.apply_release`. It reads and indexes
the whole bundle: seconds of Python, needed once. The readers (content checks,
booking authoring, the registry importer) are imported only when a cache is
seeded, so opening an existing cache does not load them.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Collection
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.agencies import lookup
from kiosk.booking import catalogue
from kiosk.booking.catalogue import has_catalogue
from kiosk.booking.recovery import restore_from_outbox
from kiosk.content import search
from kiosk.content.errors import ContentError
from kiosk.release import BOOKING, CONTENT, REGISTRY, DatasetSnapshot, Release
from kiosk.release.staging import discard_unfinished
from kiosk.release.state import dataset_release, installed_release
from kiosk.store import Store, open_store

if TYPE_CHECKING:
    from kiosk.config import Config

log = logging.getLogger(__name__)


# A seeded cache is about 7 times the size of the bundle it was made from (indexes,
# both Uzbek scripts, sound keys); the rest is room for the journal while it is made.
SEED_GROWTH = 10


def room_for_seed(config: Config) -> int:
    """Bytes the first start needs to seed the cache from ``config.content_dir`` (0 if there is no bundle)."""
    total = 0
    for path in config.content_dir.rglob("*"):
        try:
            total += path.stat().st_size if path.is_file() else 0
        except OSError:
            continue  # an unreadable file is reported by the seed itself
    return SEED_GROWTH * total


def seed_from_bundle(config: Config) -> Callable[[Store], None]:
    """The first start's seed: release 0, read from the bundled ``content/`` and applied like any release."""
    def seed(store: Store) -> None:
        from kiosk.release.apply import apply_release

        release = bundled_release(config.content_dir)
        apply_release(store, release)
        store.set_meta("content_source", f"bundled:{config.content_dir}")
        if BOOKING in release.datasets:
            store.set_meta(catalogue.META_SOURCE, f"bundled:{config.content_dir / 'booking'}")
        _log_loaded(store, release, config.content_dir)

    return seed


def bundled_release(content_dir: Path, datasets: Collection[str] | None = None) -> Release:
    """Release 0: the bundle's datasets (or only ``datasets`` of them) as snapshots.

    Its ``created`` is the newest date the bundle names (an article's update, the
    registry's ``as_of``), so the last trusted time starts at a day that has
    certainly come, whatever this kiosk's clock says.
    """
    if not content_dir.is_dir():
        raise ContentError(content_dir, 0, "the content folder does not exist (kiosk.content_dir)")
    from kiosk.release.records import read_datasets

    records = read_datasets(content_dir)
    days = [date.fromisoformat(str(r[field])) for rs in records.values() for r in rs
            for field in ("updated", "as_of") if isinstance(r.get(field), str)]
    created = datetime.combine(max(days, default=date(2000, 1, 1)), time(0), tzinfo=UTC)
    return Release(0, created, {name: DatasetSnapshot(rs) for name, rs in records.items()
                                if datasets is None or name in datasets})


def _log_loaded(store: Store, release: Release, content_dir: Path) -> None:
    def count(name: str, kind: str) -> int:
        change = release.datasets.get(name)
        records = change.records if isinstance(change, DatasetSnapshot) else []
        return sum(1 for record in records if str(record.get("key", "")).startswith(kind + ":"))

    indexed = store.db.execute("SELECT count(*) FROM article_search").fetchone()[0]
    log.info("local cache: loaded %d topics and %d articles (%d indexed) from %s",
             count(CONTENT, "topic"), count(CONTENT, "article"), indexed, content_dir)
    if REGISTRY in release.datasets:
        log.info("local cache: loaded the agency registry from %s (%d agencies)",
                 content_dir / "agencies", count(REGISTRY, "agency"))
    if BOOKING in release.datasets:
        log.info("local cache: loaded the booking catalogue from %s (%d locations, %d services, %d schedules)",
                 content_dir / "booking", count(BOOKING, "location"), count(BOOKING, "service"),
                 count(BOOKING, "schedule"))


def _restore_bundled_catalogue(store: Store, config: Config) -> None:
    """Put the bundled catalogue back when it is missing and the kiosk holds no other (release 0's, or none)."""
    folder = config.content_dir / "booking"
    held = dataset_release(store, BOOKING)
    if not folder.is_dir() or held not in (None, 0):
        return  # a catalogue from the centre, even an empty one, is the centre's to change
    from kiosk.release.apply import apply_release

    release = bundled_release(config.content_dir, {BOOKING})
    installed = installed_release(store)
    # A cache from before releases has none installed: the bundle's catalogue is its release 0.
    apply_release(store, release, again=installed == 0)
    store.set_meta(catalogue.META_SOURCE, f"bundled:{folder}")
    _log_loaded(store, release, config.content_dir)


def open_local_cache(config: Config, *, seed_apart: bool = False) -> Store:
    """Open the cache in the configured data directory, seeding it on first start.

    The search index is rebuilt when its stored format is older than this kiosk's,
    so an upgrade never leaves search reading an index it no longer understands,
    and a cache with no booking catalogue gets the bundled one.

    With ``seed_apart``, a cache that does not exist yet is made and seeded in a
    process of its own first: the kiosk's screen keeps its interpreter (and the
    GIL) to itself, and a second core does the work.
    """
    if seed_apart and not config.data_paths.database.exists():
        _seed_in_own_process(config)
    store = open_store(config.data_paths, seed=seed_from_bundle(config), room_for_seed=lambda: room_for_seed(config))
    if not store.writable:
        return store  # it reads as it is; what it cannot write, staff are told (store.unavailable)
    # Bookings a damaged page took but whose outbox items survived are made again (a no-op look otherwise).
    restore_from_outbox(store)
    # Staging tables a release killed half-way left behind: dropped, the release it was is fetched again.
    discard_unfinished(store)
    if not has_catalogue(store):
        # A cache first seeded by a kiosk that could not book yet: add the catalogue now.
        _restore_bundled_catalogue(store, config)
    rebuilt = search.ensure_index(store)
    if rebuilt is not None:
        log.info("local cache: search index rebuilt for the new format (%d articles)", rebuilt)
    rekeyed = lookup.ensure_lookup_index(store)
    if rekeyed is not None:
        log.info("local cache: agency lookup index rebuilt for the new format (%d names)", rekeyed)
    return store


def _seed_in_own_process(config: Config) -> None:
    """Make and seed the cache in a spawned child; on any failure, leave it to the caller.

    The caller opens the cache next either way. When the child failed (or was
    killed half-way: the seed is one transaction), that open seeds it again in
    this process and reports a real problem, such as a full disk, the usual way.
    """
    # spawn, not fork: this process runs Qt's threads, and a forked copy of them is unsafe.
    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            records = pool.submit(_make_cache, config).result()
    except Exception as error:  # whatever it was, the open that follows seeds here
        log.warning("local cache: seeding in a separate process failed (%s); seeding here", error)
        return
    for record in records:  # the child's log lines, in this process's log
        logger = logging.getLogger(record.name)
        if logger.isEnabledFor(record.levelno):
            logger.handle(record)


def _make_cache(config: Config) -> list[logging.LogRecord]:
    """In the child process: open (so make and seed) the cache, and return what it logged."""
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            self.format(record)  # turns a traceback into text: neither it nor the arguments may pickle
            record.msg, record.args, record.exc_info = record.getMessage(), None, None
            records.append(record)

    root = logging.getLogger()
    root.addHandler(Keep())
    root.setLevel(logging.INFO)
    open_local_cache(config).close()
    return records
