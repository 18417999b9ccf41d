"""The centre's live booking service over HTTP, and the allowance round.

- :class:`HttpSeatCentre` is the ``kiosk.booking.centre.SeatCentre`` an enrolled
  kiosk's :class:`~kiosk.booking.remote.RemoteAuthority` books through. Its
  timeouts are short: a person is waiting at the screen, and the authority
  falls back to the allowance when the centre is slow.
- :func:`send_live_booking` sends a booking whose live request never got an
  answer (the kiosk died in between) as that same request, with the same key.
- :func:`exchange_allowances` settles the grants whose lease has ended and
  takes new ones: one ``POST /v1/allowances`` per sync round.

Every answer is read strictly (``sync.agent.http``): a login page's ``200`` is
not a booking.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import requests

from kiosk import outbox
from kiosk.booking import allowance
from kiosk.booking.centre import CentreBooking, CentreRefused, CentreSlot, CentreUnreachable, LiveRequest
from kiosk.clock import BootMoment, boot_clock
from kiosk.store import Store
from sync.agent import errors as sync_errors
from sync.agent.enrollment import Enrollment, load_enrollment
from sync.agent.errors import NotEnrolled, SyncError, UnexpectedAnswer
from sync.agent.files import AgentPaths
from sync.agent.http import Timeouts, bounded_body, json_answer
from sync.protocol.times import format_time

log = logging.getLogger(__name__)

#: A person is at the screen: a live call gives up sooner than the sync round's.
LIVE_TIMEOUTS = Timeouts(connect_s=3.0, read_s=8.0)

#: The store event a booking the centre refused after the kiosk restarted leaves for staff.
EVENT_BOOKING_REFUSED = "booking_refused"

_TIME = "%Y-%m-%dT%H:%M"


class HttpSeatCentre:
    """``SeatCentre`` over the central service's HTTP API, with this kiosk's token."""

    def __init__(self, session: requests.Session, enrollment: Enrollment, *,
                 timeouts: Timeouts = LIVE_TIMEOUTS) -> None:
        self.session = session
        self.enrollment = enrollment
        self.timeouts = timeouts
        self.base = enrollment.central_url.rstrip("/")

    def open_slots(self, service_id: str, location_id: str | None, first: date, days: int) -> list[CentreSlot]:
        params: dict[str, str | int] = {"service_id": service_id, "first": first.isoformat(), "days": days}
        if location_id is not None:
            params["location_id"] = location_id
        answer = self._call("GET", "/v1/slots", (200,), params=params)
        try:
            return [CentreSlot(str(row["slot_id"]), str(row["location_id"]), str(row["service_id"]),
                               datetime.strptime(row["start"], _TIME), datetime.strptime(row["end"], _TIME),
                               int(row["capacity"]), int(row["free"])) for row in answer["slots"]]
        except (KeyError, TypeError, ValueError) as error:
            raise CentreUnreachable(f"the centre's slots are not what the protocol says: {error}") from None

    def book(self, key: str, request: LiveRequest) -> CentreBooking:
        return _booking(self._call("POST", "/v1/bookings", (200, 201), body=request.__dict__,
                                   headers={"Idempotency-Key": key}))

    def find(self, reference: str, name_or_last4: str) -> CentreBooking:
        return _booking(self._call("POST", f"/v1/bookings/{reference}/find", (200,),
                                   body={"name_or_last4": name_or_last4}))

    def cancel(self, reference: str, name_or_last4: str) -> CentreBooking:
        return _booking(self._call("POST", f"/v1/bookings/{reference}/cancel", (200,),
                                   body={"name_or_last4": name_or_last4}))

    def reschedule(self, reference: str, name_or_last4: str, slot_id: str) -> CentreBooking:
        return _booking(self._call("POST", f"/v1/bookings/{reference}/reschedule", (200,),
                                   body={"name_or_last4": name_or_last4, "slot_id": slot_id}))

    def _call(self, method: str, path: str, expect: tuple[int, ...], *, body: dict[str, Any] | None = None,
              params: dict[str, str | int] | None = None, headers: dict[str, str] | None = None) -> dict[str, Any]:
        """The answer's JSON; :class:`CentreRefused` for a refusal with a code, else :class:`CentreUnreachable`."""
        try:
            response = self.session.request(method, self.base + path, json=body, params=params,
                                            headers={**self.enrollment.auth(), **(headers or {})},
                                            timeout=self.timeouts.pair, stream=True)
        except requests.RequestException as error:
            raise CentreUnreachable(f"network: {type(error).__name__}: {error}") from None
        if 400 <= response.status_code < 500 and response.status_code not in (401, 403, 408, 429):
            code, message = _refusal(response)
            if code:
                raise CentreRefused(code, message)
        try:
            return json_answer(response, expect)
        except SyncError as error:
            # Whatever it was (a portal page, a 5xx, a refused token): no booking answer came.
            raise CentreUnreachable(f"{error.reason}: {error}") from None
        except requests.RequestException as error:  # the answer broke off halfway
            raise CentreUnreachable(f"network: {type(error).__name__}: {error}") from None


