"""Text the central database can store: Unicode without the NUL character.

PostgreSQL's ``text`` cannot hold NUL (``\\u0000``), and a lone surrogate (JSON's ``"\\ud800"``
decodes to one) is not Unicode at all, so no database encoding takes it. Requests are checked
against this before anything in them reaches the database or a digest: such input is refused
with a 422 that says why, never a 500 from deep inside.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kiosk.text.clean import is_storable


def _flaw(text: str) -> str | None:
    if is_storable(text):  # the kiosk's own rule for text it stores
        return None
    if "\x00" in text:
        return "the NUL character (\\u0000), which the database cannot store"
    surrogate = next(char for char in text if "\ud800" <= char <= "\udfff")
    return f"a lone surrogate ({surrogate!r}), which is not Unicode text"


def _texts(value: Any) -> Iterator[tuple[str, str]]:
    """Every string in ``value`` (JSON: dicts, lists, scalars), keys too, each with words for where it is.

    A loop, not recursion: JSON nested as deep as the parser takes must not overflow the stack here.
    """
    pending: list[tuple[str, Any]] = [("", value)]
    while pending:
        path, item = pending.pop()
        if isinstance(item, str):
            yield (f"the text at {path}" if path else "text"), item
        elif isinstance(item, dict):
            inner: list[tuple[str, Any]] = []
            for key, member in item.items():
                if isinstance(key, str):
                    inner.append((path, _Key(key)))
                inner.append((f"{path}.{key}" if path else str(key), member))
            pending.extend(reversed(inner))  # in document order
        elif isinstance(item, _Key):
            yield (f"a key in {path}" if path else "a key"), item.text
        elif isinstance(item, list | tuple):
            pending.extend(reversed([(f"{path}[{index}]", member) for index, member in enumerate(item)]))


class _Key:
    """A dict's key waiting its turn in :func:`_texts`."""

    def __init__(self, text: str) -> None:
        self.text = text


def unstorable(value: Any) -> str | None:
    """Why ``value`` (text, or JSON holding text) cannot be stored, or None when it can."""
    for where, text in _texts(value):
        flaw = _flaw(text)
        if flaw is not None:
            return f"{where} may not contain {flaw}"
    return None
