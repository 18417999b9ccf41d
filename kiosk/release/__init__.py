"""Releases: the only way reference data (articles, agencies, the booking catalogue, fleet keys) changes.

- :mod:`kiosk.release.model`: :class:`Release`, :class:`DatasetSnapshot`,
  :class:`DatasetDelta`, and the errors below;
- :mod:`kiosk.release.records`: reference data as keyed records, read from an
  authored tree with the kiosk's own parsers (:func:`read_datasets`);
- :mod:`kiosk.release.apply`: :func:`apply_release`;
- :mod:`kiosk.release.state`: :func:`installed_release`, :func:`dataset_release`,
  :func:`trusted_time`.

Errors a caller can act on (none changes what the kiosk serves)::

    ReleaseError              base class
    ├── ReleaseRollback       the number is not above the installed one
    ├── DeltaDoesNotApply     a delta from another release than the one held: fetch the snapshot
    └── ReleaseInvalid        a record is malformed or contradicts the others

plus the store's own ``StoreUnavailable`` when the cache cannot be written.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from kiosk.release.model import (
    BOOKING,
    CONTENT,
    DATASETS,
    FLEET_KEYS,
    REGISTRY,
    ApplySummary,
    DatasetChange,
    DatasetDelta,
    DatasetSnapshot,
    DeltaDoesNotApply,
    Record,
    Release,
    ReleaseError,
    ReleaseInvalid,
    ReleaseRollback,
)

if TYPE_CHECKING:
    from kiosk.release.apply import apply_release, discard_unfinished
    from kiosk.release.records import read_datasets
    from kiosk.release.state import dataset_release, installed_release, trusted_time

# Applying loads the parsers, the search and the lookup: only when a release is applied.
_HOME = {
    "apply_release": "kiosk.release.apply",
    "discard_unfinished": "kiosk.release.apply",
    "read_datasets": "kiosk.release.records",
    "dataset_release": "kiosk.release.state",
    "installed_release": "kiosk.release.state",
    "trusted_time": "kiosk.release.state",
}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "BOOKING",
    "CONTENT",
    "DATASETS",
    "FLEET_KEYS",
    "REGISTRY",
    "ApplySummary",
    "DatasetChange",
    "DatasetDelta",
    "DatasetSnapshot",
    "DeltaDoesNotApply",
    "Record",
    "Release",
    "ReleaseError",
    "ReleaseInvalid",
    "ReleaseRollback",
    "apply_release",
    "dataset_release",
    "discard_unfinished",
    "installed_release",
    "read_datasets",
    "trusted_time",
]
