"""A person at the console, for tests: a real browser-like HTTP session against a real central service.

``sign_in(central, Role.CONTENT_EDITOR)`` makes an account with that role, signs in through the
sign-in form, and returns a :class:`ConsoleUser` whose ``post`` sends the session's CSRF token
and an Origin header, as the console's own pages do.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

import requests

from sync.central.console import accounts
from sync.central.database import make_engine
from sync.central.tokens import Role
from tests.sync.central.central_server import Central

PASSWORD = "a long enough password"
_numbers = itertools.count(1)
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


@dataclass
class ConsoleUser:
    url: str
    username: str
    role: Role
    http: requests.Session = field(default_factory=requests.Session)
    csrf: str = ""

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        answer = self.http.get(self.url + path, timeout=60, **kwargs)
        self._remember_csrf(answer)
        return answer

    def post(self, path: str, data: dict[str, Any] | None = None, csrf: str | None = None,
             origin: str | None = None, **kwargs: Any) -> requests.Response:
        """A form sent as the console's page would send it: with the CSRF token and our Origin."""
        form = dict(data or {})
        form.setdefault("csrf", self.csrf if csrf is None else csrf)
        headers = {"Origin": self.url if origin is None else origin, **kwargs.pop("headers", {})}
        answer = self.http.post(self.url + path, data=form, headers=headers, timeout=60, **kwargs)
        self._remember_csrf(answer)
        return answer

    def _remember_csrf(self, answer: requests.Response) -> None:
        found = _CSRF.search(answer.text)
        if found:
            self.csrf = found.group(1)


def make_account(central: Central, role: Role, username: str | None = None,
                 password: str = PASSWORD) -> str:
    username = username or f"{role.value.replace('_', '-')}-{next(_numbers)}"
    accounts.create_account(make_engine(central.database), username, username.title(), role, password, "test",
                            central.clock())
    return username


def sign_in(central: Central, role: Role = Role.OWNER, username: str | None = None) -> ConsoleUser:
    username = make_account(central, role, username)
    user = ConsoleUser(central.url, username, role)
    answer = user.http.post(central.url + "/console/sign-in", data={"username": username, "password": PASSWORD},
                            headers={"Origin": central.url}, timeout=60)
    assert answer.status_code == 200 and answer.url.endswith("/console/"), (answer.status_code, answer.url)
    user._remember_csrf(answer)
    assert user.csrf
    return user
