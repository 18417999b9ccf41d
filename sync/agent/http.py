"""Reading the centre's answers strictly: the status asked for, the type asked for, or an error.

A kiosk's network may hand it anything: a hotel's login page with ``200
text/html``, a proxy's error, a half answer. Nothing counts unless it is what the
protocol says the centre sends.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import requests

from sync.agent.errors import CentreUnreachable, TokenRejected, UnexpectedAnswer

# Larger JSON answers than this are not the centre's (a release document is a few KiB).
MAX_JSON_BYTES = 4 << 20


@dataclass(frozen=True)
class Timeouts:
    connect_s: float = 10.0
    read_s: float = 30.0  # between two reads, not for the whole answer

    @property
    def pair(self) -> tuple[float, float]:
        return (self.connect_s, self.read_s)


def media_type(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip().lower()


def check_status(response: requests.Response, expect: Iterable[int]) -> None:
    """Raise the error a caller acts on unless ``response`` has one of the ``expect``-ed statuses."""
    status = response.status_code
    if status in expect:
        return
    if status in (401, 403):
        raise TokenRejected(f"the centre refused this kiosk's token ({status}): enroll the kiosk again")
    if status >= 500 or status in (408, 429):
        raise CentreUnreachable(f"the centre answered {status} {response.reason}")
    raise UnexpectedAnswer(f"expected {'/'.join(map(str, expect))}, got {status} {response.reason}"
                           f"{_error_code(response)}")


def json_answer(response: requests.Response, expect: Iterable[int]) -> dict[str, Any]:
    """The JSON object in ``response``, which must have an ``expect``-ed status and be ``application/json``."""
    check_status(response, tuple(expect))
    if media_type(response) != "application/json":
        raise UnexpectedAnswer(f"expected JSON, got {media_type(response) or 'no content type'} "
                               "(a network login page?)")
    body = bounded_body(response, MAX_JSON_BYTES + 1)
    if len(body) > MAX_JSON_BYTES:
        raise UnexpectedAnswer("the answer is larger than any the centre sends")
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise UnexpectedAnswer("the answer says it is JSON but is not") from None
    if not isinstance(value, dict):
        raise UnexpectedAnswer("the answer is JSON but not an object")
    return value


def bounded_body(response: requests.Response, limit: int) -> bytes:
    """At most ``limit`` bytes of the body: a request made with ``stream=True`` never reads an endless one."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_content(65536):
        chunks.append(chunk)
        size += len(chunk)
        if size >= limit:
            break
    response.close()
    return b"".join(chunks)[:limit]


def _error_code(response: requests.Response) -> str:
    """`` (code: message)`` from the protocol's error JSON, when the answer is one."""
    try:
        error = json.loads(bounded_body(response, 65536)).get("error", {})
        return f" ({error.get('code')}: {error.get('message')})"
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""
