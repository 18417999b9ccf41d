"""Applying a fetched release: small ones here, big ones in a child process.

The touch screen runs the sync agent on a worker thread of the GUI process, and
Python threads share one interpreter lock. Decoding a 100,000-agency snapshot
(one ``json.loads`` of tens of megabytes) and the garbage collector's passes over
the hundreds of thousands of objects it makes each hold that lock for hundreds of
milliseconds; measured, the GUI thread stalled 2.2 s during such an apply. So a
release whose files are bigger than :data:`IN_PROCESS_BYTES` is decoded and
applied by ``python -m sync.agent.applying JOB`` in a process of its own, which
shares nothing with the GUI but the SQLite file. A small delta (one article, one
agency) stays here, where it is applied in milliseconds instead of paying for a
new interpreter.

Either way the same code runs, :func:`apply_fetched`, so a refusal reads the same;
the child prints its outcome as one JSON line, and the parent raises what it says.
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from kiosk.paths import DataPaths
from kiosk.release import (
    ApplySummary,
    DatasetDelta,
    DatasetSnapshot,
    DeltaDoesNotApply,
    Release,
    ReleaseInvalid,
    ReleaseRollback,
    apply_release,
)
from kiosk.store import Store, StoreUnavailable, open_store
from sync.agent.errors import NoRoom, ReleaseRefused, SyncError
from sync.protocol.errors import Refusal
from sync.protocol.files import Delta, Snapshot, decode_data_file
from sync.protocol.manifest import FileRef
from sync.protocol.times import format_time, parse_time

#: Releases whose files (compressed) add up to more than this are applied in a child process.
IN_PROCESS_BYTES = 64 * 1024
#: A child that has not finished by then is stopped; the release is tried again on the next round.
CHILD_TIMEOUT_S = 15 * 60


@dataclass(frozen=True)
class FetchedFile:
    """One dataset's file, downloaded and checked, waiting in the downloads folder."""

    name: str
    path: Path
    ref: FileRef
    from_release: int | None  # None: the snapshot


class StaleDelta(ReleaseRefused):
    """The cache holds another release of ``dataset`` than the delta starts from: fetch the snapshot."""

    def __init__(self, dataset: str, message: str) -> None:
        super().__init__("delta_does_not_apply", message)
        self.dataset = dataset


def apply_fetched(store: Store, number: int, created: datetime, files: list[FetchedFile]) -> str:
    """Decode ``files`` and apply them as release ``number``; the summary, or a :class:`SyncError`."""
    datasets = {file.name: decoded_change(file.path.read_bytes(), file, number) for file in files}
    try:
        summary: ApplySummary = apply_release(store, Release(number, created, datasets))
    except ReleaseRollback as rollback:
        raise ReleaseRefused("rollback", str(rollback)) from rollback
    except ReleaseInvalid as invalid:
        raise ReleaseRefused("invalid_record", str(invalid)) from invalid
    except DeltaDoesNotApply as stale:
        raise StaleDelta(stale.dataset, str(stale)) from stale
    except StoreUnavailable as error:
        if error.reason in ("full", "read-only", "permission", "io"):
            raise NoRoom(f"the release could not be written to the local cache: {error}; "
                         "the kiosk keeps its current release") from error
        raise SyncError(f"the release could not be applied now: {error}") from error
    except OSError as error:
        raise NoRoom(f"the release could not be applied ({error.strerror or error}); "
                     "the kiosk keeps its current release") from error
    return str(summary)


