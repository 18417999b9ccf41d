"""The administrators' console: server-rendered pages under ``/console`` (docs/architecture.md, "The console").

Each part of the console is a module with its own router and templates: sign-in and the
front page (:mod:`.signin`), accounts and the audit log (:mod:`.team`), publishing
(:mod:`.publish`), registry uploads (:mod:`.registry`), the fleet (:mod:`.fleet_pages`),
agency reports (:mod:`.reports`) and bookings (:mod:`.bookings_pages`). What they share
(who is signed in, roles, CSRF, pages in the viewer's language) is :mod:`.web`.
"""

from __future__ import annotations

import importlib
from urllib.parse import quote

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.requests import Request
from starlette.responses import Response

from sync.central.console import web
from sync.central.console.words import N_

STATIC = web.TEMPLATES.parent / "static"
#: The parts of the console, each a module of this package with a ``router``; a part not written yet is skipped.
PARTS = ("signin", "team", "publish", "registry", "fleet_pages", "reports", "bookings_pages")


def install(app: FastAPI) -> None:
    """Serve the console from ``app``, which holds ``state.engine``, ``state.settings`` and ``state.publisher``."""
    for part in PARTS:
        try:
            module = importlib.import_module(f"sync.central.console.{part}")
        except ModuleNotFoundError as error:
            if error.name != f"sync.central.console.{part}":
                raise
            continue
        app.include_router(module.router, prefix=web.PREFIX, include_in_schema=False)
    app.mount(f"{web.PREFIX}/static", StaticFiles(directory=STATIC), name="console-static")

    @app.exception_handler(web.SignInNeeded)
    async def _sign_in(request: Request, _error: web.SignInNeeded) -> Response:
        wanted = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method != "GET":
            wanted = web.PREFIX + "/"
        if request.headers.get("hx-request"):
            # An htmx call cannot follow a redirect to a whole page: it is told to load one.
            return Response(status_code=401, headers={"HX-Redirect": f"{web.PREFIX}/sign-in"})
        return web.redirect(f"{web.PREFIX}/sign-in?next={quote(wanted, safe='')}")

    @app.exception_handler(web.ConsoleError)
    async def _refused(request: Request, error: web.ConsoleError) -> Response:
        return web.error_page(request, error.status, error.message)


def page_errors(request: Request, status: int, message: str) -> Response | None:
    """The API's own errors (404, 405, 422, ...) on a console path, as a page instead of JSON."""
    if not request.url.path.startswith(web.PREFIX + "/") and request.url.path != web.PREFIX:
        return None
    if request.url.path.startswith(f"{web.PREFIX}/static/"):
        return None
    viewer = web.viewer_of(request)
    words = {404: N_("There is no such page."), 405: N_("This page cannot be used that way."),
             413: N_("The file is too large."), 422: N_("Something in the request is not valid: {detail}")}
    text = words.get(status, N_("The request was refused: {detail}"))
    return web.error_page(request, status, viewer._(text, detail=message))
