"""Fetching one release file by its hash, resuming after a cut, trusting nothing the server says.

A file is written to ``<downloads>/<sha256>.part`` as it arrives. After a cut the
next try asks for the rest (``Range: bytes=<have>-``) and appends it, so a slow
link that breaks every few megabytes still finishes; what was fetched is never
fetched again. A server that ignores ``Range`` (``200`` with the whole file) is
read past the bytes already held.

The manifest's size is the limit: no more bytes than that are ever read, so a
server (or something in the way) that sends without end cannot fill the disk.
Only ``200``/``206`` with a file's content type count; a captive portal's
``200 text/html`` is refused before a byte of it is kept. The finished file is
checked against the manifest's size and SHA-256 before anyone reads it.

Every request asks for the bytes as stored (``Accept-Encoding: identity``). A
file is named by the SHA-256 of its stored bytes and the manifest gives their
size; a content coding (a CDN or nginx that gzips ``application/octet-stream``
on the fly, as many do even for bytes that are gzip already) puts other bytes
on the wire. Kept as they came they fail the size and hash checks on every
round, and ``Range`` counts bytes of the coded form (nginx grants no range at
all while it gzips), so a cut could never be resumed. The files are gzip
already: coding them again saves nothing. A server that gzips the answer all
the same is undone here, a bounded piece at a time (a gzip bomb cannot fill
memory or disk); a range of coded bytes is no piece of the file, so the part is
thrown away and the next try asks for the whole; any other coding is refused.
"""

from __future__ import annotations

import errno
import logging
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import requests
from urllib3.exceptions import HTTPError

from sync.agent.errors import CentreUnreachable, NoRoom, ReleaseRefused
from sync.agent.http import Timeouts, check_status, media_type
from sync.protocol.errors import Refusal
from sync.protocol.files import check_file
from sync.protocol.manifest import FileRef

log = logging.getLogger(__name__)

#: What a file server may call a release file. Anything else (text/html above all) is not one.
FILE_TYPES = frozenset({"application/octet-stream", "application/gzip", "application/x-gzip"})
CHUNK = 64 * 1024
_CONTENT_RANGE = re.compile(r"bytes (\d+)-(\d+)/(\d+|\*)")
#: Content codings the fetcher undoes when a server applies one it was not asked for.
_GZIP_CODINGS = frozenset({"gzip", "x-gzip"})


@dataclass
class DownloadCounter:
    """Bytes read from the network for release files, for tests and the log."""

    bytes_read: int = 0


