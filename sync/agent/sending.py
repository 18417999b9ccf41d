"""Sending the outbox: each due item POSTed with its own id, counted delivered only on the centre's word.

The item id is the idempotency key, so sending an item twice (its answer was
lost, the kiosk died before recording it) never makes two of anything at the
centre. An item is delivered only when the answer is the protocol's ANSWER for
that id (``is_accepted_answer``); a bare ``200`` from a login page is not.

What happens to an item that was not accepted is decided by
``kiosk.outbox.worth_retrying``: it waits a jittered backoff, or it is parked for
staff. A round stops at the first answer worth retrying (the network or the
centre is in trouble: hammering it helps nobody, and the items behind have not
failed, so they keep their place); a parked item does not stop it.
"""

from __future__ import annotations

import json
import logging
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import requests

from kiosk import outbox
from kiosk.store import Store
from sync.agent.enrollment import Enrollment
from sync.agent.errors import TokenRejected
from sync.agent.http import Timeouts, bounded_body, media_type
from sync.protocol.outbox import envelope, is_accepted_answer
from sync.protocol.times import format_time

log = logging.getLogger(__name__)

#: An ANSWER is about a hundred bytes; read no more than this of whatever comes back.
MAX_ANSWER_BYTES = 64 * 1024


@dataclass(frozen=True)
class OutboxRound:
    delivered: int = 0
    retry_later: int = 0
    parked: int = 0
    stopped_by: str = ""  # why the round ended before the due items ran out, if it did

    @property
    def reached_centre(self) -> bool:
        return self.delivered > 0 or self.parked > 0


def send_due(store: Store, session: requests.Session, enrollment: Enrollment, *, clock: Callable[[], datetime],
             rng: random.Random, timeouts: Timeouts, limit: int = 100) -> OutboxRound:
    """Send up to ``limit`` due items, oldest first. Raises :class:`TokenRejected` (no item is touched then)."""
    delivered = retry_later = parked = 0
    url = f"{enrollment.central_url}/v1/outbox"
    for item in outbox.claim_due(store, clock(), limit):
        if item.kind == "booking" and item.body.get("live"):
            # A live request the kiosk never heard back on (it died): sent again as itself, same key.
            from sync.agent.live import HttpSeatCentre, send_live_booking

            problem = send_live_booking(store, HttpSeatCentre(session, enrollment, timeouts=timeouts), item, clock())
            if not problem:
                delivered += 1
                continue
            due = outbox.record_failure(store, item.id, problem, clock(), rng)
            return OutboxRound(delivered, retry_later + 1, parked, stopped_by=problem)
        sent = envelope(item.id, item.kind, item.body, format_time(datetime.fromisoformat(item.created_at)))
        status, answer, problem = _post(session, url, sent, enrollment, timeouts, item.id)
        if status in (401, 403):
            raise TokenRejected(f"the centre refused this kiosk's token ({status}) while sending the outbox: "
                                "enroll the kiosk again")
        if answer is not None:
            outbox.mark_delivered(store, item.id, answer, clock())
            delivered += 1
        elif status is not None and not outbox.worth_retrying(status):
            outbox.park(store, item.id, problem)
            log.warning("sync: outbox item %s (%s) parked: %s", item.id, item.kind, problem)
            parked += 1
        else:
            due = outbox.record_failure(store, item.id, problem, clock(), rng)
            log.info("sync: outbox item %s not delivered (%s); next try at %s", item.id, problem, due)
            return OutboxRound(delivered, retry_later + 1, parked, stopped_by=problem)
    return OutboxRound(delivered, retry_later, parked)


def _post(session: requests.Session, url: str, sent: dict[str, object], enrollment: Enrollment,
          timeouts: Timeouts, item_id: str) -> tuple[int | None, dict[str, object] | None, str]:
    """``(status, the ANSWER if accepted, what went wrong)``; status None for a network fault."""
    try:
        response = session.post(url, json=sent, headers=enrollment.auth(), timeout=timeouts.pair, stream=True)
        body = bounded_body(response, MAX_ANSWER_BYTES)
    except requests.RequestException as error:
        return None, None, f"network: {type(error).__name__}: {error}"
    status = response.status_code
    if is_accepted_answer(status, response.headers.get("Content-Type", ""), body, item_id):
        return status, dict(json.loads(body)), ""
    if status in (200, 201):
        # The status is right but the answer is not the centre's: a portal page, a proxy. Not delivered.
        return None, None, f"{status} with an answer that is not the centre's ({media_type(response) or 'no type'})"
    return status, None, f"{status} {response.reason}{_error_code(body)}"


def _error_code(body: bytes) -> str:
    try:
        error = json.loads(body).get("error", {})
        return f" ({error.get('code')}: {error.get('message')})"
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""
