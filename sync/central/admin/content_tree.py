"""A content tree as the gzip tar that ``POST /v1/admin/releases`` takes, made in memory.

The tar is deterministic (sorted names, owner 0, mtime 0), so publishing the same tree twice sends
the same bytes. Only regular files and folders go in: a symbolic link could name a file outside the
tree (an administrator's home, say), and the centre would refuse it anyway.
"""

from __future__ import annotations

import gzip
import io
import tarfile
from dataclasses import dataclass
from pathlib import Path

from sync.central.admin.errors import UsageProblem


@dataclass(frozen=True)
class PackedTree:
    data: bytes
    files: int
    unpacked_bytes: int
    skipped: list[str]


def pack_content_tree(root: Path) -> PackedTree:
    """The gzip tar of ``root``'s files, named relative to ``root``."""
    if not root.is_dir():
        raise UsageProblem(f"{root} is not a folder (publish takes the content folder, with topics/ and the rest)")
    raw = io.BytesIO()
    files = unpacked = 0
    skipped: list[str] = []
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(root.rglob("*")):
            name = path.relative_to(root).as_posix()
            if path.is_symlink() or not (path.is_file() or path.is_dir()):
                skipped.append(name)
                continue
            if any(part.startswith(".") for part in path.relative_to(root).parts):
                continue  # editor swap files, .git: never content
            info = tarfile.TarInfo(name)
            info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
            if path.is_dir():
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
                continue
            data = path.read_bytes()
            info.size, info.mode = len(data), 0o644
            tar.addfile(info, io.BytesIO(data))
            files += 1
            unpacked += len(data)
    if files == 0:
        raise UsageProblem(f"{root} has no files to publish")
    return PackedTree(gzip.compress(raw.getvalue(), mtime=0), files, unpacked, skipped)
