"""The kiosk's local cache: one SQLite file in the data directory.

Errors a caller can act on::

    StoreError                 base class
    ├── SchemaTooNew           the file was written by a newer kiosk; left untouched
    ├── StoreUnavailable       cannot be opened or written now: disk full, read-only, permissions,
    │   │                      I/O errors. ``.reason`` says which, the message tells staff what to
    │   │                      do. Nothing was written and nothing is lost; the screens say saving
    │   │                      is not possible on this kiosk right now
    │   └── StoreBusy          another program held the write lock past the busy timeout: try again
    └── StoreDamaged           SQLite found the open file malformed; restarting salvages it

A damaged file found when opening is not an error the caller sees:
:func:`open_store` salvages what it still holds into a rebuilt cache, moves it
to the quarantine folder and records an event saying what was saved. A file
that cannot be written is never moved: :func:`open_store` returns it read-only,
with ``Store.unavailable`` set.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kiosk.store.errors import SchemaTooNew, StoreBusy, StoreDamaged, StoreError, StoreUnavailable

if TYPE_CHECKING:
    from kiosk.store.database import Store
    from kiosk.store.opening import open_store

# The errors are light and come at once; the store and its opening (SQLite, the
# salvage, the health checks) load on first use. The touch screen names the
# errors to draw its first frame, and opens the cache only after it.
_HOME = {"Store": "kiosk.store.database", "open_store": "kiosk.store.opening"}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value

__all__ = [
    "SchemaTooNew",
    "Store",
    "StoreBusy",
    "StoreDamaged",
    "StoreError",
    "StoreUnavailable",
    "open_store",
]
