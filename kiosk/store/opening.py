"""Opening the cache: create it whole, serve what can be read, salvage what is damaged.

- **No file yet**: the cache is built beside its name (``kiosk.db.new``, with
  a rollback journal, so it is one file), migrated and seeded in one
  transaction, and only then renamed into place. A killed or failed first start
  leaves no half-made cache, and a ``kiosk.db`` that exists always held the
  schema once: an empty one is damage, never "new". There must be room for the
  result first (``room_for_seed``), or nothing is written.
- **A healthy file** is migrated and written to once (a commit made as a
  booking's is). If it cannot be written (disk full, read-only, permissions),
  the store is opened read-only with ``Store.unavailable`` saying why: the kiosk
  keeps informing and checking agencies, and the file is not touched.
- **A file that cannot even be read** normally (a full disk leaves no room for
  SQLite's shared-memory index; a read-only mount) is opened immutable, and
  served the same way.
- **A damaged file**: a new cache is built beside it and what the damaged one
  still holds is salvaged into it (:mod:`kiosk.store.salvage`); then the
  damaged file moves to ``quarantine/`` and the new one takes its name, with
  an event saying what was saved and what could not be. If there is no room to
  do that, nothing moves.

Openers take an exclusive lock on the data folder while they decide, so two
processes starting together never both build, or both quarantine.
"""

from __future__ import annotations

import fcntl
import logging
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.store import database, health, salvage
from kiosk.store.database import Store, connect, migrate, pending_migrations, use_wal, utc_now
from kiosk.store.errors import (
    SchemaTooNew,
    StoreBusy,
    StoreDamaged,
    StoreError,
    StoreUnavailable,
    free_bytes,
    from_os_error,
    translated,
    unavailable,
)

if TYPE_CHECKING:
    import sqlite_utils

    from kiosk.paths import DataPaths

log = logging.getLogger(__name__)

Seed = Callable[[Store], None]

# Room a cache needs beyond its seed: the schema, a WAL and its index, a few bookings.
BASE_BYTES = 2 << 20
EVENT_REBUILT = "database_rebuilt"


def open_store(data_paths: DataPaths, seed: Seed | None = None, *,
               room_for_seed: int | Callable[[], int] = 0) -> Store:
    """Open (creating or salvaging) the cache in ``data_paths`` and bring its schema up to date.

    ``seed`` fills a new or rebuilt cache with the bundled data, in the
    transaction that makes it; ``room_for_seed`` is how many bytes that needs
    (or a function that works it out, asked only when a cache is made), checked
    against the free space before anything is written.

    Raises :class:`SchemaTooNew`, or :class:`StoreUnavailable` when there is
    nothing that can be read. A store that reads but cannot write is returned
    with ``unavailable`` set.
    """
    root = data_paths.root
    try:
        data_paths.ensure()
    except OSError as error:
        if not _exists(data_paths.database):
            raise from_os_error(error, root, "create the data folder") from error
        log.warning("local cache: cannot prepare %s (%s); opening what is there", root, error)
    with _opening_lock(root):
        path = data_paths.database
        _finish_or_clear_new(data_paths)
        if not _exists(path):
            return _create(data_paths, seed, room_for_seed, damaged=None)
        found = health.inspect(path)
        if found.state == "unreadable":
            assert found.unavailable is not None
            return _read_only(path, found.unavailable)
        if found.state == "damaged":
            return _create(data_paths, seed, room_for_seed, damaged=found.damage)
        if found.version > database.LATEST_VERSION:
            raise SchemaTooNew(path, found.version, database.LATEST_VERSION)
        return _open_existing(data_paths, seed, room_for_seed, may_salvage=True)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return True  # cannot tell: treat it as there, so nothing is built over it


@contextmanager
def _opening_lock(root: Path) -> Iterator[None]:
    try:
        handle = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        yield  # a folder that cannot be opened cannot be built in either
        return
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # releases the lock


