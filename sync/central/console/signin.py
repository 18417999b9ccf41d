"""Signing in and out, the language switch, and the front page."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Query, Request
from starlette.responses import Response

from sync.central.console import accounts, audit, sessions, web
from sync.central.console.words import LANGUAGES

router = APIRouter()


def _set_session_cookie(request: Request, response: Response, secret: str) -> None:
    settings = web.settings_of(request)
    response.set_cookie(web.COOKIE, secret, httponly=True, secure=settings.console_secure_cookies,
                        samesite="strict", path=web.PREFIX, max_age=int(sessions.LONGEST.total_seconds()))


@router.get("/sign-in")
def sign_in_page(request: Request, next: Annotated[str, Query(max_length=500)] = "") -> Response:
    return web.page(request, "sign_in.html", next=web.local_path(next), problem=None, username="")


@router.post("/sign-in")
def sign_in(request: Request, username: Annotated[str, Form(max_length=200)],
            password: Annotated[str, Form(max_length=1000)],
            next: Annotated[str, Form(max_length=500)] = "") -> Response:
    # No CSRF token exists before a session; SameSite cookies and the Origin check keep another
    # site from signing a browser in as someone else (login CSRF).
    viewer = web.viewer_of(request)
    if not web.same_origin(request):
        raise web.ConsoleError(403, viewer._("This form did not come from this console."))
    engine = web.engine_of(request)
    try:
        account = accounts.authenticate(engine, username.strip().lower(), password, viewer.now)
    except accounts.LockedOut as error:
        problem = viewer._("Too many wrong passwords: this account is locked until {until}. The owner can "
                           "unlock it sooner.", until=viewer.when(error.until))
        return web.page(request, "sign_in.html", status=403, next=web.local_path(next), problem=problem,
                        username=username)
    except accounts.BadSignIn:
        return web.page(request, "sign_in.html", status=401, next=web.local_path(next),
                        problem=viewer._("The username or password is wrong."), username=username)
    session = sessions.start(engine, account, viewer.now, replacing=request.cookies.get(web.COOKIE))
    audit.write(engine, account, "sign_in", account.username, viewer.now)
    response = web.redirect(next or web.PREFIX + "/")
    _set_session_cookie(request, response, session.secret)
    return response


@router.post("/sign-out")
def sign_out(request: Request, posted: Annotated[web.Posted, Depends(web.posted("see_releases"))]) -> Response:
    assert posted.viewer.session is not None
    sessions.end(web.engine_of(request), posted.viewer.session.secret)
    response = web.redirect(web.PREFIX + "/sign-in")
    response.delete_cookie(web.COOKIE, path=web.PREFIX)
    return response


@router.get("/language")
def choose_language(lang: Annotated[str, Query(max_length=16)],
                    next: Annotated[str, Query(max_length=500)] = "") -> Response:
    # A preference, not a change to any data: a plain link may set it.
    response = web.redirect(next)
    if lang in LANGUAGES:
        response.set_cookie(web.LANGUAGE_COOKIE, lang, samesite="lax", path=web.PREFIX, max_age=365 * 86400)
    return response


@router.get("/")
def front_page(request: Request, viewer: Annotated[web.Viewer, Depends(web.allowed("see_releases"))]) -> Response:
    return web.page(request, "home.html")
