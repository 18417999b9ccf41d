"""Signing in to the console: passwords, lockout, sessions, CSRF, and the owner's accounts page."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import requests
from sqlalchemy import select

from sync.central.console import accounts
from sync.central.database import make_engine
from sync.central.tables import console_accounts, console_audit
from sync.central.tokens import Role
from tests.sync.central.central_server import Central, running_central
from tests.sync.central.console.console_client import PASSWORD, make_account, sign_in


def _sign_in(central: Central, username: str, password: str, http: requests.Session | None = None,
             **data: str) -> requests.Response:
    http = http or requests.Session()
    return http.post(f"{central.url}/console/sign-in", data={"username": username, "password": password, **data},
                     headers={"Origin": central.url}, timeout=60)


def test_a_page_sends_a_stranger_to_sign_in_and_back_afterwards(central: Central) -> None:
    username = make_account(central, Role.OWNER)
    http = requests.Session()
    asked = http.get(f"{central.url}/console/audit?action=sign_in", timeout=60)
    assert asked.url == f"{central.url}/console/sign-in?next=%2Fconsole%2Faudit%3Faction%3Dsign_in"
    signed = _sign_in(central, username, PASSWORD, http, next="/console/audit?action=sign_in")
    assert signed.url == f"{central.url}/console/audit?action=sign_in"


def test_a_wrong_password_and_an_unknown_name_get_the_same_answer(central: Central) -> None:
    username = make_account(central, Role.OWNER)
    wrong = _sign_in(central, username, "not the password at all")
    unknown = _sign_in(central, "nobody-here", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert "The username or password is wrong." in wrong.text and "The username or password is wrong." in unknown.text


def test_five_wrong_passwords_lock_the_account_until_the_owner_unlocks_it_or_time_passes(central: Central) -> None:
    username = make_account(central, Role.CONTENT_EDITOR)
    for _ in range(accounts.MAX_FAILURES):
        assert _sign_in(central, username, "guess guess guess").status_code == 401
    locked = _sign_in(central, username, PASSWORD)
    assert locked.status_code == 403 and "locked until" in locked.text

    owner = sign_in(central, Role.OWNER)
    assert owner.post(f"/console/accounts/{username}/unlock").status_code == 200
    assert _sign_in(central, username, PASSWORD).url.endswith("/console/")

    for _ in range(accounts.MAX_FAILURES):
        _sign_in(central, username, "guess guess guess")
    assert _sign_in(central, username, PASSWORD).status_code == 403
    central.clock.advance(accounts.LOCKOUT + timedelta(seconds=1))
    assert _sign_in(central, username, PASSWORD).url.endswith("/console/")


def test_passwords_are_kept_only_as_argon2id_hashes(central: Central) -> None:
    make_account(central, Role.OWNER, "hash-check")
    with make_engine(central.database).connect() as connection:
        stored = connection.execute(select(console_accounts.c.password_hash)
                                    .where(console_accounts.c.username == "hash-check")).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored


def test_signing_in_makes_a_new_session_so_a_planted_one_is_worthless(central: Central) -> None:
    username = make_account(central, Role.OWNER)
    http = requests.Session()
    http.cookies.set("kiosk_console", "planted-by-an-attacker", domain="127.0.0.1", path="/console")
    _sign_in(central, username, PASSWORD, http)
    given = http.cookies.get("kiosk_console", path="/console")
    assert given and given != "planted-by-an-attacker"
    attacker = requests.Session()
    attacker.cookies.set("kiosk_console", "planted-by-an-attacker", domain="127.0.0.1", path="/console")
    assert attacker.get(f"{central.url}/console/accounts", timeout=60).url.startswith(f"{central.url}/console/sign-in")


def test_signing_out_ends_the_session_on_the_server(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    cookie = owner.http.cookies.get("kiosk_console", path="/console")
    assert owner.post("/console/sign-out").url.endswith("/console/sign-in")
    replay = requests.Session()
    replay.cookies.set("kiosk_console", cookie, domain="127.0.0.1", path="/console")
    assert replay.get(f"{central.url}/console/accounts", timeout=60).url.startswith(f"{central.url}/console/sign-in")


def test_a_form_without_this_sessions_csrf_token_or_from_another_site_changes_nothing(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    other = sign_in(central, Role.OWNER)
    made = {"username": "mallory", "display_name": "Mallory", "role": "owner"}
    assert owner.post("/console/accounts", made, csrf="").status_code == 403
    assert owner.post("/console/accounts", made, csrf="forged-token").status_code == 403
    assert owner.post("/console/accounts", made, csrf=other.csrf).status_code == 403
    assert owner.post("/console/accounts", made, origin="https://evil.example").status_code == 403
    assert all(account.username != "mallory" for account in accounts.list_accounts(make_engine(central.database)))
    assert owner.post("/console/accounts", made).status_code == 201


def test_sign_in_from_another_site_is_refused(central: Central) -> None:
    username = make_account(central, Role.OWNER)
    answer = requests.post(f"{central.url}/console/sign-in", data={"username": username, "password": PASSWORD},
                           headers={"Origin": "https://evil.example"}, timeout=60)
    assert answer.status_code == 403 and "kiosk_console" not in answer.cookies


def test_the_session_cookie_is_secure_http_only_and_same_site_by_default(tmp_path: Path) -> None:
    with running_central(tmp_path) as central:  # the default settings, as in service
        username = make_account(central, Role.OWNER)
        answer = requests.post(f"{central.url}/console/sign-in", data={"username": username, "password": PASSWORD},
                               headers={"Origin": central.url}, timeout=60, allow_redirects=False)
    cookie = answer.headers["set-cookie"]
    assert answer.status_code == 303
    assert "kiosk_console=" in cookie and "Secure" in cookie and "HttpOnly" in cookie
    assert "SameSite=strict" in cookie and "Path=/console" in cookie


def test_after_sign_in_the_console_goes_only_to_its_own_pages(central: Central) -> None:
    username = make_account(central, Role.OWNER)
    for elsewhere in ("https://evil.example/", "//evil.example/console/", "/console/\\evil", "javascript:alert(1)"):
        answer = _sign_in(central, username, PASSWORD, next=elsewhere)
        assert answer.url == f"{central.url}/console/", elsewhere


def test_the_owner_makes_an_account_whose_password_is_shown_once_and_works(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    made = owner.post("/console/accounts", {"username": "aziza", "display_name": "Aziza", "role": "content_editor"})
    assert made.status_code == 201 and "shown this once" in made.text
    password = made.text.split('<code class="secret">')[1].split("</code>")[0]
    assert _sign_in(central, "aziza", password).url.endswith("/console/")
    assert "shown this once" not in owner.get("/console/accounts").text


def test_a_disabled_account_is_signed_out_at_once(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    editor = sign_in(central, Role.CONTENT_EDITOR)
    assert editor.get("/console/").status_code == 200
    owner.post(f"/console/accounts/{editor.username}/disable")
    assert editor.get("/console/").url.startswith(f"{central.url}/console/sign-in")
    assert _sign_in(central, editor.username, PASSWORD).status_code == 401


def test_the_last_owner_cannot_be_disabled_or_demoted(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    assert owner.post(f"/console/accounts/{owner.username}/disable").status_code == 409
    assert owner.post(f"/console/accounts/{owner.username}/role", {"role": "fleet_viewer"}).status_code == 409
    assert owner.get("/console/accounts").status_code == 200


def test_every_change_is_in_the_audit_log_with_who_and_when(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    owner.post("/console/accounts", {"username": "timur", "display_name": "Timur", "role": "scheduler"})
    owner.post("/console/accounts/timur/role", {"role": "fleet_viewer"})
    owner.post("/console/accounts/timur/disable")
    with make_engine(central.database).connect() as connection:
        rows = connection.execute(select(console_audit).order_by(console_audit.c.id)).all()
    done = [(row.username, row.action, row.target) for row in rows if row.target == "timur"]
    assert done == [(owner.username, "account_created", "timur"), (owner.username, "account_role", "timur"),
                    (owner.username, "account_disable", "timur")]
    assert all(row.at == central.clock() for row in rows)
    page = owner.get("/console/audit?username=" + owner.username).text
    assert "account_role" in page and "fleet_viewer" in page


def test_the_console_speaks_russian_and_uzbek_when_asked(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    assert "Учётные записи" in owner.get("/console/language?lang=ru&next=/console/accounts").text
    assert "Hisoblar" in owner.get("/console/language?lang=uz-Latn&next=/console/accounts").text
    assert "Ҳисоблар" in owner.get("/console/language?lang=uz-Cyrl&next=/console/accounts").text
    assert owner.get("/console/language?lang=xx&next=/console/").status_code == 200


def test_hostile_names_are_shown_as_text(central: Central) -> None:
    owner = sign_in(central, Role.OWNER)
    hostile = '<script>alert("x")</script> Дилноза "O\'Neil"'
    owner.post("/console/accounts", {"username": "hostile", "display_name": hostile, "role": "scheduler"})
    page = owner.get("/console/accounts").text
    assert "<script>alert" not in page and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; Дилноза" in page
    assert accounts.find(make_engine(central.database), "hostile").display_name == hostile