class FileFetcher:
    def __init__(self, session: requests.Session, files_url: str, folder: Path, *,
                 timeouts: Timeouts | None = None) -> None:
        self.session = session
        self.files_url = files_url.rstrip("/")
        self.folder = folder
        self.timeouts = timeouts or Timeouts()
        self.counter = DownloadCounter()

    def part(self, ref: FileRef) -> Path:
        return self.folder / f"{ref.sha256}.part"

    def fetch(self, ref: FileRef) -> bytes:
        """The file's bytes, checked against ``ref``.

        Raises :class:`CentreUnreachable` after a cut (what arrived is kept for the
        next try), :class:`ReleaseRefused` for bytes that are not the file (they are
        thrown away), :class:`NoRoom` when the disk is full.
        """
        part = self.part(ref)
        have = self._held(part, ref)
        if have < ref.size:
            self._download(part, have, ref)
        data = part.read_bytes()
        try:
            check_file(data, ref)
        except Refusal as refusal:
            part.unlink(missing_ok=True)  # the bytes are wrong: the next try starts afresh
            raise ReleaseRefused(refusal.reason, f"file {ref.sha256[:12]}…: {refusal}") from refusal
        return data

    def discard(self, ref: FileRef) -> None:
        self.part(ref).unlink(missing_ok=True)

    def discard_all(self) -> None:
        """Remove every half or whole download (after a release is applied, nothing here is needed)."""
        for part in self.folder.glob("*.part"):
            part.unlink(missing_ok=True)

    # --- inside ------------------------------------------------------------------------------------

    def _held(self, part: Path, ref: FileRef) -> int:
        try:
            have = part.stat().st_size
        except FileNotFoundError:
            return 0
        if have > ref.size:  # longer than the file can be: not a piece of it
            part.unlink()
            return 0
        return have

    def _download(self, part: Path, have: int, ref: FileRef) -> None:
        url = f"{self.files_url}/files/{ref.sha256}"
        # The stored bytes, never a content coding of them: see the module's docstring.
        headers = {"Accept-Encoding": "identity", **({"Range": f"bytes={have}-"} if have else {})}
        try:
            response = self.session.get(url, headers=headers, stream=True, timeout=self.timeouts.pair)
        except requests.RequestException as error:
            raise CentreUnreachable(f"cannot fetch file {ref.sha256[:12]}…: {error}") from error
        with response:
            skip = self._check_answer(response, part, have, ref)
            self._append(_Body(response, self.counter, gzipped=_coding(response) in _GZIP_CODINGS),
                         part, have, skip, ref)

    def _check_answer(self, response: requests.Response, part: Path, have: int, ref: FileRef) -> int:
        """How many leading bytes of the file to skip; raise for an answer that is not the file."""
        check_status(response, (200, 206))
        kind = media_type(response)
        if kind not in FILE_TYPES:
            raise ReleaseRefused("unexpected_response",
                                 f"file {ref.sha256[:12]}… came as {kind or 'no content type'}, "
                                 f"status {response.status_code}: not a release file (a network login page?)")
        coding = _coding(response)
        if coding not in ("", "identity") and coding not in _GZIP_CODINGS:
            raise ReleaseRefused("unexpected_response", f"file {ref.sha256[:12]}… came with content coding "
                                                        f"{coding!r}, which the kiosk does not undo")
        if response.status_code == 200:
            length = response.headers.get("Content-Length")
            # With a content coding the length is the coded form's, not the file's.
            if coding in ("", "identity") and length is not None and length.isdigit() and int(length) != ref.size:
                raise ReleaseRefused("wrong_size", f"file {ref.sha256[:12]}… is announced as {length} bytes, "
                                                   f"the manifest says {ref.size}")
            return have  # the server ignored Range: the bytes already held come again
        if coding in _GZIP_CODINGS:
            # A range of the gzip form: no piece of the file. Start afresh; a whole answer is decoded.
            part.unlink(missing_ok=True)
            raise ReleaseRefused("unexpected_response", f"file {ref.sha256[:12]}… came as a range of a gzip "
                                                        "coding of it; the next try fetches it whole")
        match = _CONTENT_RANGE.fullmatch(response.headers.get("Content-Range", "").strip())
        if match is None or int(match.group(1)) != have:
            raise ReleaseRefused("unexpected_response", f"file {ref.sha256[:12]}…: asked for bytes {have}-, "
                                 f"got {response.headers.get('Content-Range')!r}")
        if match.group(3) != "*" and int(match.group(3)) != ref.size:
            raise ReleaseRefused("wrong_size", f"file {ref.sha256[:12]}… is {match.group(3)} bytes at the server, "
                                               f"the manifest says {ref.size}")
        return 0

    def _append(self, body: _Body, part: Path, have: int, skip: int, ref: FileRef) -> None:
        name = f"file {ref.sha256[:12]}…"
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            with part.open("ab") as out:
                try:
                    self._read_into(body, out, skip, ref.size - have, name)
                finally:
                    out.flush()
                    os.fsync(out.fileno())
        except ReleaseRefused:
            part.unlink(missing_ok=True)
            raise
        except zlib.error as error:
            part.unlink(missing_ok=True)
            raise ReleaseRefused("unexpected_response", f"{name} came gzip-coded, but not as valid gzip "
                                                        f"({error})") from error
        except (requests.RequestException, HTTPError, ConnectionError, TimeoutError) as error:
            raise CentreUnreachable(f"{name} cut ({error}); will resume") from error
        except OSError as error:
            if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS):
                raise NoRoom(f"no room to download {name} ({error.strerror}); "
                             "the kiosk keeps its current release") from error
            raise

    @staticmethod
    def _read_into(body: _Body, out: BinaryIO, skip: int, wanted: int, name: str) -> None:
        size = wanted
        while skip:  # a server that ignored Range sends the bytes already held first
            chunk = body.read(min(CHUNK, skip))
            if not chunk:
                raise CentreUnreachable(f"{name}: the answer ended early; will resume")
            skip -= len(chunk)
        while wanted:
            # Never more than the manifest's size: an endless answer stops here.
            chunk = body.read(min(CHUNK, wanted))
            if not chunk:
                raise CentreUnreachable(f"{name} cut after {size - wanted} of {size} bytes; will resume")
            out.write(chunk)
            wanted -= len(chunk)
        if body.more():
            raise ReleaseRefused("too_large", f"{name}: the server sent more bytes than the manifest says it has")


def _coding(response: requests.Response) -> str:
    """The answer's content coding, lower case; "" for none."""
    return response.headers.get("Content-Encoding", "").strip().lower()


class _Body:
    """The file's bytes in an answer: as sent, or un-gzipped when the server gzipped them anyway.

    One read returns at most the bytes asked for, however well the rest compresses, and
    counts what came off the network in ``counter`` (not what :meth:`more` reads past the file).
    """

    def __init__(self, response: requests.Response, counter: DownloadCounter, *, gzipped: bool) -> None:
        self._raw = response.raw
        self._counter = counter
        self._inflate = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16) if gzipped else None
        self._counting = True

    def read(self, size: int) -> bytes:
        """Up to ``size`` bytes of the file; ``b""`` when the answer (or its gzip stream) has ended."""
        inflate = self._inflate
        if inflate is None:
            return self._network(size)
        while True:
            if inflate.unconsumed_tail:
                coded = inflate.unconsumed_tail
            elif inflate.eof:
                return b""
            else:
                coded = self._network(CHUNK)
                if not coded:
                    return b""  # cut inside the gzip stream
            plain = inflate.decompress(coded, size)  # zlib.error for bytes that are not gzip
            if plain:
                return plain

    def more(self) -> bool:
        """Whether the answer goes on (once the file's bytes are read: then it is too long)."""
        self._counting = False
        return bool(self.read(1))

    def _network(self, size: int) -> bytes:
        chunk: bytes = self._raw.read(size, decode_content=False)
        if self._counting:
            self._counter.bytes_read += len(chunk)
        return chunk
