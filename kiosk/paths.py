"""Every path the kiosk uses, in one place (qutebrowser's ``standarddir`` idea).

The data directory holds the one SQLite file, the device key and the logs. The
bundled content and the UI files sit beside the code. Nothing else in the code
base builds paths of its own.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "migrant-kiosk"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_CONTENT_DIR = PROJECT_ROOT / "content"
SYSTEM_CONFIG_FILE = Path("/etc") / APP_NAME / "kiosk.toml"


def default_data_dir(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME/migrant-kiosk``; provisioned kiosks point this at /var/lib."""
    base = environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_NAME


def default_config_file(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The first config file that exists: the user's, then the system's, or none."""
    base = environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    for candidate in (Path(base) / APP_NAME / "kiosk.toml", SYSTEM_CONFIG_FILE):
        if candidate.is_file():
            return candidate
    return None


@dataclass(frozen=True)
class DataPaths:
    """The files inside one kiosk's data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kiosk.db"

    @property
    def quarantine(self) -> Path:
        """Where damaged database files are moved aside for staff to recover."""
        return self.root / "quarantine"

    @property
    def log_dir(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "kiosk.log"

    @property
    def device_key(self) -> Path:
        return self.root / "device-key.pem"

    @property
    def cache_dir(self) -> Path:
        """Files the kiosk makes for itself and can always make again (the staff desk's sound cues)."""
        return self.root / "cache"

    @property
    def exports_dir(self) -> Path:
        """Where the staff desk saves a day's summary (CSV, PDF) unless told otherwise."""
        return self.root / "exports"

    def ensure(self) -> DataPaths:
        """Create the directories (mode 0700: bookings and keys live here)."""
        for directory in (self.root, self.log_dir):
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self
