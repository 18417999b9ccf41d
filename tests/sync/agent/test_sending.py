"""The outbox reaches the centre once per item, whatever the network does; what can never succeed is parked."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

from kiosk import outbox
from kiosk.agencies.reports import AgencyReport, find_report, submit_report
from kiosk.store import Store
from sync.protocol.outbox import body_digest
from tests.sync.agent.conftest import Kiosk
from tests.sync.faultproxy import FaultProxy, lossy


def feedback(store: Store, count: int) -> list[str]:
    with store.transaction() as db:
        return [outbox.enqueue(db, "article_feedback", {"article_id": f"article-{n}", "language": "ky",
                                                        "useful": n % 2 == 0, "at": "2026-12-07T09:00:00+00:00"})
                for n in range(count)]


def test_due_items_are_delivered_with_their_ids_and_only_the_answers_stay(kiosk: Kiosk) -> None:
    ids = feedback(kiosk.store, 3)
    code = submit_report(kiosk.store, AgencyReport(agency_name="Fictional Agency", what_happened=("fake_job",),
                                                   contact="+000 11 222 33 44"))
    sent = kiosk.agent().send_outbox_once()
    assert (sent.delivered, sent.parked, sent.stopped_by) == (4, 0, "")
    assert set(kiosk.centre.received.outbox) == {*ids, *(i for i in kiosk.centre.received.outbox if i not in ids)}
    assert len(kiosk.centre.received.outbox) == 4 and outbox.depth(kiosk.store) == 0
    assert outbox.delivered_answer(kiosk.store, ids[0]) == kiosk.centre.received.outbox[ids[0]][1]
    assert find_report(kiosk.store, code) is None  # the contact left the kiosk with the report
    assert kiosk.centre.received.release_requests == []  # the outbox's own timer fetches no release


def test_a_conflict_is_parked_and_never_blocks_the_items_behind_it(kiosk: Kiosk) -> None:
    first, second, third = feedback(kiosk.store, 3)
    kiosk.centre.received.outbox[first] = (body_digest("article_feedback", {"other": "body"}), {})
    sent = kiosk.agent().send_outbox_once()
    assert (sent.delivered, sent.parked) == (2, 1)
    (parked,) = outbox.parked_items(kiosk.store)
    assert parked.id == first and parked.last_error.startswith("409")
    assert {second, third} <= set(kiosk.centre.received.outbox)

    feedback(kiosk.store, 1)
    kiosk.clock.advance(timedelta(days=1))
    assert kiosk.agent().send_outbox_once().delivered == 1  # the parked one is never tried again
    assert kiosk.centre.received.conflicts == 1


def test_a_server_error_ends_the_round_and_the_item_waits_a_jittered_backoff(kiosk: Kiosk) -> None:
    first, second = feedback(kiosk.store, 2)
    kiosk.centre.outbox_status = 503
    sent = kiosk.agent().send_outbox_once()
    assert (sent.delivered, sent.retry_later) == (0, 1) and sent.stopped_by.startswith("503")
    waiting = {item.id: item for item in outbox.items(kiosk.store)}
    assert waiting[first].attempts == 1 and waiting[second].attempts == 0  # the round stopped at the first
    due = waiting[first].next_attempt_at
    assert kiosk.clock().isoformat() <= due <= (kiosk.clock() + timedelta(seconds=30)).isoformat()

    kiosk.centre.outbox_status = None
    assert kiosk.agent().send_outbox_once().delivered == 1  # the second; the first is not due yet
    kiosk.clock.advance(timedelta(seconds=31))
    assert kiosk.agent().send_outbox_once().delivered == 1


def test_a_refused_token_stops_sending_and_parks_nothing(kiosk: Kiosk) -> None:
    feedback(kiosk.store, 2)
    kiosk.centre.outbox_status = 401
    sent = kiosk.agent().send_outbox_once()
    assert sent.stopped_by.startswith("token_rejected: ")
    assert outbox.parked_count(kiosk.store) == 0 and all(i.attempts == 0 for i in outbox.items(kiosk.store))
    assert kiosk.agent().status().last_error.startswith("token_rejected: ")


def test_a_portal_page_answering_200_is_not_a_delivery(kiosk: Kiosk) -> None:
    feedback(kiosk.store, 1)
    kiosk.centre.file_mode = "captive"
    sent = kiosk.agent().send_outbox_once()
    assert sent.delivered == 0 and outbox.depth(kiosk.store) == 1
    assert "not the centre's" in outbox.items(kiosk.store)[0].last_error


def deliver_everything(kiosk: Kiosk, url: str, rounds: int) -> int:
    agent = kiosk.agent(url)
    for used in range(1, rounds + 1):
        agent.send_outbox_once()
        if outbox.depth(kiosk.store) == 0:
            return used
        kiosk.clock.advance(timedelta(hours=1))  # past any backoff
    raise AssertionError(f"{outbox.depth(kiosk.store)} items still waiting after {rounds} rounds")


def test_a_thousand_items_through_a_lossy_network_arrive_once_each(kiosk: Kiosk) -> None:
    ids = feedback(kiosk.store, 1000)
    kiosk.session.headers["Connection"] = "close"  # one connection per request: each meets its own fate
    with FaultProxy(kiosk.centre.port, lossy(seed=11, cut=0.1, drop_reply=0.1, reset=0.05)) as proxy:
        rounds = deliver_everything(kiosk, proxy.url, rounds=2000)
    received = kiosk.centre.received
    assert set(received.outbox) == set(ids)  # none lost
    assert received.conflicts == 0  # none sent with another body
    assert all(outbox.delivered_answer(kiosk.store, item) is not None for item in ids)
    assert proxy.stats.faults.get("drop_reply", 0) > 50  # the centre acted on many answers the kiosk never saw
    assert received.outbox_posts > 1000
    print(f"\n1000 items: {received.outbox_posts} posts, {rounds} rounds, faults {proxy.stats.faults}")


def test_run_forever_syncs_at_once_and_stops_when_asked(kiosk: Kiosk) -> None:
    feedback(kiosk.store, 2)
    stop = threading.Event()
    agent = kiosk.agent()
    seen: list[Any] = []
    original = agent.sync_once

    def one_round_then_stop() -> Any:
        seen.append(original())
        stop.set()
        return seen[-1]

    agent.sync_once = one_round_then_stop  # type: ignore[method-assign]
    worker = threading.Thread(target=agent.run_forever, args=(stop,))
    worker.start()
    worker.join(timeout=120)  # a guard against a hang, not a time limit on the agent
    assert not worker.is_alive()
    assert len(seen) == 1 and seen[0].outbox.delivered == 2 and kiosk.centre.received.heartbeats
