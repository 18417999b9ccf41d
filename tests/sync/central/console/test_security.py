"""The console's guarantees over every route at once, so that a page added later cannot forget them:
each role is refused what it may not do, strangers are sent to sign in, hostile filter text and
malformed or over-sized uploads get a clear 4xx page, and nothing answers 5xx.

The routes are read from the app itself, with the ability each one asks for (web.allowed/posted).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from fastapi.routing import APIRoute
from sqlalchemy import func, select

from sync.central.console import PARTS
from sync.central.console.web import ABILITIES, PREFIX, may
from sync.central.database import make_engine
from sync.central.tables import console_accounts, console_audit, releases
from sync.central.tokens import Role
from tests.sync.central.central_server import Central, put_keys, running_central, tree_archive
from tests.sync.central.console.console_client import ConsoleUser, sign_in

HOSTILE = ["' OR '1'='1", "1; DROP TABLE console_accounts; --", "\" OR 1=1 --", "%' UNION SELECT password_hash "
           "FROM console_accounts --", "<script>alert(1)</script>", "Ўзбекча ' OR ''='", "\\x00", "-1", "9" * 40]


@dataclass(frozen=True)
class ConsoleRoute:
    path: str
    method: str
    ability: str

    def example(self) -> str:
        """The path with every parameter filled by a harmless value."""
        return re.sub(r"\{[^}]+\}", "1", self.path)


def _ability(route: APIRoute) -> str | None:
    for dependency in route.dependant.dependencies:
        found = getattr(dependency.call, "ability", None)
        if isinstance(found, str):
            return found
    return None


def _api_routes() -> list[tuple[str, APIRoute]]:
    """Every route of every part of the console, with its full path."""
    found = []
    for part in PARTS:
        try:
            module = importlib.import_module(f"sync.central.console.{part}")
        except ModuleNotFoundError:
            continue
        found += [(PREFIX + route.path, route) for route in module.router.routes if isinstance(route, APIRoute)]
    return found


def console_routes() -> list[ConsoleRoute]:
    found = []
    for path, route in _api_routes():
        ability = _ability(route)
        if ability is not None:
            found += [ConsoleRoute(path, method, ability) for method in sorted(route.methods)]
    return found


ROUTES = console_routes()
OPEN_PAGES = {"/console/sign-in", "/console/language"}  # before a session exists
SIGN_OUT = "/console/sign-out"


def test_every_console_route_but_sign_in_asks_for_an_ability() -> None:
    unguarded = [path for path, route in _api_routes() if _ability(route) is None and path not in OPEN_PAGES]
    assert not unguarded
    assert {route.ability for route in ROUTES} <= set(ABILITIES)
    assert len(ROUTES) >= 5


@pytest.fixture(scope="module")
def guarded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Central, dict[Role, ConsoleUser]]]:
    with running_central(tmp_path_factory.mktemp("central"), console_secure_cookies=False,
                         max_upload_bytes=1024 * 1024) as central:
        put_keys(central)
        answer = central.call("POST", "/v1/admin/releases", central.owner_token,
                              data=tree_archive(Path(__file__).resolve().parents[4] / "content"),
                              headers={"Content-Type": "application/gzip"})
        assert answer.status_code == 201, answer.text
        yield central, {role: sign_in(central, role) for role in Role}


def _send(user: ConsoleUser, route: ConsoleRoute) -> requests.Response:
    if route.method == "GET":
        return user.get(route.example(), allow_redirects=False)
    return user.post(route.example(), {}, allow_redirects=False)


@pytest.mark.parametrize("role", [role for role in Role if role is not Role.OWNER], ids=str)
def test_each_role_is_refused_every_page_and_action_it_may_not_have(
        guarded: tuple[Central, dict[Role, ConsoleUser]], role: Role) -> None:
    central, users = guarded
    before = _counts(central)
    for route in ROUTES:
        if route.path == SIGN_OUT:
            continue  # every role may; it would end the session the other routes are tried with
        answer = _send(users[role], route)
        if may(role, route.ability):
            assert answer.status_code != 403 or "may not open this page" not in answer.text, (route, role)
        else:
            assert answer.status_code == 403, (route, role, answer.status_code)
            assert "may not open this page or do this" in answer.text
    assert _counts(central)[1:] == before[1:], "a refused action changed something"


def test_a_stranger_is_sent_to_sign_in_from_every_page_and_action(
        guarded: tuple[Central, dict[Role, ConsoleUser]]) -> None:
    central, _users = guarded
    for route in ROUTES:
        answer = requests.request(route.method, central.url + route.example(), allow_redirects=False, timeout=60,
                                  headers={"Origin": central.url})
        assert answer.status_code == 303, route
        assert answer.headers["location"].startswith("/console/sign-in"), route


def test_every_action_needs_the_sessions_csrf_token(guarded: tuple[Central, dict[Role, ConsoleUser]]) -> None:
    central, users = guarded
    before = _counts(central)
    for route in ROUTES:
        if route.method != "POST":
            continue
        answer = users[Role.OWNER].post(route.example(), {}, csrf="stolen", allow_redirects=False)
        assert answer.status_code == 403, route
        crossed = users[Role.OWNER].post(route.example(), {}, origin="https://evil.example", allow_redirects=False)
        assert crossed.status_code == 403, route
    assert _counts(central) == before


def test_hostile_text_in_every_filter_gets_a_page_never_a_5xx_and_changes_nothing(
        guarded: tuple[Central, dict[Role, ConsoleUser]]) -> None:
    central, users = guarded
    filters = {path: [param.alias for param in route.dependant.query_params]
               for path, route in _api_routes() if "GET" in route.methods and _ability(route) is not None}
    assert any(filters.values()), "no page has filters to try"
    before = _counts(central)
    for path, names in filters.items():
        for name in names:
            for text in HOSTILE:
                answer = users[Role.OWNER].get(re.sub(r"\{[^}]+\}", "1", path), params={name: text})
                assert answer.status_code < 500, (path, name, text)
                assert "<script>alert(1)</script>" not in answer.text, (path, name)
    assert _counts(central)[1:] == before[1:]


def test_an_over_sized_upload_is_refused_with_a_page(guarded: tuple[Central, dict[Role, ConsoleUser]]) -> None:
    _central, users = guarded
    uploads = [route for route in ROUTES if route.path.startswith("/console/upload/")]
    assert uploads, "the console takes no uploads"
    for route in uploads:
        answer = users[Role.OWNER].post(route.example(), {}, files={"file": ("big.csv", b"x" * (1536 * 1024))})
        assert answer.status_code == 413, route
        assert "too large" in answer.text


@pytest.mark.parametrize("body", [b"", b"\x00\xff\xfe garbage", b"\x1f\x8b\x08 not really gzip",
                                  "неверно;;;\n".encode()])
def test_a_malformed_upload_gets_a_clear_error(guarded: tuple[Central, dict[Role, ConsoleUser]], body: bytes) -> None:
    central, users = guarded
    before = _counts(central)
    for route in [route for route in ROUTES if route.path.startswith("/console/upload/")]:
        answer = users[Role.OWNER].post(route.example(), {}, files={"file": ("upload.bin", body)})
        assert 400 <= answer.status_code < 500, (route, body, answer.status_code)
        assert "That did not work" in answer.text or "problem" in answer.text.lower()
    assert _counts(central)[2] == before[2], "a malformed upload published a release"


def _counts(central: Central) -> tuple[int, int, int]:
    with make_engine(central.database).connect() as connection:
        return (connection.execute(select(func.count()).select_from(console_audit)).scalar_one(),
                connection.execute(select(func.count()).select_from(console_accounts)).scalar_one(),
                connection.execute(select(func.count()).select_from(releases)).scalar_one())
