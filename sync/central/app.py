"""The central service's HTTP API (docs/protocol.md), as an ASGI app.

Every fact lives in the database or the files folder; this module only reads
requests, asks the domain modules, and writes answers, so any number of replicas
can run it side by side.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from datetime import date, datetime, timedelta
from pathlib import Path as FilePath
from typing import Annotated, Any, Self
from zoneinfo import ZoneInfo

from fastapi import Depends, FastAPI, Header, Path, Query, Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError
from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from kiosk.release.model import BOOKING, CONTENT, REGISTRY
from sync.central import allowances, bookings, console, enrollment, fleet, outbox, rollout, seats, staff
from sync.central.database import make_engine, migrate
from sync.central.errors import ApiError, error_body, install_handlers
from sync.central.filestore import FileStore
from sync.central.keyring import load_keyring, store_keys_or_conflict
from sync.central.publishing import Published, Publisher, release_summary, republish
from sync.central.ranges import file_response
from sync.central.settings import Settings
from sync.central.storable import unstorable
from sync.central.tokens import Role, admin_role, create_admin_token
from sync.central.trees import guard_registry_removals, judge_registry, judge_tree
from sync.central.upkeep import keep_current
from sync.protocol.errors import ProtocolError
from sync.protocol.outbox import parse_envelope
from sync.protocol.signing import keyid, public_to_text
from sync.protocol.times import format_time, parse_time

#: JSON requests larger than this are not a kiosk's or an administrator's.
MAX_JSON_BODY = 1024 * 1024
_UPLOAD_PATHS = ("/v1/admin/releases", "/v1/admin/registry")
_CONSOLE_UPLOADS = "/console/upload/"

#: Which datasets each role may change by publishing.
_MAY_CHANGE = {
    Role.OWNER: {CONTENT, REGISTRY, BOOKING},
    Role.CONTENT_EDITOR: {CONTENT, REGISTRY, BOOKING},
    Role.SCHEDULER: {BOOKING},
    Role.REGISTRY_MANAGER: {REGISTRY},
}


def _storable(value: Any) -> Any:
    problem = unstorable(value)
    if problem is not None:
        raise PydanticCustomError("unstorable_text", problem)
    return value


class _Body(BaseModel):
    """A JSON request body: no text anywhere in it, nested or a key, may be text the database cannot store."""

    @field_validator("*")
    @classmethod
    def _storable_field(cls, value: Any) -> Any:
        return _storable(value)

    @model_validator(mode="after")
    def _storable_extra(self) -> Self:
        # Fields kept beyond the declared ones (a newer kiosk's heartbeat), keys and all.
        _storable(self.model_extra or {})
        return self


class _Strict(_Body):
    model_config = ConfigDict(extra="forbid")


class EnrollRequest(_Strict):
    code: str = Field(min_length=1, max_length=64)
    kiosk_id: str = Field(min_length=1, max_length=64)
    receipt_public_key: str = Field(min_length=1, max_length=200)
    app_version: str = Field(min_length=1, max_length=64)


class EnrollAnswer(BaseModel):
    kiosk_id: str
    device_token: str
    root_public_key: str
    heartbeat_interval_s: int


class OutboxItem(_Strict):
    id: str = Field(min_length=1, max_length=200)
    kind: str = Field(min_length=1, max_length=64)
    body: dict[str, Any]
    created_at: str = Field(max_length=40)


class OutboxAnswer(BaseModel):
    id: str
    status: str
    received_at: str


class Heartbeat(_Body):
    model_config = ConfigDict(extra="allow")

    release: int | None = Field(default=None, ge=0)
    outbox_depth: int = Field(default=0, ge=0)
    outbox_parked: int = Field(default=0, ge=0)
    outbox_oldest_age_s: int | None = Field(default=None, ge=0)
    last_sync_at: str | None = Field(default=None, max_length=40)
    last_error: str | None = Field(default=None, max_length=2000)
    printer: str | None = Field(default=None, max_length=200)
    free_disk_bytes: int | None = Field(default=None, ge=0)
    clock: str = Field(max_length=40)
    interval_s: int = Field(ge=10, le=7 * 86400)
    app_version: str | None = Field(default=None, max_length=64)


class HeartbeatAnswer(BaseModel):
    server_time: str


class TokenRequest(_Strict):
    role: Role
    name: str = Field(min_length=1, max_length=200)


class KeysRequest(_Strict):
    keys: dict[str, Any]
    release_private_keys: list[str] = Field(min_length=1, max_length=8)
    root_public_key: str | None = Field(default=None, max_length=100)


class CodesRequest(_Strict):
    count: int = Field(ge=1, le=500)
    expires_in_s: int = Field(ge=60, le=90 * 86400)


class BookingBody(_Strict):
    reference: str = Field(min_length=1, max_length=20, description="the kiosk's own reference for it")
    slot_id: str = Field(min_length=1, max_length=200)
    name: str = Field(min_length=1, max_length=200)
    phone: str = Field(default="", max_length=40)
    passport_last4: str = Field(default="", max_length=10)
    language: str = Field(default="en", max_length=16)


class SettleBody(_Strict):
    grant_id: str = Field(min_length=1, max_length=40)
    sold: list[Annotated[str, Field(min_length=1, max_length=20)]] = Field(
        default_factory=list, max_length=1000, description="the references the kiosk sold from the grant")


class AllowanceBody(_Strict):
    settle: list[SettleBody] = Field(default_factory=list, max_length=5000,
                                     description="grants the kiosk has stopped selling from")
    want: bool = Field(default=True, description="whether to be granted seats")


class HolderBody(_Strict):
    name_or_last4: str = Field(min_length=1, max_length=200, description="a word of the name, or the 4 digits")


class MoveBody(HolderBody):
    slot_id: str = Field(min_length=1, max_length=200)


class StaffBody(_Strict):
    staff_id: str | None = Field(default=None, min_length=1, max_length=40,
                                 description="a lower-case slug; made (s-xxxx) when absent")
    display_name: str = Field(min_length=1, max_length=100)
    role: str = Field(description="operator or supervisor")
    places: list[Annotated[str, Field(min_length=1, max_length=100)]] = Field(
        default_factory=list, max_length=200, description="location ids the member works at; empty: every place")
    pin: str | None = Field(default=None, max_length=12, description="4 to 12 digits; stored only as a hash")
    badge: bool = Field(default=False, description="make a badge code (shown once in the answer)")

    @field_validator("display_name")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise PydanticCustomError("blank", "a name is needed")
        return value


class PinBody(_Strict):
    pin: str = Field(min_length=1, max_length=12)


class StaffDeviceBody(_Strict):
    # Strict: a privacy switch is turned by a JSON true or false, never by "yes" or 1 read as one.
    staff_device: bool = Field(strict=True, description="true: the kiosk is given day lists (names and phones); "
                                                        "false: it is refused them and deletes those it holds")


class ResolveBody(_Strict):
    note: str = Field(min_length=1, max_length=2000, description="what was found and done")


_GZIP_BODY = {"requestBody": {"required": True, "content": {
    "application/gzip": {"schema": {"type": "string", "format": "binary"}}}}}
_CSV_BODY = {"requestBody": {"required": True, "content": {
    "text/csv": {"schema": {"type": "string", "format": "binary"}}}}}


def _bearer(request: Request) -> str:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "unauthorized", "send Authorization: Bearer <token>",
                       headers={"WWW-Authenticate": "Bearer"})
    return token.strip()


def _engine(request: Request) -> Engine:
    engine: Engine = request.app.state.engine
    return engine


def kiosk_id(request: Request) -> str:
    found = enrollment.kiosk_for_token(_engine(request), _bearer(request))
    if found is None:
        raise ApiError(401, "unauthorized", "this device token is unknown: enroll the kiosk again",
                       headers={"WWW-Authenticate": "Bearer"})
    return found


def admin(*roles: Role) -> Callable[[Request], tuple[Role, str]]:
    """A dependency that lets through the owner and the given roles (every role when none is given)."""

    def check(request: Request) -> tuple[Role, str]:
        found = admin_role(_engine(request), _bearer(request))
        if found is None:
            raise ApiError(401, "unauthorized", "this token is unknown", headers={"WWW-Authenticate": "Bearer"})
        role, _name = found
        if roles and role is not Role.OWNER and role not in roles:
            raise ApiError(403, "forbidden", f"a {role.value} token may not do this")
        return found

    return check


async def _read_upload(request: Request, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, "too_large", f"uploads are limited to {limit // (1024 * 1024)} MB")
        chunks.append(chunk)
    if not size:
        raise ApiError(422, "empty_upload", "the request has no body")
    return b"".join(chunks)


def _storable_parameters(request: Request) -> None:
    """Query and path parameters are text too: refused like a body's when the database cannot store them."""
    given = [("query", name, value) for name, value in request.query_params.multi_items()]
    given += [("path", name, value) for name, value in request.path_params.items() if isinstance(value, str)]
    problems = [{"loc": (where, name), "msg": problem, "type": "unstorable_text", "input": value}
                for where, name, value in given if (problem := unstorable(value)) is not None]
    if problems:
        raise RequestValidationError(problems)


