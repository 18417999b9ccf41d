"""The kiosk's local cache: one SQLite file in the data directory.

Errors a caller can act on::

    StoreError                 base class
    ├── SchemaTooNew           the file was written by a newer kiosk; left untouched
    └── StoreUnavailable       the file cannot be opened or written (disk, permissions)

A corrupt file is not an error the caller sees: :func:`open_store` moves it into
the quarantine folder, rebuilds from the bundled data and records an event.
"""

from kiosk.store.database import (
    SchemaTooNew,
    Store,
    StoreError,
    StoreUnavailable,
    open_store,
)

__all__ = ["SchemaTooNew", "Store", "StoreError", "StoreUnavailable", "open_store"]
