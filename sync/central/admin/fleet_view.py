"""``kiosk-admin fleet``, ``outbox`` and ``conflicts``: what the centre knows, as tables a person reads."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, TextIO

from sync.central.admin.client import AdminClient
from sync.central.admin.durations import describe
from sync.central.admin.errors import UnexpectedAnswer
from sync.protocol.errors import MalformedDocument
from sync.protocol.times import parse_time

JUDGEMENTS = {"fresh": "fresh", "late": "late", "stale": "stale", "never_seen": "never seen"}
#: A body printed in a table is cut to this many characters (``--json`` prints it whole).
BODY_WIDTH = 60


def table(header: Sequence[str], rows: Sequence[Sequence[str]], out: TextIO) -> None:
    """Columns padded to their widest cell; the last column is left ragged."""
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=True)]
    for line in (header, *rows):
        cells = [cell.ljust(width) for cell, width in zip(line[:-1], widths[:-1], strict=True)] + [line[-1]]
        print("  ".join(cells).rstrip(), file=out)


def _list(answer: dict[str, Any], name: str, url: str) -> list[dict[str, Any]]:
    items = answer.get(name)
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise UnexpectedAnswer(url, f"no list of {name} in it")
    return items


def _ago(text: Any, now: datetime) -> str:
    try:
        moment = parse_time(text)
    except MalformedDocument:
        return "-"
    return f"{describe((now - moment).total_seconds())} ago ({text})"


def show_fleet(client: AdminClient, now: datetime, as_json: bool, out: TextIO) -> int:
    """Each kiosk: its release, when it was last heard from, its judgement, whether it is a staff device, and its
    problems in words."""
    answer = client.fleet()
    kiosks = _list(answer, "kiosks", f"{client.base_url}/v1/admin/fleet")
    if as_json:
        print(json.dumps(kiosks, indent=2, ensure_ascii=False), file=out)
        return 0
    if not kiosks:
        print("no kiosks are enrolled yet (`kiosk-admin enroll-codes create` makes codes for them)", file=out)
        return 0
    rows = []
    for kiosk in kiosks:
        heartbeat = kiosk.get("heartbeat") or {}
        release = heartbeat.get("release") if isinstance(heartbeat, dict) else None
        state = str(kiosk.get("state", ""))
        problems = kiosk.get("problems") or []
        rows.append([str(kiosk.get("kiosk_id", "?")), "-" if release is None else str(release),
                     "never" if kiosk.get("last_seen_at") is None else _ago(kiosk.get("last_seen_at"), now),
                     JUDGEMENTS.get(state, state), "yes" if kiosk.get("staff_device") is True else "no",
                     "; ".join(str(problem) for problem in problems) or "-"])
    table(["KIOSK", "RELEASE", "LAST SEEN", "STATE", "STAFF DEVICE", "PROBLEMS"], rows, out)
    counts = {word: sum(1 for row in rows if row[3] == word) for word in JUDGEMENTS.values()}
    staff_devices = sum(1 for row in rows if row[4] == "yes")
    print(", ".join(f"{count} {word}" for word, count in counts.items() if count)
          + (f"; {staff_devices} staff device{'s' if staff_devices != 1 else ''}" if staff_devices else ""),
          file=out)
    return 0


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _body(body: Any) -> str:
    text = _json(body)
    return text if len(text) <= BODY_WIDTH else text[:BODY_WIDTH - 1] + "…"


def show_outbox(client: AdminClient, kind: str | None, as_json: bool, out: TextIO) -> int:
    """What kiosks sent up, newest first."""
    items = _list(client.outbox(kind), "items", f"{client.base_url}/v1/admin/outbox")
    if as_json:
        print(json.dumps(items, indent=2, ensure_ascii=False), file=out)
        return 0
    if not items:
        print(f"no {kind + ' ' if kind else ''}outbox items received", file=out)
        return 0
    table(["RECEIVED", "KIOSK", "KIND", "ID", "BODY"],
          [[str(item.get("received_at", "")), str(item.get("kiosk_id", "")), str(item.get("kind", "")),
            str(item.get("id", "")), _body(item.get("body"))] for item in items], out)
    return 0


def _differences(first: Any, second: Any) -> list[str]:
    if not isinstance(first, dict) or not isinstance(second, dict):
        return []
    return sorted(key for key in first.keys() | second.keys() if first.get(key) != second.get(key))


def show_conflicts(client: AdminClient, as_json: bool, out: TextIO) -> int:
    """Every 409: an item id sent again with another kind or body, with both versions."""
    conflicts = _list(client.conflicts(), "conflicts", f"{client.base_url}/v1/admin/conflicts")
    if as_json:
        print(json.dumps(conflicts, indent=2, ensure_ascii=False), file=out)
        return 0
    if not conflicts:
        print("no conflicts: no item was sent twice with different contents", file=out)
        return 0
    for conflict in conflicts:
        first, second = conflict.get("first") or {}, conflict.get("second") or {}
        print(f"item {conflict.get('item_id')} from kiosk {conflict.get('kiosk_id')}:", file=out)
        # Whole bodies, not cut: staff decide from them which one is true.
        print(f"  kept     {first.get('received_at')}  {first.get('kind')}  {_json(first.get('body'))}", file=out)
        print(f"  refused  {second.get('received_at')}  {second.get('kind')}  {_json(second.get('body'))}", file=out)
        if first.get("kind") != second.get("kind"):
            print(f"  the kind differs: {first.get('kind')}, then {second.get('kind')}", file=out)
        first_body, second_body = first.get("body"), second.get("body")
        for name in _differences(first_body, second_body):
            assert isinstance(first_body, dict) and isinstance(second_body, dict)
            print(f"  {name}: {_json(first_body.get(name))}, then {_json(second_body.get(name))}", file=out)
    return 0