def _etag_matches(header: str | None, etag: str) -> bool:
    if not header:
        return False
    candidates = [part.strip().removeprefix("W/") for part in header.split(",")]
    return "*" in candidates or etag in candidates


def create_app(settings: Settings) -> FastAPI:
    engine = make_engine(settings.database)
    files = FileStore(settings.files_dir)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if settings.migrate_on_start:
            await run_in_threadpool(migrate, engine)
        upkeep = (asyncio.create_task(keep_current(publisher, settings.clock, local_now, settings.upkeep_interval_s,
                                                   settings.people_days))
                  if settings.upkeep_interval_s > 0 else None)
        yield
        if upkeep is not None:
            upkeep.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await upkeep
        engine.dispose()

    app = FastAPI(title="Migrant kiosk central service", version="1", lifespan=lifespan,
                  description="Publishes signed releases to the kiosks and collects what they send up.",
                  dependencies=[Depends(_storable_parameters)])
    app.state.engine = engine
    install_handlers(app, console.page_errors)

    def publisher() -> Publisher:
        return Publisher(engine, files, settings)

    app.state.settings, app.state.files, app.state.publisher = settings, files, publisher
    # Console drafts wait outside the files folder until published: GET /files/ (or a CDN in front of that
    # folder) serves release files to anyone.
    app.state.draft_files = FileStore(settings.console_drafts_dir)
    console.install(app)

    @app.middleware("http")
    async def _limit_json(request: Request, call_next: Callable[[Request], Any]) -> Any:
        # A JSON call has no business being large; the upload routes cap their own streams.
        length = request.headers.get("content-length", "")
        if request.url.path in _UPLOAD_PATHS:
            return await call_next(request)
        # A console form may carry a file (a content tree, a registry); it is read whole, so its size must be known.
        limit = settings.max_upload_bytes if request.url.path.startswith(_CONSOLE_UPLOADS) else MAX_JSON_BODY
        if length.isdigit() and int(length) > limit:
            return JSONResponse(error_body("too_large", "the request body is too large"), status_code=413)
        if "chunked" in request.headers.get("transfer-encoding", "").lower():
            # Without a length the size is known only once read whole, and the JSON routes read whole.
            return JSONResponse(error_body("length_required", "send the body with a Content-Length"),
                                status_code=411)
        return await call_next(request)

    @app.get("/v1/health", tags=["kiosk"])
    def health() -> dict[str, str]:
        return {"status": "ok", "server_time": format_time(settings.clock())}

    @app.post("/v1/enroll", status_code=201, tags=["kiosk"], response_model=EnrollAnswer,
              responses={403: {"description": "unknown, used or expired code"}})
    def enroll(request: EnrollRequest) -> EnrollAnswer:
        enrolled = enrollment.enroll(engine, request.code, request.kiosk_id, request.receipt_public_key,
                                     request.app_version, settings.heartbeat_interval_s, settings.clock())
        return EnrollAnswer(kiosk_id=enrolled.kiosk_id, device_token=enrolled.device_token,
                            root_public_key=enrolled.root_public_key,
                            heartbeat_interval_s=enrolled.heartbeat_interval_s)

    @app.get("/v1/releases/latest", tags=["kiosk"], responses={304: {"description": "not modified"},
                                                               404: {"description": "nothing published yet"}})
    def latest_release(request: Request, _kiosk: Annotated[str, Depends(kiosk_id)]) -> Response:
        with engine.connect() as connection:
            keyring = load_keyring(connection)
            row = rollout.offered_release(connection, _kiosk)
        if row is None or keyring is None:
            raise ApiError(404, "no_release", "nothing has been published yet")
        etag = f'"release-{row.number}-keys-{keyring.keys.version}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if _etag_matches(request.headers.get("if-none-match"), etag):
            return Response(status_code=304, headers=headers)
        body = {"keys": keyring.signed_keys, "manifest": json.loads(row.manifest)}
        return JSONResponse(body, headers=headers)

    file_answers: dict[int | str, dict[str, Any]] = {
        206: {"description": "part of the file"}, 304: {"description": "not modified"},
        404: {"description": "no such file"}, 416: {"description": "range not satisfiable"}}

    @app.get("/files/{sha256}", tags=["kiosk"], responses=file_answers,
             response_class=Response)
    def get_file(sha256: str, request: Request) -> Response:
        path = files.path(sha256)
        if path is None:
            raise ApiError(404, "not_found", "no such file")
        return file_response(path, f'"{sha256}"', request.headers)

    @app.head("/files/{sha256}", tags=["kiosk"], responses=file_answers, response_class=Response)
    def head_file(sha256: str, request: Request) -> Response:
        return get_file(sha256, request)

    @app.post("/v1/outbox", tags=["kiosk"], status_code=201, response_model=OutboxAnswer,
              responses={200: {"description": "the same item again: the first answer"},
                         409: {"description": "the same id with another kind or body"}})
    def post_outbox(item: OutboxItem, sender: Annotated[str, Depends(kiosk_id)]) -> Response:
        try:
            envelope = parse_envelope(item.model_dump())
        except ProtocolError as error:
            raise ApiError(422, "invalid_item", str(error)) from error
        received = outbox.receive(engine, sender, envelope, settings.clock())
        return JSONResponse(received.answer, status_code=201 if received.first_time else 200)

    @app.post("/v1/heartbeat", tags=["kiosk"], response_model=HeartbeatAnswer)
    def heartbeat(body: Heartbeat, sender: Annotated[str, Depends(kiosk_id)]) -> HeartbeatAnswer:
        now = settings.clock()
        try:
            parse_time(body.clock)
        except ProtocolError as error:
            raise ApiError(422, "invalid_request", f"clock: {error}") from error
        fleet.record_heartbeat(engine, sender, body.model_dump(), now)
        return HeartbeatAnswer(server_time=format_time(now))

    # -- bookings: the centre owns the seats -------------------------------------------------

    def local_now() -> datetime:
        """Slots are in the offices' wall-clock time; the centre's clock is UTC."""
        return settings.clock().astimezone(ZoneInfo(settings.booking_timezone)).replace(tzinfo=None)

    @app.get("/v1/slots", tags=["bookings"])
    def get_slots(
        _kiosk: Annotated[str, Depends(kiosk_id)],
        service_id: Annotated[str, Query(min_length=1, max_length=100)],
        first: date,
        location_id: Annotated[str | None, Query(min_length=1, max_length=100,
                                                 description="every location of the service when absent")] = None,
        days: Annotated[int, Query(ge=1, le=seats.WINDOW_DAYS + 2)] = 1,
    ) -> dict[str, Any]:
        with engine.connect() as connection:
            found = seats.open_slots(connection, service_id, location_id, first, first + timedelta(days=days - 1))
        return {"slots": found, "server_time": format_time(settings.clock())}

    @app.post("/v1/bookings", tags=["bookings"], status_code=201,
              responses={409: {"description": "slot_full, already_booked, slot_passed, idempotency_conflict, "
                                              "withdrawn"}})
    def post_booking(
        body: BookingBody,
        sender: Annotated[str, Depends(kiosk_id)],
        idempotency_key: Annotated[str, Header(min_length=8, max_length=100)],
    ) -> JSONResponse:
        status, answer = bookings.book(engine, sender, idempotency_key, bookings.NewBooking(**body.model_dump()),
                                       settings.clock(), local_now())
        return JSONResponse(answer, status_code=status)

    @app.post("/v1/bookings/{reference}/find", tags=["bookings"], responses={404: {"description": "not found"}})
    def find_booking(reference: Annotated[str, Path(max_length=20)], body: HolderBody,
                     _kiosk: Annotated[str, Depends(kiosk_id)]) -> dict[str, Any]:
        return bookings.find(engine, reference, body.name_or_last4)

    @app.post("/v1/bookings/{reference}/cancel", tags=["bookings"], responses={404: {"description": "not found"}})
    def cancel_booking(reference: Annotated[str, Path(max_length=20)], body: HolderBody,
                       _kiosk: Annotated[str, Depends(kiosk_id)]) -> dict[str, Any]:
        return bookings.cancel(engine, reference, body.name_or_last4, settings.clock(), local_now())

    @app.post("/v1/bookings/{reference}/reschedule", tags=["bookings"],
              responses={404: {"description": "not found"}, 409: {"description": "slot_full and the like"}})
    def reschedule_booking(reference: Annotated[str, Path(max_length=20)], body: MoveBody,
                           _kiosk: Annotated[str, Depends(kiosk_id)]) -> dict[str, Any]:
        return bookings.reschedule(engine, reference, body.name_or_last4, body.slot_id, settings.clock(),
                                   local_now())

    @app.post("/v1/allowances", tags=["bookings"])
    def post_allowances(body: AllowanceBody, sender: Annotated[str, Depends(kiosk_id)]) -> dict[str, Any]:
        """Settle the grants a kiosk has stopped selling from, then grant it seats to sell offline."""
        settle: list[allowances.SettleEntry] = [{"grant_id": entry.grant_id, "sold": entry.sold}
                                                for entry in body.settle]
        return allowances.exchange(engine, sender, settle, body.want, settings.clock(), local_now(), settings)

    @app.get("/v1/admin/affected-bookings", tags=["admin"])
    def affected_bookings(_who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))]
                          ) -> dict[str, Any]:
        """Live bookings in slots a newer catalogue withdrew (a closure): staff must tell these people."""
        with engine.connect() as connection:
            return {"bookings": seats.affected(connection)}

    @app.get("/v1/admin/allowances", tags=["admin"])
    def get_allowances(
        _who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))],
        kiosk_id: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    ) -> dict[str, Any]:
        """Open grants, soonest slot first; ``overdue`` ones belong to kiosks that have not settled in time."""
        now = settings.clock()
        return {"grants": allowances.open_grants(engine, kiosk_id, now), "server_time": format_time(now)}

    @app.post("/v1/admin/kiosks/{kiosk_id}/write-off-allowances", tags=["admin"],
              responses={404: {"description": "unknown_kiosk"}})
    def write_off_allowances(
        kiosk_id: Annotated[str, Path(min_length=1, max_length=64)],
        _who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER))],
    ) -> dict[str, Any]:
        """Return a lost kiosk's held seats to the pool, accepting that a booking it sold offline may still
        arrive and overfill a slot (it is then kept, and reported as a finding)."""
        return allowances.write_off(engine, kiosk_id, settings.clock())

    @app.get("/v1/admin/seat-check", tags=["admin"])
    def seat_check(_who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))]
                   ) -> dict[str, Any]:
        """Slots whose seat counts break the rules: empty lists while all is well."""
        return seats.seat_check(engine)

    @app.get("/v1/admin/booking-findings", tags=["admin"])
    def booking_findings(
        _who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))],
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> dict[str, Any]:
        """Bookings that arrived after the fact and broke a rule (or could not be recorded), newest first."""
        return {"findings": bookings.list_findings(engine, limit)}

    # -- staff mode (sync.central.staff) ------------------------------------------------------
    # Roles: the owner manages staff accounts and marks staff devices (both let people see names, as tokens
    # let administrators in); a scheduler or fleet viewer may read the accounts (no hashes), a day's visits,
    # the audit logs' state and the conflicts; a scheduler, who answers for bookings, resolves conflicts.

    @app.get("/v1/staff/accounts", tags=["staff"])
    def staff_accounts(_kiosk: Annotated[str, Depends(kiosk_id)]) -> dict[str, Any]:
        """Every staff account as a device keeps it (hashes only); the device replaces its list with it.

        Any enrolled kiosk may fetch it, not only staff devices: staff also sign in on a shared public
        kiosk (five taps in the corner), and what travels is ids, names, roles, places and scrypt hashes,
        never a PIN or a person's booking. The names and phones of the day lists are what is kept to
        staff devices (``GET /v1/staff/day``)."""
        return staff.kiosk_accounts(engine, settings.clock())

    @app.get("/v1/staff/day", tags=["staff"], responses={403: {"description": "not_a_staff_device"},
                                                         404: {"description": "unknown_location"},
                                                         422: {"description": "day_out_of_reach"}})
    def staff_day(
        kiosk: Annotated[str, Depends(kiosk_id)],
        location: Annotated[str, Query(min_length=1, max_length=100)],
        day: date,
    ) -> dict[str, Any]:
        """One place's bookings on one day (yesterday to the day after tomorrow), with names, phones and visits:
        only for a kiosk an administrator marked as a staff device (``POST /v1/admin/kiosks/{id}/staff-device``)."""
        return staff.day_list(engine, kiosk, location, day, local_now().date(), settings.clock())

    @app.post("/v1/admin/kiosks/{kiosk_id}/staff-device", tags=["admin"],
              responses={404: {"description": "unknown_kiosk"}})
    def mark_staff_device(
        kiosk_id: Annotated[str, Path(min_length=1, max_length=64)],
        body: StaffDeviceBody,
        _who: Annotated[tuple[Role, str], Depends(admin(Role.OWNER))],
    ) -> dict[str, Any]:
        """Mark a kiosk as a staff device, which is given the day lists (names and phones), or unmark it, which
        makes it delete those it holds at its next sync round."""
        return staff.set_staff_device(engine, kiosk_id, body.staff_device)

    @app.post("/v1/admin/staff", tags=["admin"], status_code=201,
              responses={409: {"description": "staff_exists"}, 422: {"description": "invalid_pin, unknown_location"}})
    def create_staff(body: StaffBody, who: Annotated[tuple[Role, str], Depends(admin(Role.OWNER))]) -> dict[str, Any]:
        """Make a staff account; a badge's code is in the answer this once (the centre keeps only its hash)."""
        new = staff.NewAccount(display_name=body.display_name, role=body.role, places=body.places,
                               staff_id=body.staff_id, pin=body.pin, badge=body.badge)
        return staff.create_account(engine, new, f"{who[0].value}:{who[1]}", settings.clock())

    @app.get("/v1/admin/staff", tags=["admin"])
    def list_staff(_who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))]
                   ) -> dict[str, Any]:
        """Every staff account, revoked ones too, without hashes."""
        return {"accounts": staff.list_accounts(engine)}

    @app.post("/v1/admin/staff/{staff_id}/revoke", tags=["admin"], responses={404: {"description": "unknown_staff"}})
    def revoke_staff(staff_id: Annotated[str, Path(min_length=1, max_length=40)],
                     who: Annotated[tuple[Role, str], Depends(admin(Role.OWNER))]) -> dict[str, Any]:
        """Stop an account signing in: each device learns it at its next sync round."""
        return staff.revoke(engine, staff_id, f"{who[0].value}:{who[1]}", settings.clock())

    @app.post("/v1/admin/staff/{staff_id}/pin", tags=["admin"],
              responses={404: {"description": "unknown_staff"}, 409: {"description": "staff_revoked"}})
    def reset_staff_pin(staff_id: Annotated[str, Path(min_length=1, max_length=40)], body: PinBody,
                        _who: Annotated[tuple[Role, str], Depends(admin(Role.OWNER))]) -> dict[str, Any]:
        """Give an account a new PIN."""
        return staff.reset_pin(engine, staff_id, body.pin, settings.clock())

    @app.get("/v1/admin/staff-conflicts", tags=["admin"])
    def staff_conflicts(
        _who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))],
        open_only: Annotated[bool, Query(alias="open", description="only those not resolved yet")] = False,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> dict[str, Any]:
        """Bookings two devices checked in, newest first, with both records (the first is the visit's)."""
        return {"conflicts": staff.list_conflicts(engine, open_only, limit)}

    @app.post("/v1/admin/staff-conflicts/{conflict_id}/resolve", tags=["admin"],
              responses={404: {"description": "unknown_conflict"}, 409: {"description": "already_resolved"}})
    def resolve_staff_conflict(conflict_id: Annotated[int, Path(ge=1, le=2**31 - 1)], body: ResolveBody,
                               who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER))]) -> dict[str, Any]:
        """Close a conflict with a note of what was found and done."""
        return staff.resolve_conflict(engine, conflict_id, body.note, f"{who[0].value}:{who[1]}", settings.clock())

    @app.get("/v1/admin/staff-day", tags=["admin"], responses={404: {"description": "unknown_location"}})
    def admin_staff_day(
        _who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))],
        location: Annotated[str, Query(min_length=1, max_length=100)],
        day: date,
    ) -> dict[str, Any]:
        """What the centre ended up with for a place's day: each booking's visit and audit count, no names."""
        return staff.admin_day(engine, location, day)

    @app.get("/v1/admin/staff-audit", tags=["admin"])
    def staff_audit(
        _who: Annotated[tuple[Role, str], Depends(admin(Role.SCHEDULER, Role.FLEET_VIEWER))],
        device: Annotated[str | None, Query(min_length=1, max_length=64)] = None,
    ) -> dict[str, Any]:
        """Each staff device's audit log as received: entries, last seq, missing numbers, breaks."""
        return {"devices": staff.audit_status(engine, device)}

    # -- administrators ---------------------------------------------------------------------

    @app.post("/v1/admin/tokens", tags=["admin"], status_code=201)
    def new_token(request: TokenRequest, _who: Annotated[tuple[Role, str], Depends(admin(Role.OWNER))]
                  ) -> dict[str, str]:
        token = create_admin_token(engine, request.role, request.name, settings.clock())
        return {"token": token, "role": request.role.value, "name": request.name}

    @app.put("/v1/admin/keys", tags=["admin"])
    def put_keys(request: KeysRequest, who: Annotated[tuple[Role, str], Depends(admin(Role.OWNER))]
                 ) -> dict[str, Any]:
        with engine.connect() as connection:
            canary = rollout.pending_canary(connection)
        if canary is not None:
            # Publishing again under the new keys would go to the canary group only, and the rest of the
            # fleet would hold a keys document its release was not signed under.
            raise ApiError(409, "canary_pending", f"release {canary} is offered to the canary group only: "
                                                  "promote it, or publish a release to all, before rotating keys")
        keys = store_keys_or_conflict(engine, request.keys, request.release_private_keys, request.root_public_key,
                                      settings.clock())
        # Kiosks that take the new keys document must find a manifest signed by a key it names.
        published = republish(publisher(), who[1])
        return {"keys_version": keys.version, "release": None if published is None else published.release}

    @app.get("/v1/admin/keys", tags=["admin"])
    def get_keys(_who: Annotated[tuple[Role, str], Depends(admin())]) -> dict[str, Any]:
        with engine.connect() as connection:
            keyring = load_keyring(connection)
        if keyring is None:
            raise ApiError(404, "no_keys", "the owner has not given the centre its keys yet")
        return {"keys": keyring.signed_keys, "root_keyid": keyid(keyring.root),
                "root_public_key": public_to_text(keyring.root)}

    def _publish_or_plan(given: dict[str, list[dict[str, Any]]], who: tuple[Role, str], dry_run: bool,
                         allow_removals: bool = False) -> Response:
        role, name = who
        work = publisher()
        plan = work.plan(given)
        allowed = _MAY_CHANGE.get(role, set())
        refused = sorted(dataset for dataset in given if dataset not in allowed and not plan[dataset].empty)
        if refused:
            raise ApiError(403, "forbidden", f"a {role.value} token may not change {', '.join(refused)}")
        if REGISTRY in given:
            guard_registry_removals(plan[REGISTRY], allow_removals)
        if dry_run:
            return JSONResponse({"dry_run": True, "datasets": {n: change.to_json() for n, change in plan.items()}})
        published: Published = work.publish(given, f"{role.value}:{name}")
        if BOOKING in given and not published.changes[BOOKING].empty:
            seats.refresh(engine, given[BOOKING], local_now().date())
        return JSONResponse(release_summary(published), status_code=201)

    @app.post("/v1/admin/releases", tags=["admin"], openapi_extra=_GZIP_BODY,
              responses={201: {"description": "the new release"}, 422: {"description": "the tree has errors"}})
    async def post_release(
        request: Request,
        who: Annotated[tuple[Role, str], Depends(admin(Role.CONTENT_EDITOR, Role.SCHEDULER))],
        dry_run: bool = False,
    ) -> Response:
        data = await _read_upload(request, settings.max_upload_bytes)

        def work() -> Response:
            with tempfile.TemporaryDirectory(prefix="kiosk-central-") as folder:
                archive = FilePath(folder) / "upload.tar.gz"
                archive.write_bytes(data)
                given = judge_tree(archive, FilePath(folder) / "tree", settings.max_unpacked_bytes,
                                   settings.clock().date())
            return _publish_or_plan(given, who, dry_run)

        return await run_in_threadpool(work)

    @app.post("/v1/admin/registry", tags=["admin"], openapi_extra=_CSV_BODY,
              responses={201: {"description": "the new release"}, 422: {"description": "bad rows"}})
    async def post_registry(
        request: Request,
        who: Annotated[tuple[Role, str], Depends(admin(Role.REGISTRY_MANAGER))],
        dry_run: bool = False,
        as_of: Annotated[date | None, Query(description="the date the registry was valid on")] = None,
        source: Annotated[str, Query(max_length=200)] = "registry upload",
        allow_removals: Annotated[bool, Query(description="publish even if more than a fifth of the agencies "
                                                          "would be removed")] = False,
    ) -> Response:
        data = await _read_upload(request, settings.max_upload_bytes)

        def work() -> Response:
            given = {REGISTRY: judge_registry(data, as_of, source)}
            return _publish_or_plan(given, who, dry_run, allow_removals)

        return await run_in_threadpool(work)

    @app.post("/v1/admin/enrollment-codes", tags=["admin"], status_code=201)
    def new_codes(request: CodesRequest, _who: Annotated[tuple[Role, str], Depends(admin(Role.OWNER))]
                  ) -> dict[str, Any]:
        now = settings.clock()
        lifetime = timedelta(seconds=request.expires_in_s)
        codes = enrollment.create_codes(engine, request.count, lifetime, now)
        return {"codes": codes, "expires_at": format_time(now + lifetime)}

    @app.get("/v1/admin/fleet", tags=["admin"])
    def get_fleet(_who: Annotated[tuple[Role, str], Depends(admin(Role.FLEET_VIEWER))]) -> dict[str, Any]:
        now = settings.clock()
        return {"server_time": format_time(now), "kiosks": fleet.fleet(engine, now)}

    @app.get("/v1/admin/outbox", tags=["admin"])
    def get_outbox(
        _who: Annotated[tuple[Role, str], Depends(admin(Role.FLEET_VIEWER))],
        kind: Annotated[str | None, Query(max_length=64)] = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> dict[str, Any]:
        return {"items": outbox.list_items(engine, kind, limit)}

    @app.get("/v1/admin/conflicts", tags=["admin"])
    def get_conflicts(
        _who: Annotated[tuple[Role, str], Depends(admin(Role.FLEET_VIEWER))],
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    ) -> dict[str, Any]:
        return {"conflicts": outbox.list_conflicts(engine, limit)}

    return app
