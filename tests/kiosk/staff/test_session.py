from __future__ import annotations

import pytest

from kiosk.staff import audit
from kiosk.staff.errors import NotSignedIn
from kiosk.staff.session import Desk, begin, end
from kiosk.store import Store
from tests.kiosk.staff.fixtures import OPERATOR, StaffClock, accepted


def test_a_session_ends_after_the_idle_time_without_an_action(desk: Desk, clock: StaffClock) -> None:
    session = begin(desk, accepted(OPERATOR), idle_seconds=300, method="pin")
    clock.advance(299)
    assert session.require() == OPERATOR  # an action: the idle time starts again
    clock.advance(299)
    assert session.active and session.seconds_left() == 1
    clock.advance(1)
    assert not session.active
    with pytest.raises(NotSignedIn, match="timed out"):
        session.require()


def test_a_touch_keeps_the_session_open(desk: Desk, clock: StaffClock) -> None:
    session = begin(desk, accepted(OPERATOR), idle_seconds=60, method="badge")
    for _ in range(5):
        clock.advance(50)
        session.touch()
    assert session.active


def test_signing_in_and_out_and_timing_out_are_audited(store: Store, desk: Desk, clock: StaffClock) -> None:
    first = begin(desk, accepted(OPERATOR), idle_seconds=60, method="pin")
    end(desk, first)
    end(desk, first)  # once only
    with pytest.raises(NotSignedIn):
        first.require()
    second = begin(desk, accepted(OPERATOR), idle_seconds=60, method="badge")
    clock.advance(61)
    end(desk, second)
    entries = audit.entries(store.db)
    assert [(e.action, e.detail) for e in entries] == [
        ("sign_in", {"method": "pin"}), ("sign_out", {"reason": "signed_out"}),
        ("sign_in", {"method": "badge"}), ("sign_out", {"reason": "timed_out"})]
    assert {e.staff_id for e in entries} == {OPERATOR.staff_id}


def test_a_refused_sign_in_opens_no_session(desk: Desk) -> None:
    from kiosk.staff.accounts import SignInOutcome, SignInResult

    with pytest.raises(ValueError, match="wrong"):
        begin(desk, SignInResult(SignInOutcome.WRONG, attempts_left=2), idle_seconds=60, method="pin")
