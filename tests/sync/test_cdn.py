"""A kiosk syncing from a CDN: the centre signs releases, a real nginx serves their files.

The central service (uvicorn on 127.0.0.1, on a clock the test moves) writes release files into its files
folder; nginx (tests/sync/nginx.py) serves that folder at ``/files/`` with its own ETags, ``Range`` and
on-the-fly gzip on, as a CDN or static host in front of the centre would. The kiosk is enrolled with
``files_url`` pointing at nginx, so it asks the centre only for the signed release document and sends it
only its heartbeat; every file comes from nginx, which the access log shows request by request.
"""

from __future__ import annotations

import random
import re
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests

from kiosk.paths import DataPaths
from kiosk.release import installed_release
from kiosk.store import Store, open_store
from sync.agent.agent import AgentSettings, SyncAgent
from sync.agent.enrollment import Enrollment, enroll
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts
from sync.protocol.keys import check_keys_document
from sync.protocol.manifest import FileRef, Manifest, check_manifest
from tests.sync.central.central_server import REPOSITORY, Central, Keys, enrollment_codes, put_keys, running_central
from tests.sync.central.test_releases import ARTICLE, publish
from tests.sync.faultproxy import Fault, FaultProxy
from tests.sync.nginx import NginxServer, require_nginx, running_nginx

#: One file request in nginx's access log ("combined" format): the file's name, the status, the body bytes sent.
_FILE_REQUEST = re.compile(r'"GET /files/([0-9a-f]{64}) HTTP/1\.[01]" (\d{3}) (\d+) ')
#: How long nginx may take to write a request's log line after its last byte went out. Not a limit on
#: anything being tested: a wait for a line that is as good as written.
LOG_WAIT_S = 10.0


@dataclass
class Stack:
    central: Central
    cdn: NginxServer
    keys: Keys
    tree: Path  # the content tree the owner publishes, free to edit


@pytest.fixture
def stack(tmp_path: Path) -> Iterator[Stack]:
    require_nginx()
    (tmp_path / "central").mkdir()
    tree = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", tree)
    with running_central(tmp_path / "central") as central:
        central.files_dir.mkdir(parents=True, exist_ok=True)
        with running_nginx(central.files_dir, gzip=True) as cdn:  # gzip on, as many CDNs have it
            yield Stack(central, cdn, put_keys(central), tree)


@dataclass
class CdnKiosk:
    store: Store
    agent: SyncAgent
    enrollment: Enrollment
    asked: list[str] = field(default_factory=list)  # every URL the kiosk requested, in order


