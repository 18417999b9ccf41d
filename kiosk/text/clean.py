"""Text from outside (a touch keyboard, a scanner, a command line, a file) made safe to store and show.

Python strings can hold what no file or database can: a lone surrogate (an
undecodable byte on a command line becomes one, and so does a ``\\udcff``
escape in JSON) cannot be encoded as UTF-8, so SQLite refuses it with a
``UnicodeEncodeError`` far from where it came in. NUL ends a C string early,
and other control characters garble a receipt or a log line. These functions
are used where text enters, so everything behind them can assume clean text.
"""

from __future__ import annotations

import re
import unicodedata

REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def is_storable(text: str) -> bool:
    """Can ``text`` be stored and shown as it is: no lone surrogate, no NUL?"""
    return "\x00" not in text and _SURROGATE.search(text) is None


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD, the mark for "a character was lost here"."""
    return _SURROGATE.sub(REPLACEMENT, text)


def has_control(text: str, *, allow_newlines: bool = False) -> bool:
    """Does ``text`` hold a control, format-less or unassigned character (Unicode category C*)?

    Tabs and line breaks count too, unless ``allow_newlines``. Format characters
    (Cf: zero-width joiners, direction marks) are allowed: scripts need them.
    """
    for char in text:
        category = unicodedata.category(char)
        if category in ("Cc", "Cs", "Co", "Cn"):
            if allow_newlines and char in "\n\r\t":
                continue
            return True
    return False


def cleaned(text: str, limit: int, *, keep_newlines: bool = False) -> str:
    """``text`` as it may be stored: surrogates marked lost, controls gone, spaces tidied, at most ``limit`` chars.

    Runs of spaces become one; with ``keep_newlines`` line breaks stay (each
    line tidied), otherwise they are spaces too.
    """
    text = without_surrogates(text[: limit * 4])  # cut first: a 100k-character string costs nothing
    lines = text.splitlines() if keep_newlines else [text]
    kept = []
    for line in lines:
        visible = "".join(" " if unicodedata.category(char) == "Cc" else char for char in line)
        kept.append(" ".join(visible.split()))
    joined = "\n".join(kept).strip() if keep_newlines else kept[0]
    return joined[:limit].rstrip()
