"""The owner's pages: console accounts (make, change role, disable, unlock, new password) and the audit log."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request
from starlette.responses import Response

from sync.central.console import accounts, audit, sessions, web
from sync.central.tokens import Role

router = APIRouter()


def _said(viewer: web.Viewer, error: accounts.AccountError) -> str:
    """Why an account could not be made or changed, in the viewer's language."""
    if isinstance(error, accounts.AccountExists):
        return viewer._("That username is taken.")
    if isinstance(error, accounts.BadUsername):
        return viewer._("A username is 2 to 64 lower-case letters, digits, dots, dashes or underscores.")
    if isinstance(error, accounts.WeakPassword):
        return viewer._("A password needs {shortest} to {longest} characters.", shortest=accounts.MIN_PASSWORD,
                        longest=accounts.MAX_PASSWORD)
    if isinstance(error, accounts.LastOwner):
        return viewer._("The last owner cannot be disabled or given another role: make another owner first.")
    return viewer._("A name of 1 to 100 characters is needed.")
_ROLES = [role.value for role in Role]


def _role(posted: web.Posted) -> Role:
    value = web.text_field(posted, "role", 32)
    if value not in _ROLES:
        raise web.ConsoleError(422, posted.viewer._("Choose one of the roles."))
    return Role(value)


@router.get("/accounts")
def accounts_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("manage_accounts"))],
                  made: Annotated[str | None, Query(max_length=64)] = None) -> Response:
    return web.page(request, "team/accounts.html", accounts=accounts.list_accounts(web.engine_of(request)),
                    roles=_ROLES, made=made, password=None, problem=None)


def _account_change(request: Request, posted: web.Posted, username: str, action: str, **detail: object) -> None:
    engine = web.engine_of(request)
    audit.write(engine, posted.viewer.account, action, username, posted.viewer.now, **detail)


@router.post("/accounts")
def make_account(request: Request, posted: Annotated[web.Posted, Depends(web.posted("manage_accounts"))]
                 ) -> Response:
    viewer = posted.viewer
    username = web.text_field(posted, "username", 64).lower()
    display_name = web.text_field(posted, "display_name", 100)
    role = _role(posted)
    # The owner hands the first password over in person; its holder changes it (or the owner sets another).
    password = secrets.token_urlsafe(12)
    engine = web.engine_of(request)
    try:
        accounts.create_account(engine, username, display_name, role, password, viewer.account.username, viewer.now)
    except accounts.AccountError as error:
        return web.page(request, "team/accounts.html", status=422, accounts=accounts.list_accounts(engine),
                        roles=_ROLES, made=None, password=None, problem=_said(viewer, error))
    _account_change(request, posted, username, "account_created", role=role.value)
    return web.page(request, "team/accounts.html", status=201, accounts=accounts.list_accounts(engine),
                    roles=_ROLES, made=username, password=password, problem=None)


@router.post("/accounts/{username}/{action}")
def change_account(request: Request, username: Annotated[str, Path(max_length=64)],
                   action: Annotated[str, Path(max_length=32)],
                   posted: Annotated[web.Posted, Depends(web.posted("manage_accounts"))]) -> Response:
    viewer, engine = posted.viewer, web.engine_of(request)
    password = None
    try:
        if action == "disable":
            changed = accounts.set_disabled(engine, username, True, viewer.now)
            sessions.end_all(engine, changed.id)
        elif action == "enable":
            accounts.set_disabled(engine, username, False, viewer.now)
        elif action == "unlock":
            accounts.unlock(engine, username)
        elif action == "role":
            role = _role(posted)
            changed = accounts.set_role(engine, username, role)
            sessions.end_all(engine, changed.id)
        elif action == "password":
            password = secrets.token_urlsafe(12)
            changed = accounts.set_password(engine, username, password)
            sessions.end_all(engine, changed.id)
        else:
            raise web.ConsoleError(404, viewer._("There is no such page."))
    except accounts.UnknownAccount as error:
        raise web.ConsoleError(404, viewer._("There is no account {username}.", username=username)) from error
    except accounts.AccountError as error:
        return web.page(request, "team/accounts.html", status=409, accounts=accounts.list_accounts(engine),
                        roles=_ROLES, made=None, password=None, problem=_said(viewer, error))
    detail = {"role": posted.form.get("role")} if action == "role" else {}
    _account_change(request, posted, username, f"account_{action}", **detail)
    if password is not None:
        return web.page(request, "team/accounts.html", accounts=accounts.list_accounts(engine), roles=_ROLES,
                        made=username, password=password, problem=None)
    return web.redirect(f"{web.PREFIX}/accounts")


@router.get("/audit")
def audit_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_audit"))],
               username: Annotated[str | None, Query(max_length=64)] = None,
               action: Annotated[str | None, Query(max_length=64)] = None) -> Response:
    entries = audit.recent(web.engine_of(request), 300, username or None, action or None)
    return web.page(request, "team/audit.html", entries=entries, username=username or "", action=action or "")
