"""What publishing a set of datasets would change, said the way an editor reads it.

Records are compared as the publisher compares them (by key, then by canonical JSON), so the preview
lists exactly what the release will carry. Each added, changed or removed record is named (an
article by its title and language, a topic, place or service by its names, an agency by its first
name), and a changed article's text is shown as a word-level diff (:func:`word_diff`).

The result is plain JSON: it is kept with the draft, so the page shows what was judged when the
draft was made, not what the data says later.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from difflib import SequenceMatcher
from typing import Any

from kiosk.release.model import BOOKING, CONTENT, FLEET_KEYS, REGISTRY
from kiosk.release.records import REGISTRY_ABOUT, split_key
from sync.protocol.canonical import canonical_bytes

Record = dict[str, Any]

#: The datasets in the order the preview shows them.
ORDER = (CONTENT, REGISTRY, BOOKING, FLEET_KEYS)
#: How many records of one kind of change are named before "and N more".
MAX_LISTED = 200
#: How many changed articles get a text diff on the page (a bulk upload may change hundreds).
MAX_DIFFS = 40
#: An unchanged stretch longer than this is cut to its ends, so the changes stand out.
_LONG_SAME = 600
_KEEP = 200
# A word with the spaces after it: spaces alone would match each other and cut a changed phrase into pieces.
# Words and the spaces between them apart, so that a changed last word of a line does not take the line break
# with it (the diff would show a paragraph break removed and added).
_TOKENS = re.compile(r"\S+|\s+")
_ARTICLE_FIELDS = ("topic", "order", "updated", "sources", "url")


def _by_key(records: list[Record]) -> dict[str, Record]:
    return {str(record.get("key")): record for record in records}


def _kind(key: str) -> str:
    if key == REGISTRY_ABOUT:
        return "about"
    return split_key(key)[0]


def _names(record: Record) -> dict[str, str]:
    """The record's name in each language it has one in ("" when one name serves every language)."""
    kind = _kind(str(record.get("key", "")))
    if kind == "article":
        return {str(record.get("language", "")): str(record.get("title", ""))}
    if kind == "agency":
        names = record.get("names") or []
        return {"": str(names[0].get("name", ""))} if names and isinstance(names[0], dict) else {}
    if kind == "receipt-key":
        return {"": str(record.get("kiosk_id", ""))}
    if kind in ("schedule", "closure"):
        return {}
    names = record.get("names")
    return {str(tag): str(name) for tag, name in names.items()} if isinstance(names, dict) else {}


def item(record: Record) -> dict[str, Any]:
    key = str(record.get("key", ""))
    return {"key": key, "kind": _kind(key), "names": _names(record),
            "language": record.get("language") if _kind(key) == "article" else None,
            "generated": bool(record.get("generated", False))}


def word_diff(old: str, new: str) -> list[list[str]]:
    """``[["same" | "del" | "ins", text], ...]``: ``old`` turned into ``new`` a word at a time."""
    before, after = _TOKENS.findall(old), _TOKENS.findall(new)
    # Blocks: ("same", text, "") or ("change", removed, added).
    blocks: list[tuple[str, str, str]] = []
    for operation, i1, i2, j1, j2 in SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        removed, added = "".join(before[i1:i2]), "".join(after[j1:j2])
        if operation == "equal":
            blocks.append(("same", removed, ""))
        elif (len(blocks) >= 2 and blocks[-2][0] == "change" and blocks[-1][0] == "same"
              and not blocks[-1][1].strip() and "\n" not in blocks[-1][1]):
            # A lone space kept between two changes reads better inside one phrase: "A title" → "The name".
            space = blocks.pop()[1]
            _, earlier_removed, earlier_added = blocks.pop()
            blocks.append(("change", earlier_removed + space + removed, earlier_added + space + added))
        else:
            blocks.append(("change", removed, added))
    segments = []
    for kind, removed, added in blocks:
        parts = [("same", removed)] if kind == "same" else [("del", removed), ("ins", added)]
        segments += [[part, text] for part, text in parts if text]
    return _shorten(segments)


def _shorten(segments: list[list[str]]) -> list[list[str]]:
    """Long unchanged stretches cut to their ends (the diff is read for its changes)."""
    out = []
    for index, (kind, text) in enumerate(segments):
        if kind == "same" and len(text) > _LONG_SAME and len(segments) > 1:
            first, last = index == 0, index == len(segments) - 1
            head = "" if first else text[:_KEEP]
            tail = "" if last else text[-_KEEP:]
            text = f"{head}\n…\n{tail}" if head and tail else (f"…{tail}" if tail else f"{head}…")
        out.append([kind, text])
    return out


def _article_text(record: Record) -> str:
    return f"# {record.get('title', '')}\n\n{record.get('body', '')}"


def _field_text(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(part) for part in value)
    return "" if value is None else str(value)


def article_diff(old: Record, new: Record) -> dict[str, Any]:
    fields = [{"field": name, "old": _field_text(old.get(name)), "new": _field_text(new.get(name))}
              for name in _ARTICLE_FIELDS if old.get(name) != new.get(name)]
    return {**item(new), "segments": word_diff(_article_text(old), _article_text(new)), "fields": fields}


def describe(current: Mapping[str, list[Record]], following: Mapping[str, list[Record]]) -> dict[str, Any]:
    """What replacing ``current`` with ``following`` changes: per dataset, the records named; text diffs."""
    datasets = []
    diffs: list[dict[str, Any]] = []
    more_diffs = 0
    for name in sorted(set(current) | set(following), key=lambda n: (ORDER.index(n) if n in ORDER else 99, n)):
        old, new = _by_key(current.get(name, [])), _by_key(following.get(name, []))
        added = sorted(new.keys() - old.keys())
        removed = sorted(old.keys() - new.keys())
        changed = sorted(key for key in new.keys() & old.keys()
                         if canonical_bytes(new[key]) != canonical_bytes(old[key]))
        if not (added or removed or changed):
            continue
        left_out = max(len(added) - MAX_LISTED, 0) + max(len(changed) - MAX_LISTED, 0) \
            + max(len(removed) - MAX_LISTED, 0)
        datasets.append({
            "dataset": name,
            "counts": {"added": len(added), "changed": len(changed), "removed": len(removed)},
            "added": [item(new[key]) for key in added[:MAX_LISTED]],
            "changed": [item(new[key]) for key in changed[:MAX_LISTED]],
            "removed": [item(old[key]) for key in removed[:MAX_LISTED]],
            "left_out": left_out,
        })
        if name == CONTENT:
            for key in changed:
                if _kind(key) != "article":
                    continue
                if len(diffs) < MAX_DIFFS:
                    diffs.append(article_diff(old[key], new[key]))
                else:
                    more_diffs += 1
    return {"datasets": datasets, "diffs": diffs, "more_diffs": more_diffs}
