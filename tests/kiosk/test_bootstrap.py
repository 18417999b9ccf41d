"""Opening the local cache: seeding a new one in a process of its own, opening a seeded one as it is."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest

from kiosk import bootstrap, config
from kiosk.content.articles import articles_for_topic


def settings(tmp_path: Path) -> config.Config:
    return config.load(None, environ={"XDG_CONFIG_HOME": str(tmp_path / "config")}, data_dir=tmp_path / "data")


def test_a_new_cache_is_seeded_in_another_process_and_its_log_comes_back(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    store = bootstrap.open_local_cache(settings(tmp_path), seed_apart=True)
    try:
        assert store.get_meta("seeded") is not None
        assert len(articles_for_topic(store, "documents", "en")) >= 4
    finally:
        store.close()
    loaded = [record for record in caplog.records if "loaded 8 topics" in record.getMessage()]
    assert len(loaded) == 1, "seeded once, and said so"
    assert loaded[0].process != os.getpid(), "the seeding ran in this process"


def test_an_existing_cache_is_opened_where_it_is(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    bootstrap.open_local_cache(settings(tmp_path)).close()
    caplog.set_level(logging.INFO)
    store = bootstrap.open_local_cache(settings(tmp_path), seed_apart=True)
    store.close()
    assert not any("loaded" in record.getMessage() for record in caplog.records), "seeded a second time"
