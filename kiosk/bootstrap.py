"""Bringing a kiosk's local cache up: open it, and seed it from the bundled content."""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from kiosk import search
from kiosk.agencies import importer, lookup, registry
from kiosk.booking.authoring import read_catalogue
from kiosk.booking.catalogue import has_catalogue, replace_catalogue
from kiosk.config import Config
from kiosk.content.articles import read_tree
from kiosk.content.bundle import apply_tree
from kiosk.store import Store, open_store

log = logging.getLogger(__name__)


def seed_from_bundle(config: Config) -> Callable[[Store], None]:
    def seed(store: Store) -> None:
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
    catalogue = read_catalogue(folder)
    replace_catalogue(store, catalogue, source=f"bundled:{folder}")
    log.info("local cache: loaded the booking catalogue from %s (%d locations, %d services, %d schedules)",
             folder, len(catalogue.locations), len(catalogue.services), len(catalogue.schedules))


def open_local_cache(config: Config) -> Store:
    """Open the cache in the configured data directory, seeding it on first start.

    The search index is rebuilt when its stored format is older than this kiosk's,
    so an upgrade never leaves search reading an index it no longer understands,
    and a cache with no booking catalogue gets the bundled one.
    """
    store = open_store(config.data_paths, seed=seed_from_bundle(config))
    if not has_catalogue(store):
        # A cache first seeded by a kiosk that could not book yet: add the catalogue now.
        seed_booking(store, config.content_dir / "booking")
    rebuilt = search.ensure_index(store)
    if rebuilt is not None:
        log.info("local cache: search index rebuilt for the new format (%d articles)", rebuilt)
    return store

