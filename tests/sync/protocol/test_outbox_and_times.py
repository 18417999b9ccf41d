"""The outbox envelope, what counts as delivered, and the protocol's timestamps."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from sync.protocol.errors import MalformedDocument
from sync.protocol.outbox import answer, body_digest, envelope, is_accepted_answer, parse_envelope
from sync.protocol.times import format_time, parse_time

WHEN = datetime(2026, 12, 4, 21, 0, 5, 123456, tzinfo=UTC)


def test_times_are_utc_whole_seconds_with_a_z() -> None:
    assert format_time(WHEN) == "2026-12-04T21:00:05Z"
    tashkent = timezone(timedelta(hours=5))
    assert format_time(datetime(2026, 12, 5, 2, 0, tzinfo=tashkent)) == "2026-12-04T21:00:00Z"
    assert parse_time("2026-12-04T21:00:05Z") == WHEN.replace(microsecond=0)


@pytest.mark.parametrize("text", ["2026-12-04 21:00:05", "2026-12-04T21:00:05+05:00", "2026-13-04T21:00:05Z", 5])
def test_other_time_forms_are_malformed(text: object) -> None:
    with pytest.raises(MalformedDocument):
        parse_time(text)


def test_an_envelope_round_trips() -> None:
    item = envelope("item-1", "booking", {"reference": "B-1"}, WHEN)
    assert item == {
        "id": "item-1", "kind": "booking", "body": {"reference": "B-1"}, "created_at": "2026-12-04T21:00:05Z",
    }
    parsed = parse_envelope(json.loads(json.dumps(item)))
    assert (parsed.id, parsed.kind, parsed.body) == ("item-1", "booking", {"reference": "B-1"})


@pytest.mark.parametrize("item", [{}, {"id": "", "kind": "k", "body": {}, "created_at": "2026-12-04T21:00:05Z"},
                                  {"id": "x", "kind": "k", "body": [], "created_at": "2026-12-04T21:00:05Z"}])
def test_a_bad_envelope_is_malformed(item: object) -> None:
    with pytest.raises(MalformedDocument):
        parse_envelope(item)


def test_the_digest_ignores_key_order_but_not_content_or_kind() -> None:
    assert body_digest("booking", {"a": 1, "b": 2}) == body_digest("booking", {"b": 2, "a": 1})
    assert body_digest("booking", {"a": 1}) != body_digest("booking", {"a": 2})
    assert body_digest("booking", {"a": 1}) != body_digest("cancellation", {"a": 1})


def test_only_the_centres_json_answer_for_this_item_counts_as_delivered() -> None:
    good = json.dumps(answer("item-1", WHEN)).encode()
    assert is_accepted_answer(201, "application/json", good, "item-1")
    assert is_accepted_answer(200, "application/json; charset=utf-8", good, "item-1")
    assert not is_accepted_answer(200, "text/html", b"<html>Welcome to the airport wifi</html>", "item-1")
    assert not is_accepted_answer(200, "text/html", good, "item-1")
    assert not is_accepted_answer(200, "application/json", good, "item-2")
    assert not is_accepted_answer(409, "application/json", good, "item-1")
    assert not is_accepted_answer(200, "application/json", b"{}", "item-1")
    assert not is_accepted_answer(200, "application/json", b"not json", "item-1")
    rejected = json.dumps({"id": "item-1", "status": "rejected"}).encode()
    assert not is_accepted_answer(200, "application/json", rejected, "item-1")
