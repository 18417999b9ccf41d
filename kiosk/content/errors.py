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


def read_utf8(path: Path) -> str:
    """The text of ``path``; :class:`ContentError` at the line of the first byte that is not UTF-8."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ContentError(path, data.count(b"\n", 0, error.start) + 1,
                           "not UTF-8 text: save the file as UTF-8") from None
