"""What every console page shares: who is signed in, what their role lets them do, forms that
carry a CSRF token, pages in the viewer's language, and errors as pages (never a 5xx for bad input).

Routes ask for a viewer with ``Depends(allowed("see_fleet"))`` and for a checked form with
``Depends(posted("publish_content"))``; both refuse with a page saying why. The owner may do
everything; :data:`ABILITIES` lists who else may do what, in one place, for routes and tests.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from sync.central.console import sessions
from sync.central.console.accounts import Account
from sync.central.console.sessions import Session
from sync.central.console.words import LANGUAGES, N_, SOURCE, native_name, translate
from sync.central.filestore import FileStore
from sync.central.publishing import Publisher
from sync.central.settings import Settings
from sync.central.storable import unstorable
from sync.central.tokens import Role

PREFIX = "/console"
COOKIE = "kiosk_console"
LANGUAGE_COOKIE = "kiosk_console_lang"
TEMPLATES = Path(__file__).resolve().parent / "templates"

_EVERY_ROLE = frozenset(Role)
#: What each role may do besides the owner, who may do everything.
ABILITIES: dict[str, frozenset[Role]] = {
    "see_fleet": _EVERY_ROLE,
    "manage_fleet": frozenset(),  # canary group and places: the owner's, like enrollment
    "publish_content": frozenset({Role.CONTENT_EDITOR}),
    "publish_registry": frozenset({Role.REGISTRY_MANAGER, Role.CONTENT_EDITOR}),
    "see_releases": _EVERY_ROLE,
    "promote": frozenset({Role.CONTENT_EDITOR, Role.REGISTRY_MANAGER}),
    "roll_back": frozenset({Role.CONTENT_EDITOR}),
    "see_feedback": frozenset({Role.CONTENT_EDITOR, Role.FLEET_VIEWER}),
    "see_reports": frozenset({Role.REGISTRY_MANAGER}),
    "triage_reports": frozenset({Role.REGISTRY_MANAGER}),
    "see_bookings": frozenset({Role.SCHEDULER, Role.FLEET_VIEWER}),
    "resolve_conflicts": frozenset({Role.SCHEDULER}),
    "manage_accounts": frozenset(),
    "see_audit": frozenset(),
}


#: How each role is named on the pages.
ROLE_NAMES: dict[Role, str] = {
    Role.OWNER: N_("owner"),
    Role.CONTENT_EDITOR: N_("content editor"),
    Role.REGISTRY_MANAGER: N_("registry manager"),
    Role.SCHEDULER: N_("scheduler"),
    Role.FLEET_VIEWER: N_("fleet viewer"),
}


def may(role: Role, ability: str) -> bool:
    return role is Role.OWNER or role in ABILITIES[ability]


class ConsoleError(Exception):
    """A request the console refuses, shown as a page with ``status`` and a sentence (already translated)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class SignInNeeded(Exception):
    """No live session: the browser is sent to the sign-in page, and back afterwards."""


@dataclass(frozen=True)
class Viewer:
    """The person looking at a page: their session (None on the sign-in page) and language."""

    session: Session | None
    language: str
    now: datetime
    zone: ZoneInfo

    @property
    def account(self) -> Account:
        assert self.session is not None
        return self.session.account

    def may(self, ability: str) -> bool:
        return self.session is not None and may(self.session.account.role, ability)

    def _(self, text: str, **values: object) -> str:
        return translate(self.language, text, **values)

    def role_name(self, role: Role | str) -> str:
        try:
            return self._(ROLE_NAMES[Role(role)])
        except ValueError:
            return str(role)

    def when(self, moment: datetime | None) -> str:
        """A moment in the offices' time zone, as an administrator reads it."""
        if moment is None:
            return "—"
        return moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class Posted:
    viewer: Viewer
    form: FormData


def _environment() -> Environment:
    environment = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(default=True),
                              trim_blocks=True, lstrip_blocks=True)
    environment.globals.update(PREFIX=PREFIX, LANGUAGES=LANGUAGES, native_name=native_name, quote=quote)
    return environment


_TEMPLATES = _environment()


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def engine_of(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def publisher_of(request: Request) -> Publisher:
    """A publisher for this request (the app's factory: one per request, its decoded snapshots with it)."""
    publisher: Publisher = request.app.state.publisher()
    return publisher


def draft_files_of(request: Request) -> FileStore:
    """Where drafts' datasets are kept: not the release files folder, which anyone may download from."""
    files: FileStore = request.app.state.draft_files
    return files


def language_of(request: Request) -> str:
    chosen = request.cookies.get(LANGUAGE_COOKIE, "")
    if chosen in LANGUAGES:
        return chosen
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";")[0].strip()
        for known in LANGUAGES:
            if tag and known.lower().startswith(tag.lower()):
                return known
    return SOURCE


