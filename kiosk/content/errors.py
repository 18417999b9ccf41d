from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """A content file is malformed. ``str()`` reads ``file:line: message``."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        self.path, self.line, self.message = path, line, message
        super().__init__(f"{path}:{line}: {message}")


def line_of(text: str, needle: str) -> int:
    """1-based line of the first ``needle`` in ``text`` (1 when absent), for error reports."""
    index = text.find(needle)
    return 1 if index < 0 else text.count("\n", 0, index) + 1
