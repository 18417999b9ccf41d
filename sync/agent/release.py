"""Getting the newest release: ask, check the signatures, fetch the files, check them, apply.

Every check is made before anything is written: the keys document against the
pinned root key, the manifest against the release keys it names (and against the
installed release number, and its expiry), each file against the manifest's
size and SHA-256, each file's content against what the manifest said it is.
Only then does ``kiosk.release.apply_release`` switch the cache over, in one
short transaction (a big release is decoded and applied in a child process:
see ``sync.agent.applying``). Whatever is refused, the installed release keeps serving.

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

from kiosk.release import dataset_release, installed_release, trusted_time
from kiosk.store import Store
from sync.agent.applying import FetchedFile, StaleDelta, apply
from sync.agent.download import FileFetcher
from sync.agent.enrollment import Enrollment
from sync.agent.errors import CentreUnreachable, ReleaseRefused
from sync.agent.http import Timeouts, json_answer
from sync.agent.state import AgentState
from sync.protocol.errors import Refusal, Rollback
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
        files = [self._fetch(self._choose(name, files)) for name, files in sorted(manifest.datasets.items())]
        try:
            summary = apply(self.store, manifest.release, manifest.created, files)
        except StaleDelta as stale:
            # The cache holds another release of that dataset than it said: take the whole of it.
            log.warning("sync: %s; fetching the %s snapshot instead", stale, stale.dataset)
            snapshot = self._fetch(self._file(stale.dataset, manifest.datasets[stale.dataset].snapshot, None))
            files = [snapshot if file.name == stale.dataset else file for file in files]
            summary = apply(self.store, manifest.release, manifest.created, files)
        self.fetcher.discard_all()  # applied: these downloads, and any left from superseded releases, are done
        return summary

    def _choose(self, name: str, files: DatasetFiles) -> FetchedFile:
        """The delta from the release of ``name`` held here, if the manifest offers one, else the snapshot."""
        held = dataset_release(self.store, name)
        if held is not None and held in files.deltas:
            return self._file(name, files.deltas[held], held)
        return self._file(name, files.snapshot, None)

    def _file(self, name: str, ref: FileRef, from_release: int | None) -> FetchedFile:
        return FetchedFile(name, self.fetcher.part(ref), ref, from_release)

    def _fetch(self, file: FetchedFile) -> FetchedFile:
        """Download the file (resuming), check its size and hash; decoding waits for :func:`apply`."""
        self.fetcher.fetch(file.ref)
        return file


def _refused(refusal: Refusal, what: str = "") -> ReleaseRefused:
    return ReleaseRefused(refusal.reason, f"{what + ': ' if what else ''}{refusal}")