def viewer_of(request: Request) -> Viewer:
    """Whoever is looking, signed in or not; cached on the request."""
    cached = getattr(request.state, "viewer", None)
    if isinstance(cached, Viewer):
        return cached
    settings = settings_of(request)
    now = settings.clock()
    secret = request.cookies.get(COOKIE)
    session = sessions.find(engine_of(request), secret, now) if secret and len(secret) < 100 else None
    viewer = Viewer(session, language_of(request), now, ZoneInfo(settings.booking_timezone))
    request.state.viewer = viewer
    return viewer


def allowed(ability: str) -> Callable[[Request], Viewer]:
    """A dependency: the signed-in viewer, if their role may do ``ability``."""

    def check(request: Request) -> Viewer:
        viewer = viewer_of(request)
        if viewer.session is None:
            raise SignInNeeded()
        if not viewer.may(ability):
            raise ConsoleError(403, viewer._("Your role ({role}) may not open this page or do this.",
                                             role=viewer.role_name(viewer.account.role)))
        return viewer

    check.ability = ability  # type: ignore[attr-defined]  # read by the role tests, which walk every route
    return check


def same_origin(request: Request) -> bool:
    """Whether a form came from a page of this console: Origin (or Referer) names our own host."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin or origin == "null":
        return origin is None  # a browser always sends one on a cross-site POST; "null" is a sandboxed page
    return urlsplit(origin).netloc == request.headers.get("host", "")


def posted(ability: str) -> Callable[[Request], Awaitable[Posted]]:
    """A dependency for every form the console takes: a viewer who may do ``ability``, a same-origin
    request, and the session's CSRF token in the form (or the ``X-CSRF-Token`` header htmx sends)."""
    check = allowed(ability)

    async def read(request: Request) -> Posted:
        viewer = check(request)
        form = await request.form(max_files=4, max_fields=200)
        given = form.get("csrf")
        token = given if isinstance(given, str) else request.headers.get("x-csrf-token")
        assert viewer.session is not None
        if not same_origin(request) or not viewer.session.csrf_matches(token):
            raise ConsoleError(403, viewer._("This form has expired or did not come from this console. "
                                             "Open the page again and send it from there."))
        for name, value in form.multi_items():
            if isinstance(value, str) and (problem := unstorable(value)) is not None:
                raise ConsoleError(422, viewer._("The field {name} cannot be kept: {problem}.",
                                                 name=name[:40], problem=problem))
        return Posted(viewer, form)

    read.ability = ability  # type: ignore[attr-defined]
    return read


def text_field(posted: Posted, name: str, longest: int, required: bool = True) -> str:
    """A form's text field, trimmed; a clear 422 page when it is missing, empty or too long."""
    value = posted.form.get(name)
    text = value.strip() if isinstance(value, str) else ""
    if required and not text:
        raise ConsoleError(422, posted.viewer._("Fill in the field: {name}.", name=name))
    if len(text) > longest:
        raise ConsoleError(422, posted.viewer._("The field {name} is longer than {longest} characters.",
                                                name=name, longest=longest))
    return text


def page(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    viewer = viewer_of(request)
    html = _TEMPLATES.get_template(template).render(
        request=request, viewer=viewer, _=viewer._, csrf=viewer.session.csrf if viewer.session else "",
        path=request.url.path, **context)
    return HTMLResponse(html, status_code=status, headers=_SECURITY_HEADERS)


def redirect(to: str) -> RedirectResponse:
    """After a form: 303 to a page of the console (never anywhere else)."""
    return RedirectResponse(local_path(to), status_code=303)


def local_path(to: str | None) -> str:
    """``to`` when it is a path inside the console, else the console's front page (no open redirects)."""
    if to and to.startswith(PREFIX + "/") and not to.startswith("//") and "\\" not in to and "\n" not in to:
        return to
    return PREFIX + "/"


# Pages are never framed (clickjacking), scripts come only from here, and nothing is cached.
_SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Cache-Control": "no-store",
}


def error_page(request: Request, status: int, message: str) -> Response:
    return page(request, "error.html", status=status, status_code=status, message=message)
