"""A small real world for the console's browser tests: a central service in its own process, accounts
made with ``kiosk-central console-account create``, keys and the repository's content published with
``kiosk-admin``, and test kiosks that are real ``kiosk`` data folders syncing with ``kiosk sync --once``.

Everything runs on the machine's clock, as a deployment does: the tests compare what the pages say
with what the kiosks did, never with a date.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from tests.sync.central_process import CentralProcess, kiosk_central, owner_token, serving_central
from tests.sync.fleet_steps import admin_ok, enrollment_codes, set_up_keys

REPOSITORY = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"


@dataclass
class SampleKiosk:
    """A kiosk's data folder, enrolled with the centre; it acts only through the ``kiosk`` command."""

    data_dir: Path
    kiosk_id: str

    def run(self, *words: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kiosk", *words, "--data-dir", str(self.data_dir)],
                              cwd=REPOSITORY, capture_output=True, text=True, timeout=300, check=False)

    def sync_once(self) -> str:
        done = self.run("sync", "--once")
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    def status(self) -> str:
        return self.run("sync", "--status").stdout

    def report_agency(self, agency_name: str, details: str) -> None:
        """A traveller's report, stored in this kiosk's outbox by the kiosk's own code, as its screen does."""
        script = ("import sys\n"
                  "from pathlib import Path\n"
                  "from kiosk.agencies.reports import AgencyReport, submit_report\n"
                  "from kiosk.paths import DataPaths\n"
                  "from kiosk.store.opening import open_store\n"
                  "store = open_store(DataPaths(Path(sys.argv[1])))\n"
                  "submit_report(store, AgencyReport(agency_name=sys.argv[2], what_happened=('fee_before_job',),"
                  " details=sys.argv[3], language='ru'))\n")
        done = subprocess.run([sys.executable, "-c", script, str(self.data_dir), agency_name, details],
                              cwd=REPOSITORY, capture_output=True, text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr


@dataclass
class World:
    central: CentralProcess
    database: str
    owner_token: str
    folder: Path
    kiosks: list[SampleKiosk] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.central.url

    def account(self, username: str, role: str) -> str:
        """Make a console account as an operator does; its one-time password."""
        made = kiosk_central("console-account", "create", "--db", self.database, "--username", username,
                             "--name", username.title(), "--role", role)
        assert made.returncode == 0, made.stderr
        found = re.search(r"shown this once: (\S+)", made.stdout)
        assert found, made.stdout
        return found.group(1)

    def enroll_kiosk(self, name: str) -> SampleKiosk:
        data = self.folder / name
        code = enrollment_codes(self.url, self.owner_token, 1)[0]
        kiosk = SampleKiosk(data, "")
        done = kiosk.run("enroll", self.url, code)
        assert done.returncode == 0, done.stdout + done.stderr
        found = re.search(r"enrolled as kiosk (\S+)", done.stdout)
        assert found, done.stdout
        kiosk.kiosk_id = found.group(1)
        self.kiosks.append(kiosk)
        return kiosk


@contextmanager
def console_world(folder: Path) -> Iterator[World]:
    """The centre with keys and the repository's own content published as release 1."""
    database = str(folder / "central.db")
    migrated = kiosk_central("migrate", "--db", database)
    assert migrated.returncode == 0, migrated.stderr
    token = owner_token(database)
    with serving_central(database, folder / "files", folder / "central.log") as central:
        set_up_keys(central.url, token, folder)
        admin_ok(central.url, token, "publish", str(REPOSITORY / "content"))
        yield World(central, database, token, folder)
