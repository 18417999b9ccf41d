"""What the centre does by itself: keep the latest release current for the fleet, and its slots with it.

A manifest expires (a kiosk refuses an expired one, so a frozen feed shows), and
a kiosk that enrolls registers a receipt key every other kiosk must learn. Both
would otherwise wait for an administrator's next publish: a kiosk enrolled after a
quiet month could get no release at all, and receipts from a new kiosk could not
be checked offline. So every few minutes each replica looks, and publishes the
latest data again when the manifest is near its end or the fleet's keys changed.
Once a day it also rolls the centre's slots forward (:func:`roll_slots`), and every
round it closes the offline allowances of slots that have begun
(:func:`sync.central.allowances.close_begun`): nobody can sell those seats any more, so
their held seats stop counting. That is the only way time alone closes a grant.
Every round, too, it deletes the names and phones of bookings whose day is more
than ``people_days`` past (:func:`sync.central.people.purge`): they are kept only
so staff can find people on the day.

Two replicas may both do it at once; that makes two releases of the same data,
which costs a kiosk one small delta, and never a wrong one.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from starlette.concurrency import run_in_threadpool

from kiosk.release.model import BOOKING
from sync.central import allowances, people, seats
from sync.central.publishing import Published, Publisher
from sync.central.seats import SlotRefresh

log = logging.getLogger(__name__)

#: Publish again when the latest manifest has less than this left.
REFRESH_BEFORE = timedelta(days=10)
PUBLISHED_BY = "centre:upkeep"


def why_refresh(publisher: Publisher, now: datetime, refresh_before: timedelta = REFRESH_BEFORE) -> str | None:
    """Why the latest release should be published again now, or None (also before any release)."""
    latest = publisher.latest_manifest()
    if latest is None:
        return None
    if latest.expires - now < refresh_before:
        return f"release {latest.release} expires at {latest.expires.isoformat()}"
    if publisher.fleet_keys_changed():  # decodes only the small fleet_keys snapshot, not the registry
        return "the fleet's receipt keys changed"
    return None


def refresh(publisher: Publisher, now: datetime, refresh_before: timedelta = REFRESH_BEFORE) -> Published | None:
    """Publish the latest data again if :func:`why_refresh` says so; the new release, or None."""
    reason = why_refresh(publisher, now, refresh_before)
    if reason is None:
        return None
    published = publisher.publish({}, PUBLISHED_BY)
    log.info("published release %s again: %s", published.release, reason)
    return published


def roll_slots(publisher: Publisher, today: date) -> SlotRefresh | None:
    """Keep the centre's slots a full window ahead of ``today`` (None before any booking catalogue)."""
    records = publisher.latest_records(BOOKING)
    return None if records is None else seats.refresh(publisher.engine, records, today)


async def keep_current(publisher: Callable[[], Publisher], clock: Callable[[], datetime],
                       local_now: Callable[[], datetime], interval_s: float, people_days: int = 2) -> None:
    """Run :func:`refresh`, :func:`sync.central.allowances.close_begun` and :func:`sync.central.people.purge`
    now and every ``interval_s`` seconds until cancelled (the app's lifespan); and :func:`roll_slots` once a day.

    ``local_now`` is the offices' wall-clock time, which slots (and booking days) are in.
    """
    rolled: date | None = None
    while True:
        try:
            await run_in_threadpool(refresh, publisher(), clock())
            today = local_now().date()
            if rolled != today:
                await run_in_threadpool(roll_slots, publisher(), today)
                rolled = today
        except Exception:  # a failed round (database down, no release key) must not end the loop
            log.exception("upkeep: could not check or refresh the latest release; trying again later")
        try:  # apart: a release that cannot be signed must not keep begun slots' seats held
            await run_in_threadpool(allowances.close_begun, publisher().engine, clock(), local_now())
        except Exception:
            log.exception("upkeep: could not close the allowances of begun slots; trying again later")
        try:  # apart too: names must not outstay their days because a release could not be signed
            purged = await run_in_threadpool(people.purge, publisher().engine, local_now().date(), people_days)
            if purged:
                log.info("upkeep: deleted the names and phones of %d past bookings", purged)
        except Exception:
            log.exception("upkeep: could not delete the names of past bookings; trying again later")
        await asyncio.sleep(interval_s)
