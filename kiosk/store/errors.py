"""What can go wrong with the local cache, and how a failure is told apart from damage.

The tree is drawn in :mod:`kiosk.store`. The one distinction that matters is
between a file that is *damaged* (SQLite read it and found it malformed) and a
file that *cannot be written now* (the disk is full, the mount is read-only, the
kiosk user lost its permissions, the disk reports I/O errors). Damage is salvaged
and rebuilt; the second is never touched, because the data in it is fine and the
fix is outside the kiosk. A quarantined healthy file would lose every booking
made since the last sync.

The reason for a failure is read from the machine, not from SQLite's words: an
I/O error on a full disk is "the disk is full", and "attempt to write a readonly
database" is a read-only mount or a file the kiosk user may not write, which
need different fixes.
"""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import sqlite3

Reason = Literal["full", "read-only", "permission", "path", "io", "busy"]

# SQLite's primary result codes (the low byte of the extended ones).
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM = 3, 5, 6, 7
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_CORRUPT, _SQLITE_FULL = 8, 10, 11, 13
_SQLITE_CANTOPEN, _SQLITE_NOTADB = 14, 26
_ENVIRONMENTAL = {_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_NOMEM, _SQLITE_READONLY, _SQLITE_IOERR,
                  _SQLITE_FULL, _SQLITE_CANTOPEN}
_DAMAGE = {_SQLITE_CORRUPT, _SQLITE_NOTADB}

# Below this much free space a write is as good as refused: SQLite needs room for
# a page or two of WAL and its shared-memory index. An I/O error with less free is
# read as "the disk is full", which is what SQLite's shared-memory failure means.
NEARLY_FULL_BYTES = 1 << 20

BUSY_TIMEOUT_SECONDS = 30


class StoreError(Exception):
    """Base class for local-cache failures."""


class SchemaTooNew(StoreError):
    """The database was written by a newer kiosk version. It is left untouched."""

    def __init__(self, path: Path, found: int, understood: int) -> None:
        self.path, self.found = path, found
        super().__init__(
            f"{path} has schema version {found}, but this kiosk understands up to {understood}. "
            "It was written by a newer kiosk version; install that version, or move the file away "
            "to start fresh. The file has not been changed."
        )


class StoreUnavailable(StoreError):
    """The cache cannot be opened or written now; nothing was changed and nothing is lost.

    ``reason`` is one of ``"full"``, ``"read-only"``, ``"permission"``, ``"path"``
    (something in the way of the data folder), ``"io"``, ``"busy"``; the message
    is one sentence for staff saying what to do. The
    screens say only that saving is not possible on this kiosk right now.
    """

    def __init__(self, reason: Reason, message: str) -> None:
        super().__init__(message)
        self.reason: Reason = reason


class StoreBusy(StoreUnavailable):
    """Another program held the cache's write lock for longer than the busy timeout: try again shortly."""

    def __init__(self, message: str) -> None:
        super().__init__("busy", message)


class StoreDamaged(StoreError):
    """SQLite found the open file malformed while working. Restarting the kiosk salvages and rebuilds it."""


def is_damage(error: sqlite3.Error) -> bool:
    """Did SQLite read the file and find it malformed (not merely fail to read or write it)?"""
    return _primary(error) in _DAMAGE


def is_environmental(error: sqlite3.Error) -> bool:
    """A failure of the machine around the file (disk, mount, permissions, lock), not of the file or the code."""
    return _primary(error) in _ENVIRONMENTAL


def _primary(error: sqlite3.Error) -> int:
    code = getattr(error, "sqlite_errorcode", None)
    return -1 if code is None else int(code) & 0xFF


