"""Bringing a kiosk's local cache up: open it, and seed it from the bundled content.

Seeding reads and indexes the whole bundle: seconds of Python, needed once. Its
modules (content checks, booking authoring, the registry importer) are imported
only when a cache is seeded, so opening an existing cache does not load them.
"""

from __future__ import annotations

import logging
import multiprocessing
import tomllib
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.booking.catalogue import has_catalogue
from kiosk.booking.recovery import restore_from_outbox
from kiosk.content import search
from kiosk.content.errors import ContentError
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
    def seed(store: Store) -> None:
        if not config.content_dir.is_dir():
            raise ContentError(config.content_dir, 0, "the content folder does not exist (kiosk.content_dir)")
        from kiosk.content.articles import read_tree
        from kiosk.content.bundle import apply_tree

        tree = read_tree(config.content_dir)
        apply_tree(store, tree)
        indexed = search.rebuild_index(store)
        store.set_meta("content_source", f"bundled:{config.content_dir}")
        seed_registry(store, config.content_dir / "agencies")
        seed_booking(store, config.content_dir / "booking")
        log.info("local cache: loaded %d topics and %d articles (%d indexed) from %s",
                 len(tree.topics), len(tree.articles), indexed, config.content_dir)

    return seed


def seed_registry(store: Store, folder: Path) -> None:
    """Load the bundled agency registry (fictional demo data) and its lookup index."""
    csv_file, about = folder / "registry.csv", folder / "registry.toml"
    if not csv_file.exists():
        return
    from kiosk.agencies import importer, lookup, registry

    meta = tomllib.loads(about.read_text(encoding="utf-8")) if about.exists() else {}
    agencies = importer.read_registry(csv_file)
    summary = registry.replace_registry(store, agencies, as_of=meta.get("as_of") or date.today(),
                                        source=str(meta.get("source", csv_file)),
                                        rebuild=lookup.rebuild_lookup_index)
    log.info("local cache: loaded the agency registry from %s (%s)", csv_file, summary)


def seed_booking(store: Store, folder: Path) -> None:
    """Load the bundled booking catalogue: offices, services, schedules (fictional demo data)."""
    if not folder.is_dir():
        return
    from kiosk.booking.authoring import read_catalogue
    from kiosk.booking.catalogue import replace_catalogue

    catalogue = read_catalogue(folder)
    replace_catalogue(store, catalogue, source=f"bundled:{folder}")
    log.info("local cache: loaded the booking catalogue from %s (%d locations, %d services, %d schedules)",
             folder, len(catalogue.locations), len(catalogue.services), len(catalogue.schedules))


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
    if not has_catalogue(store):
        # A cache first seeded by a kiosk that could not book yet: add the catalogue now.
        seed_booking(store, config.content_dir / "booking")
    rebuilt = search.ensure_index(store)
    if rebuilt is not None:
        log.info("local cache: search index rebuilt for the new format (%d articles)", rebuilt)
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
