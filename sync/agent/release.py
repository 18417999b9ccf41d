"""Getting the newest release: ask, check the signatures, fetch the files, check them, apply.

Every check is made before anything is written: the keys document against the
pinned root key, the manifest against the release keys it names (and against the
installed release number, and its expiry), each file against the manifest's
size and SHA-256, each file's content against what the manifest said it is.
Only then does ``kiosk.release.apply_release`` switch the cache over, in one
short transaction. Whatever is refused, the installed release keeps serving.

Expiry is judged at the later of the kiosk's clock and its last trusted time
(the newest ``created`` it has accepted), so a kiosk whose clock was set back
cannot be fed an old, expired release as current.

Per dataset the agent takes the delta from the release of that dataset it
holds, if the manifest offers one, else the snapshot; a delta the cache then
says does not apply is replaced by the snapshot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import requests

from kiosk.release import (
    DatasetDelta,
    DatasetSnapshot,
    DeltaDoesNotApply,
    Release,
    ReleaseInvalid,
    ReleaseRollback,
    apply_release,
    dataset_release,
    installed_release,
    trusted_time,
)
from kiosk.store import Store, StoreUnavailable
from sync.agent.download import FileFetcher
from sync.agent.enrollment import Enrollment
from sync.agent.errors import CentreUnreachable, NoRoom, ReleaseRefused, SyncError
from sync.agent.http import Timeouts, json_answer
from sync.agent.state import AgentState
from sync.protocol.errors import Refusal, Rollback
from sync.protocol.files import Delta, Snapshot, decode_data_file
from sync.protocol.keys import KeysDocument, check_keys_document
from sync.protocol.manifest import DatasetFiles, FileRef, Manifest, check_manifest
from sync.protocol.signing import public_from_text
from sync.protocol.times import as_utc

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReleaseOutcome:
    installed: int | None  # the release serving after this check
    applied: bool  # a new release was switched in
    etag: str
    keys_document: dict[str, Any]
    summary: str  # for the log and `kiosk sync --once`


@dataclass(frozen=True)
class _Choice:
    name: str
    ref: FileRef
    from_release: int | None  # None: the snapshot


class ReleaseUpdater:
    def __init__(self, store: Store, session: requests.Session, enrollment: Enrollment, fetcher: FileFetcher, *,
                 clock: Callable[[], datetime], timeouts: Timeouts) -> None:
        self.store = store
        self.session = session
        self.enrollment = enrollment
        self.fetcher = fetcher
        self.clock = clock
        self.timeouts = timeouts

    def update(self, state: AgentState) -> ReleaseOutcome:
        """Check for a newer release and apply it. Raises a :class:`SyncError` for anything refused."""
        installed = installed_release(self.store)
        headers = {**self.enrollment.auth(), **({"If-None-Match": state.etag} if state.etag else {})}
        try:
            response = self.session.get(f"{self.enrollment.central_url}/v1/releases/latest", headers=headers,
                                        timeout=self.timeouts.pair, stream=True)
        except requests.RequestException as error:
            raise CentreUnreachable(f"cannot reach {self.enrollment.central_url}: {error}") from error
        if response.status_code in (304, 404):
            response.close()
            said = "no release published yet" if response.status_code == 404 else "up to date"
            return ReleaseOutcome(installed, False, state.etag, state.keys_document, f"release {installed}: {said}")
        answer = json_answer(response, expect=(200,))
        etag = response.headers.get("ETag", "")
        try:
            keys = self._keys(answer.get("keys"), state)
            manifest = check_manifest(answer.get("manifest"), keys, self._now(), installed)
        except Rollback as rollback:
            if rollback.offered == rollback.installed:  # the one installed, asked for again: nothing new
                return ReleaseOutcome(installed, False, etag, answer["keys"], f"release {installed}: up to date")
            raise _refused(rollback) from rollback
        except Refusal as refusal:
            raise _refused(refusal) from refusal
        applied = self._fetch_and_apply(manifest)
        return ReleaseOutcome(manifest.release, True, etag, answer["keys"], applied)

    # --- inside ------------------------------------------------------------------------------------

    def _now(self) -> datetime:
        """The later of the kiosk's clock and its last trusted time: a clock set back cannot revive old data."""
        now = as_utc(self.clock())
        trusted = trusted_time(self.store)
        return now if trusted is None else max(now, as_utc(trusted))

    def _keys(self, document: Any, state: AgentState) -> KeysDocument:
        root = public_from_text(self.enrollment.root_public_key)
        held = state.keys_document.get("signed", {}).get("version") if state.keys_document else None
        return check_keys_document(document, root, self._now(), held if isinstance(held, int) else None)

    def _fetch_and_apply(self, manifest: Manifest) -> str:
        choices = [self._choose(name, files) for name, files in sorted(manifest.datasets.items())]
        datasets = {choice.name: self._fetch(choice, manifest) for choice in choices}
        try:
            try:
                summary = apply_release(self.store, Release(manifest.release, manifest.created, datasets))
            except DeltaDoesNotApply as stale:
                # The cache holds another release of that dataset than it said: take the whole of it.
                log.warning("sync: %s; fetching the %s snapshot instead", stale, stale.dataset)
                snapshot = _Choice(stale.dataset, manifest.datasets[stale.dataset].snapshot, None)
                datasets[stale.dataset] = self._fetch(snapshot, manifest)
                summary = apply_release(self.store, Release(manifest.release, manifest.created, datasets))
        except ReleaseRollback as rollback:
            raise ReleaseRefused("rollback", str(rollback)) from rollback
        except ReleaseInvalid as invalid:
            raise ReleaseRefused("invalid_record", str(invalid)) from invalid
        except (DeltaDoesNotApply, StoreUnavailable, OSError) as error:
            raise _not_applied(error) from error
        self.fetcher.discard_all()  # applied: these downloads, and any left from superseded releases, are done
        return str(summary)

    def _choose(self, name: str, files: DatasetFiles) -> _Choice:
        held = dataset_release(self.store, name)
        if held is not None and held in files.deltas:
            return _Choice(name, files.deltas[held], held)
        return _Choice(name, files.snapshot, None)

    def _fetch(self, choice: _Choice, manifest: Manifest) -> DatasetSnapshot | DatasetDelta:
        data = self.fetcher.fetch(choice.ref)
        try:
            decoded = decode_data_file(data, choice.ref)
        except Refusal as refusal:
            self.fetcher.discard(choice.ref)
            raise _refused(refusal, f"the {choice.name} file") from refusal
        if decoded.dataset != choice.name:
            raise ReleaseRefused("malformed", f"the manifest's {choice.name} file holds the {decoded.dataset} dataset")
        if isinstance(decoded, Snapshot):
            if choice.from_release is not None or decoded.release != manifest.release:
                raise ReleaseRefused("malformed", f"the {choice.name} file is not the snapshot of release "
                                                  f"{manifest.release}")
            return DatasetSnapshot(records=decoded.records)
        assert isinstance(decoded, Delta)
        if (decoded.from_release, decoded.to_release) != (choice.from_release, manifest.release):
            raise ReleaseRefused("malformed", f"the {choice.name} file is not the delta from release "
                                              f"{choice.from_release} to {manifest.release}")
        return DatasetDelta(from_release=decoded.from_release, upsert=decoded.upsert, delete=decoded.delete)


def _refused(refusal: Refusal, what: str = "") -> ReleaseRefused:
    return ReleaseRefused(refusal.reason, f"{what + ': ' if what else ''}{refusal}")


def _not_applied(error: Exception) -> SyncError:
    if isinstance(error, StoreUnavailable) and error.reason in ("full", "read-only", "permission", "io"):
        return NoRoom(f"the release could not be written to the local cache: {error}; "
                      "the kiosk keeps its current release")
    if isinstance(error, OSError):
        return NoRoom(f"the release could not be applied ({error.strerror or error}); "
                      "the kiosk keeps its current release")
    if isinstance(error, DeltaDoesNotApply):
        return ReleaseRefused("delta_does_not_apply", str(error))
    return SyncError(f"the release could not be applied now: {error}")