def decoded_change(data: bytes, file: FetchedFile, release: int) -> DatasetSnapshot | DatasetDelta:
    """What ``file`` says, refused unless it is the snapshot or delta the manifest named it as."""
    try:
        decoded = decode_data_file(data, file.ref)
    except Refusal as refusal:
        file.path.unlink(missing_ok=True)  # not the file: the next try downloads it afresh
        raise ReleaseRefused(refusal.reason, f"the {file.name} file: {refusal}") from refusal
    if decoded.dataset != file.name:
        raise ReleaseRefused("malformed", f"the manifest's {file.name} file holds the {decoded.dataset} dataset")
    if isinstance(decoded, Snapshot):
        if file.from_release is not None or decoded.release != release:
            raise ReleaseRefused("malformed", f"the {file.name} file is not the snapshot of release {release}")
        return DatasetSnapshot(records=decoded.records)
    assert isinstance(decoded, Delta)
    if (decoded.from_release, decoded.to_release) != (file.from_release, release):
        raise ReleaseRefused("malformed", f"the {file.name} file is not the delta from release "
                                          f"{file.from_release} to {release}")
    return DatasetDelta(from_release=decoded.from_release, upsert=decoded.upsert, delete=decoded.delete)


def apply(store: Store, number: int, created: datetime, files: list[FetchedFile]) -> str:
    """:func:`apply_fetched`, here or in a child process depending on the files' size."""
    if sum(file.ref.size for file in files) <= IN_PROCESS_BYTES:
        return apply_fetched(store, number, created, files)
    return apply_in_child(store.path.parent, number, created, files)


def apply_in_child(data_dir: Path, number: int, created: datetime, files: list[FetchedFile]) -> str:
    """Run :func:`apply_fetched` in ``python -m sync.agent.applying`` and raise what it raised."""
    job = {"data_dir": str(data_dir), "release": number, "created": format_time(created),
           "files": [{"name": f.name, "path": str(f.path), "sha256": f.ref.sha256, "size": f.ref.size,
                      "from_release": f.from_release} for f in files]}
    try:
        ran = subprocess.run([sys.executable, "-m", "sync.agent.applying"], input=json.dumps(job),
                             capture_output=True, text=True, timeout=CHILD_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as slow:
        raise SyncError(f"applying release {number} took longer than {CHILD_TIMEOUT_S} s; "
                        "it is tried again on the next round") from slow
    except OSError as error:
        raise NoRoom(f"the release could not be applied ({error.strerror or error}); "
                     "the kiosk keeps its current release") from error
    lines = ran.stdout.strip().splitlines()
    try:
        outcome = json.loads(lines[-1]) if lines else None
    except ValueError:
        outcome = None
    if not isinstance(outcome, dict):
        said = (ran.stderr.strip().splitlines() or ["no output"])[-1]
        raise SyncError(f"applying release {number} stopped (exit status {ran.returncode}): {said}")
    return _raise_or_summary(outcome)


def _raise_or_summary(outcome: dict[str, Any]) -> str:
    error, message = outcome.get("error"), str(outcome.get("message", ""))
    if error is None:
        return str(outcome["summary"])
    if error == "StaleDelta":
        raise StaleDelta(str(outcome["dataset"]), message)
    if error == "ReleaseRefused":
        raise ReleaseRefused(str(outcome["reason"]), message)
    if error == "NoRoom":
        raise NoRoom(message)
    raise SyncError(message)


def _outcome_of(job: dict[str, Any]) -> dict[str, Any]:
    files = [FetchedFile(f["name"], Path(f["path"]), FileRef(f["sha256"], f["size"]), f["from_release"])
             for f in job["files"]]
    store = open_store(DataPaths(Path(job["data_dir"])))
    try:
        return {"summary": apply_fetched(store, job["release"], parse_time(job["created"]), files)}
    except SyncError as error:
        return {"error": type(error).__name__, "message": str(error), "reason": error.reason,
                "dataset": getattr(error, "dataset", None)}
    finally:
        store.close()


def main() -> int:
    """The child: a job as JSON on standard input, its outcome as one JSON line on standard output."""
    try:
        outcome = _outcome_of(json.loads(sys.stdin.read()))
    except StoreUnavailable as error:
        outcome = {"error": "NoRoom", "message": f"the local cache cannot be written: {error}"}
    print(json.dumps(outcome, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