def translated(error: sqlite3.Error, path: Path, doing: str) -> StoreError | None:
    """The :class:`StoreError` for ``error`` met while ``doing`` (e.g. "save a booking"); None for a bug."""
    if is_damage(error):
        return StoreDamaged(f"{path} is damaged ({error}); restart the kiosk to salvage what it holds "
                            "and rebuild it")
    if not is_environmental(error):
        return None
    if _primary(error) in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return StoreBusy(f"could not {doing}: another program kept {path} locked (waited up to "
                         f"{BUSY_TIMEOUT_SECONDS} seconds); try again, and if it keeps happening, "
                         "look for a stuck `kiosk` command (ps aux | grep kiosk)")
    if _primary(error) == _SQLITE_FULL:
        return unavailable("full", path, doing)
    return unavailable(diagnose(path, readonly_hint=_primary(error) == _SQLITE_READONLY), path, doing)


def from_os_error(error: OSError, path: Path, doing: str) -> StoreUnavailable:
    """The :class:`StoreUnavailable` for an ``OSError`` met while ``doing``."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return unavailable("full", path, doing)
    if error.errno == errno.EROFS:
        return unavailable("read-only", path, doing)
    if error.errno in (errno.EACCES, errno.EPERM):
        return unavailable("permission", path, doing)
    if error.errno in (errno.ENOTDIR, errno.EEXIST, errno.ENOENT, errno.EISDIR, errno.ENAMETOOLONG, errno.ELOOP):
        return unavailable("path", path, doing, detail=error.strerror or str(error))
    return unavailable(diagnose(path), path, doing, detail=error.strerror or str(error))


def diagnose(path: Path, *, readonly_hint: bool = False) -> Reason:
    """Why ``path`` cannot be written, as far as the machine says."""
    existing = nearest_existing(path)
    try:
        if os.statvfs(existing).f_flag & os.ST_RDONLY:
            return "read-only"
    except OSError:
        return "io"
    if free_bytes(existing) < NEARLY_FULL_BYTES:
        return "full"
    writable = os.access(existing, os.W_OK)
    if existing == path and existing.is_file():
        writable = writable and os.access(existing.parent, os.W_OK)
    if not writable:
        return "permission"
    return "read-only" if readonly_hint else "io"


def unavailable(reason: Reason, path: Path, doing: str, detail: str = "") -> StoreUnavailable:
    """A :class:`StoreUnavailable` whose message tells staff what to do about ``reason``."""
    because = f" ({detail})" if detail else ""
    folder = path.parent if path.suffix else path
    sentences: dict[Reason, str] = {
        "full": f"could not {doing}: the disk holding {folder} is full{because}. Free some space there "
                "(old logs, apt-get clean) or give the kiosk a larger disk; nothing saved so far is lost",
        "read-only": f"could not {doing}: {path} is on a read-only disk or mount{because}. Remount it "
                     f"read-write (mount -o remount,rw), or check the disk for errors (dmesg); "
                     "nothing saved so far is lost",
        "permission": f"could not {doing}: the kiosk user may not write {path}{because}. Give the data "
                      f"folder back to the kiosk user (chown -R <kiosk user> {folder}; chmod u+w); "
                      "nothing saved so far is lost",
        "path": f"could not {doing}: {path} cannot be made a folder{because}; remove what is in the way, "
                "or point kiosk.data_dir (--data-dir) at a folder the kiosk user may write",
        "io": f"could not {doing}: the disk holding {folder} reports errors{because}. Check it "
              "(dmesg, smartctl -a) and replace it if it is failing; nothing saved so far is lost",
        "busy": f"could not {doing}: another program kept {path} locked{because}; try again",
    }
    return StoreUnavailable(reason, sentences[reason])


def nearest_existing(path: Path) -> Path:
    """``path`` or its closest ancestor that exists (free space and mount flags are asked of it)."""
    for candidate in (path, *path.parents):
        try:
            if candidate.exists():
                return candidate
        except OSError:
            continue
    return Path("/")


def free_bytes(path: Path) -> int:
    """Bytes an unprivileged writer may still use on the filesystem holding ``path``."""
    try:
        return shutil.disk_usage(nearest_existing(path)).free
    except OSError:
        return 0
