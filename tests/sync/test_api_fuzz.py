"""Schemathesis against the central service's own OpenAPI document: no request, however odd, gets a 5xx.

The service runs as in production (``kiosk-central serve`` on PostgreSQL, its own process), with keys,
a published release and an enrolled kiosk, so that requests with valid tokens get past authentication
into the code behind it: kiosk calls carry the kiosk's token, ``/v1/admin/...`` calls the owner's.
Schemathesis makes both requests that fit the schema and requests that break it.

How long it runs is bounded by ``KIOSK_FUZZ_EXAMPLES`` (examples per operation and generation mode,
default 25), never by a clock.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import hypothesis
import pytest
import requests
import schemathesis
from hypothesis import HealthCheck
from hypothesis import strategies as st
from schemathesis import GenerationMode

from tests.sync.central_process import REPOSITORY, CentralProcess, owner_token, serving_central
from tests.sync.fleet_steps import admin_ok, enroll, enrollment_codes, set_up_keys
from tests.sync.postgres import PostgresServer

pytest_plugins = ["tests.sync.postgres_fixtures"]

EXAMPLES = int(os.environ.get("KIOSK_FUZZ_EXAMPLES", "25"))
REGISTRY_HEADER = (REPOSITORY / "content" / "agencies" / "registry.csv").read_text(encoding="utf-8").splitlines()[0]


def _tar_gz(files: dict[str, bytes]) -> bytes:
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return gzip.compress(raw.getvalue(), mtime=0)


# The uploads' media types, which schemathesis cannot make by itself: anything from random bytes to
# well-formed archives of nonsense trees, and CSV with the registry's header over random rows.
_TREE_NAMES = st.sampled_from(["topics.toml", "articles/a/x.en.md", "booking/services.toml",
                               "agencies/registry.csv", "content/topics.toml", "../escape", "/abs"])
schemathesis.openapi.media_type("application/gzip", st.one_of(
    st.binary(max_size=2000),
    st.binary(max_size=2000).map(lambda data: gzip.compress(data, mtime=0)),
    st.dictionaries(_TREE_NAMES, st.binary(max_size=300), max_size=4).map(_tar_gz),
))
schemathesis.openapi.media_type("text/csv", st.one_of(
    st.binary(max_size=2000),
    st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=16).map(
        lambda cells: ",".join(cells)), max_size=5).map(
        lambda rows: "\n".join([REGISTRY_HEADER, *rows]).encode("utf-8")),
))


@dataclass
class Target:
    central: CentralProcess
    owner: str
    kiosk: str


@pytest.fixture(scope="module")
def target(postgres_server: PostgresServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Target]:
    database = postgres_server.create_database("kiosk_fuzz")
    folder = tmp_path_factory.mktemp("fuzz")
    content = folder / "content"
    shutil.copytree(REPOSITORY / "content", content)
    owner = owner_token(database)
    try:
        with serving_central(database, folder / "files", folder / "central.log") as central:
            set_up_keys(central.url, owner, folder)
            admin_ok(central.url, owner, "publish", str(content))
            kiosk = enroll(central.url, enrollment_codes(central.url, owner, 1)[0])
            yield Target(central, owner, kiosk.token)
    finally:
        postgres_server.drop_database(database)


def fuzz(operation: Any, mode: GenerationMode, base_url: str, token: str,
         session: requests.Session) -> tuple[int, list[str]]:
    """Up to EXAMPLES requests for ``operation``; how many were sent, and the ones answered with a 5xx."""
    sent: list[int] = []
    server_errors: list[str] = []

    @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis.settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                         suppress_health_check=list(HealthCheck), phases=[hypothesis.Phase.generate])
    def call(case: Any) -> None:
        response = case.call(base_url=base_url, session=session, headers={"Authorization": f"Bearer {token}"})
        sent.append(response.status_code)
        if response.status_code >= 500:
            server_errors.append(f"{response.status_code} for {case.as_curl_command()}")

    try:
        call()
    except hypothesis.errors.Unsatisfiable:
        # An operation with no parameters and no body has nothing to break: no negative cases.
        assert mode is GenerationMode.NEGATIVE, f"{operation.method} {operation.path}"
    return len(sent), server_errors


def test_no_request_from_the_openapi_document_gets_a_server_error(target: Target) -> None:
    schema = schemathesis.openapi.from_url(f"{target.central.url}/openapi.json")
    session = requests.Session()
    server_errors: list[str] = []
    tried: dict[str, int] = {}
    for result in schema.get_all_operations():
        operation: Any = result.ok()  # type: ignore[union-attr]  # an invalid schema raises here, as it should
        token = target.owner if operation.path.startswith("/v1/admin/") else target.kiosk
        label = f"{operation.method.upper()} {operation.path}"
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            sent, errors = fuzz(operation, mode, target.central.url, token, session)
            tried[label] = tried.get(label, 0) + sent
            server_errors += errors
    print("requests per operation:", tried)
    assert server_errors == [], "\n".join(server_errors[:10])
    assert target.central.server_errors() == []
    # Every call the protocol names was reached, not only the ones easy to generate for.
    for call_name in ("POST /v1/enroll", "POST /v1/outbox", "POST /v1/heartbeat", "GET /files/{sha256}",
                      "PUT /v1/admin/keys", "POST /v1/admin/releases", "POST /v1/admin/registry"):
        assert tried.get(call_name, 0) > 0, f"{call_name} was never called: {sorted(tried)}"
