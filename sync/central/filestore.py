"""Release files on disk, named by the SHA-256 of their bytes.

A file never changes once written, so it is written to a temporary name and
renamed into place: a reader (or a static server in front) sees the whole file
or none, and two replicas writing the same file write the same bytes.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from sync.protocol.files import file_ref
from sync.protocol.manifest import FileRef

_SHA256 = re.compile(r"[0-9a-f]{64}")


class FileStore:
    def __init__(self, directory: Path) -> None:
        self.directory = directory

    def path(self, sha256: str) -> Path | None:
        """Where the file named ``sha256`` is, or None for a name that is not a SHA-256 or not stored."""
        if not _SHA256.fullmatch(sha256):
            return None
        path = self.directory / sha256
        return path if path.is_file() else None

    def put(self, data: bytes) -> FileRef:
        ref = file_ref(data)
        target = self.directory / ref.sha256
        if target.is_file() and target.stat().st_size == ref.size:
            return ref
        self.directory.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.directory, prefix=f".{ref.sha256}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, 0o644)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return ref

    def read(self, sha256: str) -> bytes | None:
        path = self.path(sha256)
        return None if path is None else path.read_bytes()
