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
    │                          was stored
    └── MappingFileError       the ``--mapping`` TOML file is unreadable or malformed

``replace_registry`` raises ``ValueError`` for agencies that no file could have
produced (a duplicate id, an unknown status): that is a bug in the caller.
"""

from kiosk.agencies.importer import (
    AgencyImportError,
    HeaderMapping,
    MappingFileError,
    RegistryFileError,
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

__all__ = [
    "STATUSES",
    "Agency",
    "AgencyImportError",
    "AgencyName",
    "Destination",
    "HeaderMapping",
    "ImportSummary",
    "MappingFileError",
    "RegistryFileError",
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