def _new_path(data_paths: DataPaths) -> Path:
    return data_paths.database.with_name(data_paths.database.name + ".new")


def _finish_or_clear_new(data_paths: DataPaths) -> None:
    """Deal with a cache a killed start was building: finish its move into place, or remove it.

    A finished one (meta ``built``) holds everything: if it was salvaged from a
    damaged file, that file goes to the quarantine name recorded in it first.
    """
    new, path = _new_path(data_paths), data_paths.database
    if not _exists(new):
        return
    finished, quarantine_to = _built(new)
    if finished and (quarantine_to or not _exists(path)):
        log.warning("local cache: finishing the move of %s into place", new)
        if quarantine_to:
            _quarantine(path, Path(quarantine_to))
        _move_into_place(new, path, data_paths)
        return
    for suffix in ("", "-journal"):
        with suppress(FileNotFoundError):
            Path(str(new) + suffix).unlink()


def _built(path: Path) -> tuple[bool, str]:
    """Whether the cache at ``path`` was finished, and where the damaged file it replaces goes."""
    try:
        db = connect(path, read_only=True)
        try:
            meta = dict(db.execute("SELECT key, value FROM meta WHERE key IN ('built', 'quarantine_to')").fetchall())
        finally:
            db.close()
    except sqlite3.Error:
        return False, ""
    return "built" in meta, str(meta.get("quarantine_to", ""))


def _create(data_paths: DataPaths, seed: Seed | None, room_for_seed: int | Callable[[], int],
            damaged: str | None) -> Store:
    """Build a cache beside the live name, salvaging ``data_paths.database`` into it if ``damaged``."""
    path, new = data_paths.database, _new_path(data_paths)
    doing = "salvage the damaged local cache" if damaged else "create the local cache"
    # The salvaged rows are a part of the damaged file: its size bounds them.
    needed = BASE_BYTES + _bytes(room_for_seed) + (_size_with_wal(path) if damaged else 0)
    free = free_bytes(data_paths.root)
    if free < needed:
        raise unavailable("full", data_paths.root, doing,
                          detail=f"{free >> 20} MiB free, {-(-needed >> 20)} MiB needed")
    quarantined = _quarantine_name(data_paths) if damaged else None
    finished = False
    try:
        db = connect(new)
        try:
            db.execute("PRAGMA journal_mode=DELETE")  # one file to move into place, no WAL beside it
            migrate(db)
            store = Store(db, new)
            with store.transaction(doing):
                if seed is not None:
                    seed(store)
                    _set_meta(db, "seeded", utc_now())
                if damaged is not None and quarantined is not None:
                    _set_meta(db, "quarantine_to", str(quarantined))
                    report = salvage.salvage(path, db)
                    detail = f"database {damaged}; moved to {quarantined} and rebuilt; {report.summary()}"
                    db.execute("INSERT INTO events(at, kind, detail) VALUES (?, ?, ?)",
                               [utc_now(), EVENT_REBUILT, detail])
                    log.error("local cache: %s", detail)
                _set_meta(db, "built", utc_now())
        finally:
            db.close()
        finished = True  # from here a failure leaves it to the next start to finish (_finish_or_clear_new)
        if quarantined is not None:
            _quarantine(path, quarantined)
        _move_into_place(new, path, data_paths)
    except BaseException as error:
        if not finished:
            for suffix in ("", "-journal"):
                with suppress(OSError):
                    Path(str(new) + suffix).unlink()
        if isinstance(error, OSError):
            raise from_os_error(error, data_paths.root, doing) from error
        if isinstance(error, sqlite3.Error) and (failure := translated(error, new, doing)) is not None:
            raise failure from error
        raise
    return _open_existing(data_paths, None, 0, may_salvage=False)


def _bytes(room: int | Callable[[], int]) -> int:
    return room() if callable(room) else room


def _set_meta(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               [key, value])