def centre_for(data_dir: Path, session: requests.Session | None = None) -> HttpSeatCentre | None:
    """The live service of an enrolled kiosk, None for one that is not enrolled (it is its own authority)."""
    try:
        enrollment = load_enrollment(AgentPaths(data_dir))
    except NotEnrolled:
        return None
    from sync.agent.cli import new_session

    return HttpSeatCentre(session or new_session(), enrollment)


def send_live_booking(store: Store, centre: HttpSeatCentre, item: outbox.OutboxItem, now: datetime) -> str:
    """Send a held-back live booking as the live request it was, with its key; "" when settled, else why not.

    The centre books it (delivered: the kiosk drops the person's details) or
    refuses it (the booking is cancelled here and an event tells staff: the
    person never got a receipt, the kiosk died first). No answer: "" is not
    returned, and the outbox tries again later.
    """
    body = item.body
    request = LiveRequest(body["reference"], body["slot_id"], body["name"], body["phone"], body["passport_last4"],
                          body["language"])
    try:
        booked = centre.book(item.id, request)
    except CentreUnreachable as error:
        return str(error)
    except CentreRefused as refusal:
        with store.transaction("record a booking the centre refused") as db:
            db.execute("UPDATE bookings SET status = 'cancelled', changed_at = ? WHERE reference = ? "
                       "AND status = 'booked'", [now.isoformat(timespec="seconds"), request.reference])
            outbox.record_delivered(db, item.id, {"id": item.id, "refused": refusal.code}, now)
        store.record_event(EVENT_BOOKING_REFUSED,
                           f"booking {request.reference} was never confirmed ({refusal.code}) and is cancelled: "
                           "the kiosk restarted before its receipt was printed")
        return ""
    with store.transaction("record a booking the centre confirmed") as db:
        outbox.record_delivered(db, item.id, {"id": item.id, "status": booked.status, "reference": booked.reference},
                                now)
    return ""


@dataclass(frozen=True)
class AllowanceRound:
    granted: int = 0
    settled: int = 0
    waiting: int = 0


def exchange_allowances(store: Store, session: requests.Session, enrollment: Enrollment, *,
                        clock: Callable[[], datetime], boot: Callable[[], BootMoment] = boot_clock,
                        timeouts: Timeouts) -> AllowanceRound:
    """Settle grants whose lease ended, and take new ones. Raises :class:`SyncError` subclasses on failure."""
    with store.transaction("settle allowance grants") as db:
        settling = allowance.begin_settling(db, boot())
    sent = {"settle": [{"grant_id": s.grant_id, "sold": list(s.sold)} for s in settling], "want": True}
    try:
        response = session.post(f"{enrollment.central_url.rstrip('/')}/v1/allowances", json=sent,
                                headers=enrollment.auth(), timeout=timeouts.pair, stream=True)
    except requests.RequestException as error:
        raise sync_errors.CentreUnreachable(f"network: {type(error).__name__}: {error}") from None
    # The clock is read when the answer arrives: the lease runs from then, never from before.
    arrived = boot()
    if response.status_code == 404 and not settling:
        response.close()
        return AllowanceRound()  # a centre that lends no allowances (an older one): nothing to sell offline
    try:
        answer = json_answer(response, (200,))
    except requests.RequestException as error:  # the answer broke off halfway
        raise sync_errors.CentreUnreachable(f"network: {type(error).__name__}: {error}") from None
    try:
        grants = [allowance.Grant(str(g["grant_id"]), str(g["slot_id"]), int(g["seats"]), int(g["lease_s"]))
                  for g in answer["grants"]]
        closed = [str(grant_id) for grant_id in answer["settled"]] + [str(g) for g in answer.get("unknown", [])]
        waiting = len(answer.get("waiting", []))
    except (KeyError, TypeError, ValueError) as error:
        raise UnexpectedAnswer(f"the allowance answer is not what the protocol says: {error}") from None
    with store.transaction("keep allowance grants") as db:
        granted = allowance.store_grants(db, grants, arrived, format_time(clock()))
        settled = allowance.settled(db, closed)
    return AllowanceRound(granted, settled, waiting)


def _booking(answer: dict[str, Any]) -> CentreBooking:
    try:
        return CentreBooking(str(answer["reference"]), str(answer["status"]), str(answer["slot_id"]),
                             str(answer["service_id"]), str(answer["location_id"]),
                             datetime.strptime(answer["start"], _TIME), datetime.strptime(answer["end"], _TIME),
                             str(answer["language"]), str(answer["kiosk_id"]))
    except (KeyError, TypeError, ValueError) as error:
        raise CentreUnreachable(f"the centre's booking is not what the protocol says: {error}") from None


def _refusal(response: requests.Response) -> tuple[str, str]:
    """The protocol's ``(code, message)`` from an error answer, ("", "") when it is not one."""
    if response.headers.get("Content-Type", "").split(";")[0].strip().lower() != "application/json":
        return "", ""
    try:
        error = json.loads(bounded_body(response, 65536)).get("error", {})
        return str(error["code"]), str(error.get("message", ""))
    except (ValueError, AttributeError, KeyError, TypeError, UnicodeDecodeError, requests.RequestException):
        return "", ""


__all__ = ["EVENT_BOOKING_REFUSED", "LIVE_TIMEOUTS", "AllowanceRound", "HttpSeatCentre", "centre_for",
           "exchange_allowances", "send_live_booking"]
