"""Which release a kiosk holds, kept in the cache's ``meta`` table.

Written only by :func:`kiosk.release.apply_release`, in the transaction that
switches the data, so the numbers never disagree with what is stored.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.store import Store

META_INSTALLED = "release_installed"
META_CREATED = "release_created"
# The newest `created` this kiosk has accepted: kiosk clocks lie, and this only moves forward.
META_TRUSTED = "release_trusted_time"
_META_DATASET = "release_dataset:"


def installed_release(store: Store) -> int | None:
    """The number of the release this kiosk serves, or None before its first (release 0 on first start)."""
    value = store.get_meta(META_INSTALLED)
    return None if value is None else int(value)


def dataset_release(store: Store, name: str) -> int | None:
    """The release whose ``name`` dataset this kiosk holds (a delta must start from it), or None."""
    value = store.get_meta(_META_DATASET + name)
    return None if value is None else int(value)


def release_created(store: Store) -> datetime | None:
    value = store.get_meta(META_CREATED)
    return None if value is None else datetime.fromisoformat(value)


def trusted_time(store: Store) -> datetime | None:
    """The last trusted time: the latest ``created`` of any release applied here, or None."""
    value = store.get_meta(META_TRUSTED)
    return None if value is None else datetime.fromisoformat(value)


def read_state(db: sqlite_utils.Database) -> tuple[int | None, dict[str, int]]:
    """``(installed, {dataset: release})`` as ``db`` sees it now (inside a transaction: as it will commit)."""
    installed: int | None = None
    datasets: dict[str, int] = {}
    for key, value in db.execute("SELECT key, value FROM meta WHERE key = ? OR key LIKE ?",
                                 [META_INSTALLED, _META_DATASET + "%"]):
        if key == META_INSTALLED:
            installed = int(value)
        else:
            datasets[str(key)[len(_META_DATASET):]] = int(value)
    return installed, datasets


def write_state(db: sqlite_utils.Database, number: int, created: datetime, datasets: list[str]) -> None:
    """Record release ``number`` as installed, in the caller's transaction."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [META_TRUSTED]).fetchone()
    trusted = created if row is None else max(created, datetime.fromisoformat(str(row[0])))
    values = {META_INSTALLED: str(number), META_CREATED: created.isoformat(), META_TRUSTED: trusted.isoformat()}
    values.update({_META_DATASET + name: str(number) for name in datasets})
    db.conn.executemany(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        list(values.items()))


__all__ = ["META_CREATED", "META_INSTALLED", "META_TRUSTED", "dataset_release", "installed_release", "read_state",
           "release_created", "trusted_time", "write_state"]
