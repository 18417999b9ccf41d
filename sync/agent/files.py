"""Where the agent keeps its own files inside the kiosk's data directory, and how it writes them.

Everything lives under ``<data>/sync/`` (mode 0700): the enrollment (a device
token: mode 0600), the agent's state, and half-downloaded release files.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class AgentPaths:
    data_dir: Path

    @property
    def root(self) -> Path:
        return self.data_dir / "sync"

    @property
    def enrollment(self) -> Path:
        return self.root / "enrollment.json"

    @property
    def state(self) -> Path:
        return self.root / "state.json"

    @property
    def downloads(self) -> Path:
        return self.root / "downloads"

    def ensure(self) -> AgentPaths:
        for folder in (self.root, self.downloads):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def write_private_json(path: Path, value: dict[str, Any]) -> None:
    """Write ``value`` whole or not at all, readable by this user only (it may hold a token).

    A new file under a temporary name, fsynced, then renamed over the old one: a
    power cut leaves the old file or the new one, never half of either.
    """
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)  # whatever the umask said
            handle.write(json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def read_json(path: Path) -> dict[str, Any] | None:
    """The JSON object in ``path``, or None if there is none (or it is not a JSON object)."""
    try:
        value = json.loads(path.read_bytes())
    except FileNotFoundError:
        return None
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None
