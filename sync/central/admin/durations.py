"""Durations as an administrator types them: ``90s``, ``30m``, ``12h``, ``1d``, ``2w``."""

from __future__ import annotations

import re
from datetime import timedelta

from sync.central.admin.errors import UsageProblem

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400}
_PATTERN = re.compile(r"(\d+)\s*([smhdw])")


def parse_duration(text: str) -> timedelta:
    """``1d`` → one day; a positive whole number and one unit (s, m, h, d, w)."""
    match = _PATTERN.fullmatch(text.strip().lower())
    if match is None or int(match[1]) == 0:
        raise UsageProblem(f"{text!r} is not a duration: write a number and a unit, like 90s, 30m, 12h, 1d or 2w")
    return timedelta(seconds=int(match[1]) * _UNITS[match[2]])


def describe(seconds: float) -> str:
    """A short human age: ``45 s``, ``12 min``, ``3 h``, ``2 d``."""
    seconds = max(0, int(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 2 * 3600:
        return f"{seconds // 60} min"
    if seconds < 2 * 86400:
        return f"{seconds // 3600} h"
    return f"{seconds // 86400} d"
