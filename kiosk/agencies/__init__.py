"""Check an agency: the licensed recruitment-agency registry, its import and its sample data.

- :mod:`kiosk.agencies.registry`: the model (:class:`Agency`), computed status
  (:func:`effective_status`), licence-number keys (:func:`normalise_licence`) and
  the store (:func:`replace_registry`, :func:`get_agency`, :func:`registry_as_of`).
- :mod:`kiosk.agencies.importer`: CSV/JSON files from an administrator
  (:func:`read_registry`, :func:`main_import` behind ``kiosk agencies import``).
- :mod:`kiosk.agencies.sample`: fictional agencies for demos and benchmarks.

Errors a caller can act on::

    AgencyImportError          base class: the kiosk cannot take this file
    ├── RegistryFileError      the registry file has problems; ``.problems`` lists
    │                          every one as RowProblem(row, column, reason); nothing
    │                          was stored. Cells holding what is not text (NUL, control
    │                          characters, lone surrogates), a CSV cell over the csv
    │                          module's limit, JSON nested too deeply or holding a
    │                          number too long to read are problems like any other
    ├── MappingFileError       the ``--mapping`` TOML file is unreadable or malformed
    └── MassRemoval            the import would remove more of the stored registry than
                               allowed (default a fifth, or all of it); nothing was
                               stored. ``--allow-removals`` lets a deliberate one through

The store's own failures (a full or read-only disk: ``kiosk.store.StoreUnavailable``)
reach the caller unchanged.

``replace_registry`` raises ``ValueError`` for agencies that no file could have
produced (a duplicate id, an unknown status): that is a bug in the caller.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.agencies.importer import (
        AgencyImportError,
        HeaderMapping,
        MappingFileError,
        MassRemoval,
        RegistryFileError,
        RemovalLimit,
        RowProblem,
        main_import,
        read_registry,
    )
    from kiosk.agencies.registry import (
        STATUSES,
        Agency,
        AgencyName,
        Destination,
        ImportSummary,
        StatusChange,
        effective_status,
        get_agency,
        normalise_licence,
        permitted_destinations,
        registry_as_of,
        replace_registry,
    )

# Each name loads its own module on first use, not all of them with the package:
# the touch screen's start imports the country names, not the importer and its CSV and TOML readers.
_HOME = {name: module for module, names in {
    "kiosk.agencies.importer": ("AgencyImportError", "HeaderMapping", "MappingFileError", "MassRemoval",
                                "RegistryFileError", "RemovalLimit", "RowProblem", "main_import", "read_registry"),
    "kiosk.agencies.registry": ("STATUSES", "Agency", "AgencyName", "Destination", "ImportSummary", "StatusChange",
                                "effective_status", "get_agency", "normalise_licence", "permitted_destinations",
                                "registry_as_of", "replace_registry"),
}.items() for name in names}


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(_HOME[name]), name)
    globals()[name] = value
    return value


__all__ = [
    "STATUSES",
    "Agency",
    "AgencyImportError",
    "AgencyName",
    "Destination",
    "HeaderMapping",
    "ImportSummary",
    "MappingFileError",
    "MassRemoval",
    "RegistryFileError",
    "RemovalLimit",
    "RowProblem",
    "StatusChange",
    "effective_status",
    "get_agency",
    "main_import",
    "normalise_licence",
    "permitted_destinations",
    "read_registry",
    "registry_as_of",
    "replace_registry",
]
