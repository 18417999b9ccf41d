"""Taking a content tree (a gzip tar) apart safely.

Only plain files and folders are unpacked, only below the target folder, and
only up to a size and count limit: a tar can name ``../../etc/passwd``, hold a
link to anywhere, or unpack to far more than it weighs.
"""

from __future__ import annotations

import tarfile
from pathlib import Path, PurePosixPath

from sync.central.errors import ApiError

MAX_MEMBERS = 20_000


def _refuse(message: str) -> ApiError:
    return ApiError(422, "invalid_archive", message)


def unpack_tree(archive: Path, target: Path, max_bytes: int) -> Path:
    """Unpack ``archive`` into ``target``; the content tree's folder (one wrapping folder is looked through)."""
    try:
        with tarfile.open(archive, mode="r:*") as tar:
            members: list[tarfile.TarInfo] = []
            total = 0
            for member in tar:
                if len(members) >= MAX_MEMBERS:
                    raise _refuse(f"the archive has more than {MAX_MEMBERS} entries")
                name = PurePosixPath(member.name)
                if name.is_absolute() or ".." in name.parts:
                    raise _refuse(f"{member.name!r} points outside the tree")
                if not (member.isfile() or member.isdir()):
                    raise _refuse(f"{member.name!r} is not a plain file or folder")
                total += member.size
                if total > max_bytes:
                    raise _refuse(f"the archive unpacks to more than {max_bytes // (1024 * 1024)} MB")
                members.append(member)
            # The "data" filter refuses again what is checked above, and drops modes and owners.
            tar.extractall(target, members=members, filter="data")
    except (tarfile.TarError, EOFError, OSError) as error:
        raise _refuse(f"not a gzip tar of a content tree: {error}") from error
    return content_root(target)


def content_root(folder: Path) -> Path:
    """``folder`` itself, or the one folder inside it when it holds nothing else."""
    entries = [entry for entry in folder.iterdir() if not entry.name.startswith(".")]
    if len(entries) == 1 and entries[0].is_dir() and not (folder / "topics.toml").exists():
        return entries[0]
    return folder