@pytest.fixture
def new_kiosk(stack: Stack, tmp_path: Path) -> Iterator[Callable[[str], CdnKiosk]]:
    """Enroll a kiosk at the centre with ``files_url`` as where its release files come from."""
    stores: list[Store] = []
    sessions: list[requests.Session] = []

    def make(files_url: str) -> CdnKiosk:
        data = tmp_path / f"kiosk-{len(stores)}"
        store = open_store(DataPaths(data))
        stores.append(store)
        session = requests.Session()
        sessions.append(session)
        asked: list[str] = []

        def note(response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
            asked.append(str(response.request.url))

        session.hooks["response"].append(note)

        def clock() -> datetime:  # the kiosk's clock follows the centre's, a minute ahead
            return stack.central.clock() + timedelta(minutes=1)

        enrollment = enroll(session, stack.central.url, enrollment_codes(stack.central)[0], AgentPaths(data),
                            files_url=files_url, now=clock())
        # No URLs in the settings: the agent goes where the enrollment says, files to files_url.
        settings = AgentSettings(timeouts=Timeouts(connect_s=5, read_s=10))
        agent = SyncAgent(store, data, session, settings=settings, clock=clock, rng=random.Random(11))
        return CdnKiosk(store, agent, enrollment, asked)

    yield make
    for session in sessions:
        session.close()
    for store in stores:
        store.close()


def latest_manifest(stack: Stack, kiosk: CdnKiosk) -> Manifest:
    """The release the centre offers now, checked as a kiosk checks it."""
    answer = stack.central.call("GET", "/v1/releases/latest", kiosk.enrollment.device_token)
    assert answer.status_code == 200, answer.text
    body = answer.json()
    now = stack.central.clock()
    keys = check_keys_document(body["keys"], stack.keys.root.public_key(), now, None)
    return check_manifest(body["manifest"], keys, now, None)


def file_requests(cdn: NginxServer, at_least: int = 0) -> list[tuple[str, int, int]]:
    """``(sha256, status, body bytes sent)`` of each file request nginx logged, oldest first.

    nginx writes a line when it has finished a request, which can be just after the client read the last
    byte: wait (briefly) for the ``at_least`` lines the test knows were made.
    """
    deadline = time.monotonic() + LOG_WAIT_S
    while True:
        found = [(match[1], int(match[2]), int(match[3]))
                 for match in map(_FILE_REQUEST.search, cdn.access_log()) if match]
        if len(found) >= at_least or time.monotonic() > deadline:
            return found
        time.sleep(0.02)


def file_refs(manifest: Manifest) -> dict[str, FileRef]:
    """Every file the manifest names (snapshots and deltas), by SHA-256."""
    refs: dict[str, FileRef] = {}
    for files in manifest.datasets.values():
        for ref in (files.snapshot, *files.deltas.values()):
            refs[ref.sha256] = ref
    return refs


def assert_no_file_from_the_centre(stack: Stack, kiosk: CdnKiosk, files_url: str) -> None:
    file_urls = [url for url in kiosk.asked if "/files/" in url]
    assert file_urls, "the kiosk fetched no files at all"
    assert all(url.startswith(f"{files_url}/files/") for url in file_urls), file_urls
    assert not any(url.startswith(f"{stack.central.url}/files/") for url in kiosk.asked)


def article_body(store: Store, article_id: str, language: str) -> str:
    row = store.db.execute("SELECT body FROM articles WHERE id = ? AND language = ?",
                           (article_id, language)).fetchone()
    assert row is not None, f"no article {article_id} ({language})"
    return str(row[0])


def test_a_kiosk_takes_a_release_from_nginx_then_a_one_record_change_as_a_delta(
        stack: Stack, new_kiosk: Callable[[str], CdnKiosk]) -> None:
    central, cdn = stack.central, stack.cdn
    kiosk = new_kiosk(cdn.files_url)
    assert kiosk.enrollment.files_url == cdn.files_url
    published = publish(central, stack.tree)
    assert published.status_code == 201, published.text
    first = latest_manifest(stack, kiosk)

    report = kiosk.agent.sync_once()

    assert report.ok, report.error
    assert report.applied and installed_release(kiosk.store) == first.release == 1
    assert kiosk.store.db.execute("SELECT count(*) FROM articles").fetchone()[0] > 10
    snapshots = {files.snapshot.sha256 for files in first.datasets.values()}
    served = file_requests(cdn, at_least=len(snapshots))
    # Each snapshot once, whole, from nginx: the bytes as stored, not a gzip of them (gzip is on at nginx).
    assert sorted(sha for sha, _, _ in served) == sorted(snapshots)
    assert all(status == 200 and sent == file_refs(first)[sha].size for sha, status, sent in served), served
    assert_no_file_from_the_centre(stack, kiosk, cdn.files_url)
    assert not list(kiosk.agent.paths.downloads.glob("*.part"))  # applied: no download left behind

    # Nothing new: the centre says so (304 to the kiosk's ETag) and nginx is not asked for anything.
    again = kiosk.agent.sync_once()
    assert again.ok and not again.applied, again.error
    assert len(file_requests(cdn)) == len(served)

    # One article edited: release 2 reaches the kiosk as deltas from release 1, through nginx.
    article = stack.tree / ARTICLE
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line, from the CDN.\n", encoding="utf-8")
    central.clock.advance(timedelta(hours=1))
    republished = publish(central, stack.tree)
    assert republished.status_code == 201, republished.text
    assert republished.json()["datasets"]["content"]["changed_keys"] == ["article:bank-accounts-and-cards:en"]
    second = latest_manifest(stack, kiosk)
    deltas = {name: files.deltas[1] for name, files in second.datasets.items()}

    report = kiosk.agent.sync_once()

    assert report.ok, report.error
    assert report.applied and installed_release(kiosk.store) == second.release == 2
    assert "One more line, from the CDN." in article_body(kiosk.store, "bank-accounts-and-cards", "en")
    new = file_requests(cdn, at_least=len(served) + len(deltas))[len(served):]
    assert sorted(sha for sha, _, _ in new) == sorted(ref.sha256 for ref in deltas.values())
    assert all(status == 200 and sent == file_refs(second)[sha].size for sha, status, sent in new), new
    # A delta, not the whole dataset again: the content delta is a small part of the content snapshot.
    assert deltas["content"].size * 5 < second.datasets["content"].snapshot.size
    assert second.datasets["content"].snapshot.sha256 not in {sha for sha, _, _ in new}
    assert_no_file_from_the_centre(stack, kiosk, cdn.files_url)


class Switch:
    """A fault plan the test changes between rounds: every new connection gets ``fault``."""

    def __init__(self, fault: Fault) -> None:
        self.fault = fault

    def __call__(self, _number: int) -> Fault:
        return self.fault


def test_a_download_cut_midway_resumes_through_nginx_with_a_range(
        stack: Stack, new_kiosk: Callable[[str], CdnKiosk]) -> None:
    central, cdn = stack.central, stack.cdn
    assert publish(central, stack.tree).status_code == 201
    plan = Switch(Fault.none())
    with FaultProxy(cdn.port, plan) as proxy:  # between the kiosk and nginx; the centre is reached directly
        kiosk = new_kiosk(proxy.url)
        manifest = latest_manifest(stack, kiosk)
        content = manifest.datasets["content"].snapshot
        others = [files.snapshot.size for name, files in manifest.datasets.items() if name != "content"]
        # Cut every connection halfway through the content file: the other files (all of them together,
        # with headers, whatever order they come in before it) get through whole.
        cut_at = content.size // 2
        assert sum(others) + 4000 < cut_at, (others, content.size)
        plan.fault = Fault.cut(cut_at)

        cut = kiosk.agent.sync_once()

        assert not cut.applied and cut.error.startswith("unreachable:"), cut.error
        assert installed_release(kiosk.store) is None
        part = kiosk.agent.paths.downloads / f"{content.sha256}.part"
        have = part.stat().st_size
        assert 0 < have < content.size
        assert part.read_bytes() == (central.files_dir / content.sha256).read_bytes()[:have]

        plan.fault = Fault.none()
        resumed = kiosk.agent.sync_once()

    assert resumed.ok, resumed.error
    assert resumed.applied and installed_release(kiosk.store) == manifest.release
    snapshots = {files.snapshot.sha256 for files in manifest.datasets.values()}
    served = file_requests(cdn, at_least=len(snapshots) + 1)
    content_answers = [(status, sent) for sha, status, sent in served if sha == content.sha256]
    assert [status for status, _ in content_answers] == [200, 206], served
    assert content_answers[1][1] == content.size - have  # the rest, not the whole again
    others_served = sorted(sha for sha, _, _ in served if sha != content.sha256)
    assert others_served == sorted(snapshots - {content.sha256})  # each once: whole files are not fetched again
    total = sum(files.snapshot.size for files in manifest.datasets.values())
    assert kiosk.agent.fetcher is not None and kiosk.agent.fetcher.counter.bytes_read == total  # no byte twice
    assert_no_file_from_the_centre(stack, kiosk, proxy.url)