def _size_with_wal(path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        with suppress(OSError):
            total += Path(str(path) + suffix).stat().st_size
    return total


def _quarantine_name(data_paths: DataPaths) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return data_paths.quarantine / f"kiosk-{stamp}.db"


def _quarantine(path: Path, destination: Path) -> None:
    """Move the damaged file and its WAL aside for staff; never delete a person's data.

    The WAL goes first and the file last, so a start killed in between still
    sees the damaged file, and finishes the move.
    """
    destination.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    for suffix in ("-wal", "-shm", ""):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, Path(str(destination) + suffix))
    _fsync_directory(destination.parent)


def _move_into_place(new: Path, path: Path, data_paths: DataPaths) -> None:
    # A WAL left where no cache is belongs to no cache this kiosk has: SQLite would replay
    # it into the new file and ruin it. It goes to quarantine like any other orphan.
    for suffix in ("-wal", "-shm"):
        orphan = Path(str(path) + suffix)
        if orphan.exists():
            data_paths.quarantine.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.replace(orphan, Path(str(_quarantine_name(data_paths)) + "-orphan" + suffix))
    with open(new, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(new, path)
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    handle = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _open_existing(data_paths: DataPaths, seed: Seed | None, room_for_seed: int | Callable[[], int], *,
                   may_salvage: bool) -> Store:
    """Open a healthy file for writing; read-only, with the reason, if the machine will not let it be written.

    Damage that ``quick_check`` did not see but writing met is salvaged (once: a
    cache just built is not rebuilt again).
    """
    path = data_paths.database
    try:
        db = connect(path)
    except sqlite3.Error as error:
        failure = translated(error, path, "open the local cache")
        if not isinstance(failure, StoreUnavailable):
            raise
        return _read_only(path, failure)
    store = Store(db, path)
    try:
        use_wal(db, path)
        if pending_migrations(db):
            free = free_bytes(data_paths.root)
            if free < BASE_BYTES:
                raise unavailable("full", data_paths.root, "update the local cache's schema",
                                  detail=f"{free >> 10} KiB free")
            migrate(db)
        if seed is not None and store.get_meta("seeded") is None:
            # A cache an older kiosk made without seeding it: seed it where it is.
            free, needed = free_bytes(data_paths.root), BASE_BYTES + _bytes(room_for_seed)
            if free < needed:
                raise unavailable("full", data_paths.root, "load the bundled data into the local cache",
                                  detail=f"{free >> 20} MiB free, {-(-needed >> 20)} MiB needed")
            with store.transaction("load the bundled data into the local cache"):
                seed(store)
                _set_meta(db, "seeded", utc_now())
        try:
            store.check_writable()
        except StoreBusy:
            pass  # another writer holds the lock: the file can be written, just not this moment
    except StoreUnavailable as refused:
        store.close()
        return _read_only(path, refused)
    except (StoreDamaged, sqlite3.Error) as error:
        store.close()
        found = translated(error, path, "open the local cache") if isinstance(error, sqlite3.Error) else error
        if isinstance(found, StoreUnavailable):
            return _read_only(path, found)
        if isinstance(found, StoreDamaged) and may_salvage:
            return _create(data_paths, seed, room_for_seed, damaged=f"failed while opening: {error}")
        raise
    except BaseException:
        store.close()
        raise
    return store


def _read_only(path: Path, failure: StoreUnavailable) -> Store:
    """The cache opened for reading only, with ``failure`` as the reason it cannot be written.

    Refused (raising ``failure``) when what can be read is not at this kiosk's
    schema version: an older one needs a migration, which is a write.
    """
    for immutable in (False, True):
        try:
            db = connect(path, read_only=True, immutable=immutable)
        except sqlite3.Error:
            continue
        try:
            version = int(db.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.Error:
            db.close()
            continue
        if version != database.LATEST_VERSION:
            db.close()
            raise failure
        log.error("local cache: read-only: %s", failure)
        return Store(db, path, unavailable=failure)
    raise failure


__all__ = ["BASE_BYTES", "EVENT_REBUILT", "Seed", "StoreError", "open_store"]
