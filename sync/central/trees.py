"""Judging what an administrator uploads with the kiosk's own parsers, as a kiosk would.

A content tree or a registry file with errors is refused whole (422), every
problem listed with its file and line, so the author can fix them all at once.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from kiosk.agencies.importer import (
    DEFAULT_REMOVAL_SHARE,
    AgencyImportError,
    MassRemoval,
    RegistryFileError,
    RemovalLimit,
    looks_like_json,
    read_registry,
)
from kiosk.agencies.registry import ImportSummary
from kiosk.booking.authoring import CatalogueError
from kiosk.content.errors import ContentError
from kiosk.release.model import ReleaseError
from kiosk.release.records import read_datasets, registry_records
from sync.central.errors import ApiError
from sync.central.publishing import DatasetChange
from sync.central.uploads import unpack_tree

Record = dict[str, Any]


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name


def _registry_problems(error: RegistryFileError, file: str) -> list[dict[str, Any]]:
    return [{"file": file, "line": problem.file_line, "where": problem.where, "column": problem.column,
             "message": problem.reason} for problem in error.problems]


def judge_tree(archive: Path, target: Path, max_unpacked: int, today: date) -> dict[str, list[Record]]:
    """The datasets of the content tree in ``archive`` (gzip tar), or a 422 listing what is wrong."""
    target.mkdir()
    root = unpack_tree(archive, target, max_unpacked)
    try:
        return read_datasets(root, today=today)
    except ContentError as error:
        problem = {"file": _relative(error.path, root), "line": error.line, "message": error.message}
        raise ApiError(422, "invalid_content", f"{problem['file']}:{error.line}: {error.message}",
                       problems=[problem]) from error
    except RegistryFileError as error:
        problems = _registry_problems(error, _relative(error.path, root))
        raise ApiError(422, "invalid_registry", f"the registry has {len(problems)} problem(s)",
                       problems=problems) from error
    except CatalogueError as error:
        problems = [{"file": _relative(p.path, root), "line": p.line, "message": p.message}
                    for p in error.problems if p.severity == "error"]
        raise ApiError(422, "invalid_booking", f"the booking catalogue has {len(problems)} error(s)",
                       problems=problems) from error
    except (AgencyImportError, ReleaseError) as error:
        raise ApiError(422, "invalid_content", str(error).replace(str(root) + "/", "")) from error


def judge_registry(data: bytes, as_of: date | None, source: str) -> list[Record]:
    """The ``registry`` dataset of an uploaded CSV or JSON file, or a 422 listing its bad rows by line."""
    with tempfile.TemporaryDirectory(prefix="kiosk-central-") as folder:
        path = Path(folder) / ("registry.json" if looks_like_json(data[:4096]) else "registry.csv")
        path.write_bytes(data)
        try:
            agencies = read_registry(path)
        except RegistryFileError as error:
            problems = _registry_problems(error, path.name)
            first = problems[0]
            raise ApiError(422, "invalid_registry",
                           f"{len(problems)} problem(s); first, line {first['line']}: {first['message']}",
                           problems=problems) from error
        except AgencyImportError as error:
            raise ApiError(422, "invalid_registry", str(error).replace(folder + "/", "")) from error
    return registry_records(agencies, as_of, source)


def guard_registry_removals(change: DatasetChange, allow_removals: bool) -> None:
    """Refuse (409) a registry that drops more agencies than the kiosk's own import would.

    A header-only or truncated file is valid CSV, and publishing it would wipe the
    registry on every kiosk; the limit is the one ``kiosk agencies import`` applies.
    """
    stored = max(change.before - 1, 0)  # every registry dataset has one 'registry:about' record besides agencies
    summary = ImportSummary(len(change.added), len(change.changed), len(change.removed))
    limit = RemovalLimit(None if allow_removals else DEFAULT_REMOVAL_SHARE)
    if limit.exceeded_by(summary, stored):
        refusal = MassRemoval(summary, stored, DEFAULT_REMOVAL_SHARE)
        raise ApiError(409, "mass_removal", f"{refusal}; nothing was published. If this is meant, "
                                            "send it again with allow_removals=true (--allow-removals)")
