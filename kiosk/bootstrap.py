"""Bringing a kiosk's local cache up: open it, and seed it from the bundled content."""

from __future__ import annotations

import logging
from collections.abc import Callable

from kiosk.config import Config
from kiosk.content import topics
from kiosk.store import Store, open_store

log = logging.getLogger(__name__)


def seed_from_bundle(config: Config) -> Callable[[Store], None]:
    def seed(store: Store) -> None:
        loaded = topics.read_topics(config.content_dir / "topics.toml")
        topics.replace_topics(store, loaded)
        store.set_meta("content_source", f"bundled:{config.content_dir}")
        log.info("local cache: loaded %d topics from %s", len(loaded), config.content_dir)

    return seed


def open_local_cache(config: Config) -> Store:
    """Open the cache in the configured data directory, seeding it on first start."""
    return open_store(config.data_paths, seed=seed_from_bundle(config))

