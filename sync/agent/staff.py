"""The staff round: the centre's staff accounts and day lists, fetched into the kiosk's cache each sync round.

After the outbox is sent, :func:`fetch_staff` asks the centre for every staff account
(``GET /v1/staff/accounts``) and replaces the device's list with it, so a revoked
account or a new PIN reaches the device within one round. Then, for each place and
day the device should hold (``kiosk.staff.daylist.days_to_fetch``: today and tomorrow
at every place its accounts work at, and what staff chose), it fetches the day's list
(``GET /v1/staff/day``), and stores them all together. Last, lists of days that are
over and whose staff actions have all reached the centre are deleted
(``purge_day_lists``): they hold names and phones.

What the device holds changes only through ``kiosk.staff`` and only once an answer
has arrived whole and been judged by the kiosk's own parsers: a network fault,
a portal page or a malformed document leaves the accounts (or every day list, if
it struck among them) as they were, and the round's error says why. A centre
that answers 404 to the accounts is an older one, without staff mode: nothing to
fetch, and no failure. A place the centre does not know, or a day it will not give,
is skipped and said (``StaffRound.skipped``); the other lists still come.

Only a kiosk an administrator marked as a staff device is given day lists; any
other (a public kiosk, or one unmarked since) is answered 403 ``not_a_staff_device``.
That is no failure either: the round asks for no more days, and every day list the
device holds is deleted (``forget_day_lists``), so a kiosk unmarked keeps no names
(``StaffRound.staff_device`` False). The accounts still come: staff sign in on a
shared kiosk too.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import requests

from kiosk.staff.accounts import parse_accounts, replace_accounts
from kiosk.staff.daylist import (
    DayBooking,
    days_to_fetch,
    forget_day_lists,
    parse_day_list,
    purge_day_lists,
    store_day_list,
)
from kiosk.staff.errors import DayListInvalid, StaffDocumentInvalid
from kiosk.store import Store
from sync.agent.enrollment import Enrollment
from sync.agent.errors import CentreUnreachable, UnexpectedAnswer
from sync.agent.http import Timeouts, bounded_body, json_answer, media_type
from sync.protocol.times import format_time

log = logging.getLogger(__name__)

#: Error codes of a day the centre will not give, which skip that day only.
_SKIPPED_DAY = {404: "unknown_location", 422: "day_out_of_reach"}
#: The centre's 403 to a kiosk not marked as a staff device: it is given no day list at all.
NOT_A_STAFF_DEVICE = "not_a_staff_device"


@dataclass(frozen=True)
class StaffRound:
    offered: bool = True  # False: the centre has no staff mode (an older one)
    accounts: int = 0
    days: int = 0  # day lists fetched and stored
    purged: int = 0  # day lists deleted (over and delivered, or all of them when not a staff device)
    skipped: tuple[str, ...] = ()  # "<location> <day>: <why>" for lists the centre would not give
    staff_device: bool = True  # False: the centre answered not_a_staff_device, so the device holds no lists


def fetch_staff(store: Store, session: requests.Session, enrollment: Enrollment, *, today: date,
                clock: Callable[[], datetime], timeouts: Timeouts) -> StaffRound:
    """Fetch the accounts and the day lists (see the module docstring). Raises :class:`SyncError` subclasses
    (the kiosk's cache is then as it was, for what failed) and ``StoreUnavailable``."""
    base = enrollment.central_url.rstrip("/")
    response = _get(session, f"{base}/v1/staff/accounts", enrollment, timeouts)
    if response.status_code == 404:
        _error_code(response)  # read and closed: any 404 here means there is no such call
        return StaffRound(offered=False)
    document = _answer(response)
    try:
        accounts, as_of = parse_accounts(document)
    except StaffDocumentInvalid as error:
        raise UnexpectedAnswer(f"the staff accounts are not what the protocol says: {error}") from None
    with store.transaction("keep the centre's staff accounts") as db:
        replace_accounts(db, accounts, as_of)
        wanted = days_to_fetch(db, today)

    lists: list[tuple[str, date, list[DayBooking]]] = []
    skipped: list[str] = []
    staff_device = True
    for location_id, day in wanted:
        response = _get(session, f"{base}/v1/staff/day", enrollment, timeouts,
                        params={"location": location_id, "day": day.isoformat()})
        if response.status_code == 403:
            code = _error_code(response)
            if code != NOT_A_STAFF_DEVICE:
                raise UnexpectedAnswer(f"the day list of {location_id} on {day}: 403 {response.reason} "
                                       f"({code or 'not the protocol error'})")
            # The answer is the device's, not the day's: no other day would be given either, and any list
            # fetched before it this round (the mark taken away meanwhile) is not kept.
            staff_device = False
            lists = []
            break
        if response.status_code in _SKIPPED_DAY:
            code = _error_code(response)
            if code != _SKIPPED_DAY[response.status_code]:
                raise UnexpectedAnswer(f"the day list of {location_id} on {day}: {response.status_code} "
                                       f"{response.reason} ({code or 'not the protocol error'})")
            skipped.append(f"{location_id} {day.isoformat()}: {code}")
            continue
        try:
            got_location, got_day, bookings = parse_day_list(_answer(response))
        except DayListInvalid as error:
            raise UnexpectedAnswer(f"the day list of {location_id} on {day} is not what the protocol says: "
                                   f"{error}") from None
        if (got_location, got_day) != (location_id, day):
            raise UnexpectedAnswer(f"asked for the day list of {location_id} on {day}, got {got_location} on "
                                   f"{got_day}")
        lists.append((location_id, day, bookings))

    fetched = format_time(clock())
    with store.transaction("keep the centre's day lists") as db:
        forgotten = 0 if staff_device else forget_day_lists(db)
        for location_id, day, bookings in lists:
            store_day_list(db, location_id, day, bookings, fetched)
        purged = forgotten + purge_day_lists(db, today)
    for line in skipped:
        log.warning("sync: staff day list skipped: %s", line)
    if forgotten:
        log.warning("sync: the centre says this kiosk is not a staff device: %d day list%s deleted", forgotten,
                    "" if forgotten == 1 else "s")
    return StaffRound(True, len(accounts), len(lists), purged, tuple(skipped), staff_device)


def _get(session: requests.Session, url: str, enrollment: Enrollment, timeouts: Timeouts,
         params: dict[str, str] | None = None) -> requests.Response:
    try:
        return session.get(url, params=params, headers=enrollment.auth(), timeout=timeouts.pair, stream=True)
    except requests.RequestException as error:
        raise CentreUnreachable(f"network: {type(error).__name__}: {error}") from None


def _answer(response: requests.Response) -> dict[str, Any]:
    try:
        return json_answer(response, (200,))
    except requests.RequestException as error:  # the answer broke off halfway
        raise CentreUnreachable(f"network: {type(error).__name__}: {error}") from None


def _error_code(response: requests.Response) -> str:
    """The protocol's error code of an error answer, "" when it is not one; reads (a bounded part of) the
    answer and closes it."""
    try:
        body = bounded_body(response, 65536)
    except requests.RequestException:
        return ""
    if media_type(response) != "application/json":
        return ""
    try:
        error = json.loads(body).get("error", {})
        return str(error.get("code", "")) if isinstance(error, dict) else ""
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""


__all__ = ["StaffRound", "fetch_staff"]
