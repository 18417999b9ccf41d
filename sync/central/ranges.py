"""Serving a stored file with ETag, If-None-Match and one byte range (what a resuming download asks).

Written here rather than taken from Starlette so that every error, a range past
the end included, is the protocol's JSON error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from fastapi import Response

from sync.central.errors import ApiError

_RANGE = re.compile(r"bytes=(\d*)-(\d*)")
_HEADERS = {"Accept-Ranges": "bytes", "Cache-Control": "public, max-age=31536000, immutable"}


def parse_range(header: str, size: int) -> tuple[int, int] | None:
    """``(start, end)`` with ``end`` exclusive, or None to send the whole file.

    A header we cannot read, or one asking for several ranges, is ignored (RFC 9110
    lets a server do that). A range that starts past the end cannot be served.
    """
    match = _RANGE.fullmatch(header.strip())
    if match is None:
        return None
    first, last = match.groups()
    if not first and not last:
        return None
    if not first:
        length = int(last)
        if length == 0:
            raise ApiError(416, "range_not_satisfiable", "an empty suffix range",
                           headers={"Content-Range": f"bytes */{size}"})
        return max(0, size - length), size
    start = int(first)
    end = size if not last else min(size, int(last) + 1)
    if last and int(last) < start:
        return None
    if start >= size:
        raise ApiError(416, "range_not_satisfiable", f"the file has {size} bytes",
                       headers={"Content-Range": f"bytes */{size}"})
    return start, end


def file_response(path: Path, etag: str, request_headers: Mapping[str, str]) -> Response:
    size = path.stat().st_size
    headers = {"ETag": etag, **_HEADERS}
    if_none_match = request_headers.get("if-none-match")
    if if_none_match and etag in [part.strip().removeprefix("W/") for part in if_none_match.split(",")]:
        return Response(status_code=304, headers=headers)
    wanted = request_headers.get("range")
    if_range = request_headers.get("if-range")
    span = parse_range(wanted, size) if wanted and (if_range is None or if_range == etag) else None
    if span is None:
        return Response(path.read_bytes(), media_type="application/octet-stream", headers=headers)
    start, end = span
    with path.open("rb") as handle:
        handle.seek(start)
        part = handle.read(end - start)
    headers["Content-Range"] = f"bytes {start}-{end - 1}/{size}"
    return Response(part, status_code=206, media_type="application/octet-stream", headers=headers)
