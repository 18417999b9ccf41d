"""``kiosk demo``: the whole loop on one machine, with nothing but the project's own commands.

It starts a central service on loopback (``kiosk-central``, SQLite under the
data directory), makes its keys and publishes the bundled content
(``kiosk-admin``), enrolls this kiosk (``kiosk enroll``) and then runs the kiosk,
which syncs with it in the background. Everything happens through the same
commands an operator types, in their own processes, so the demo shows the real
way in and depends on no module of the other side (``kiosk/`` never imports
``sync/``).

A second ``kiosk demo`` reuses what the first made: the same centre database,
keys and enrollment, on the same port (the enrollment remembers the URL).
The README's ``kiosk run`` stays standalone and needs none of this.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

DEFAULT_PORT = 8765


class DemoError(Exception):
    """A step of the demo set-up failed; the message names the step and what it printed."""


@dataclass(frozen=True)
class DemoCentre:
    """Where the demo's central service keeps its things, under the kiosk's data directory."""

    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def database(self) -> Path:
        return self.folder / "central.db"

    @property
    def files(self) -> Path:
        return self.folder / "files"

    @property
    def root_key(self) -> Path:
        return self.folder / "root-key.pem"  # a real centre keeps this offline; the demo keeps it here

    @property
    def token_file(self) -> Path:
        return self.folder / "owner-token"


def command(name: str) -> list[str]:
    """A project command from the same installation as this Python (the venv's bin/)."""
    beside = Path(sys.executable).with_name(name)
    if beside.exists():
        return [str(beside)]
    found = shutil.which(name)
    if found is None:
        raise DemoError(f"`{name}` is not installed (run `bash packaging/setup.sh run` first)")
    return [found]


def run_step(what: str, args: list[str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise DemoError(f"{what} failed ({' '.join(args[:3])} ...): {done.stderr.strip() or done.stdout.strip()}")
    return done.stdout


def start_centre(centre: DemoCentre, log: TextIO) -> subprocess.Popen[bytes]:
    """Start (and, the first time, set up) the demo centre; return its running process."""
    centre.folder.mkdir(parents=True, exist_ok=True)
    central, db = command("kiosk-central"), str(centre.database)
    run_step("making the centre's database", [*central, "migrate", "--db", db])
    if not centre.token_file.exists():
        token = run_step("making an owner token", [*central, "token", "create", "--db", db, "--role", "owner",
                                                   "--name", "demo"]).strip()
        centre.token_file.touch(mode=0o600)
        centre.token_file.write_text(token + "\n", encoding="utf-8")
    log.write(f"kiosk demo: central service at {centre.url} (data in {centre.folder})\n")
    server = subprocess.Popen([*central, "serve", "--db", db, "--files", str(centre.files),
                               "--host", "127.0.0.1", "--port", str(centre.port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(centre.url, server)
    except DemoError:
        server.terminate()
        raise
    return server


def wait_until_up(url: str, server: subprocess.Popen[bytes], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise DemoError(f"the central service exited (status {server.returncode}); is port {url} taken?")
        try:
            with urllib.request.urlopen(f"{url}/v1/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.2)
    raise DemoError(f"the central service did not answer at {url} within {seconds:g} s")


def prepare(centre: DemoCentre, content_dir: Path, data_dir: Path, enrolled: bool, log: TextIO) -> None:
    """Keys, a release of the bundled content and this kiosk's enrollment, where not done before."""
    admin = [*command("kiosk-admin"), "--url", centre.url, "--token-file", str(centre.token_file)]
    if not centre.root_key.exists():
        run_step("making the keys", [*admin, "keys", "init", "--root-key", str(centre.root_key)])
    log.write(run_step("publishing the bundled content", [*admin, "publish", str(content_dir)]))
    if not enrolled:
        out = run_step("making an enrollment code", [*admin, "enroll-codes", "create"])
        code = out.split()[-1]
        log.write(run_step("enrolling this kiosk", [*command("kiosk"), "enroll", "--data-dir", str(data_dir),
                                                    centre.url, code]))


def is_enrolled(data_dir: Path) -> bool:
    """Whether ``kiosk enroll`` ran for this data directory (the agent's file, read as a file only)."""
    return (data_dir / "sync" / "enrollment.json").exists()


def demo_environment() -> None:
    """The kiosk syncs often in the demo, so a publish shows within a minute (unless set otherwise)."""
    os.environ.setdefault("KIOSK_SYNC_INTERVAL_S", "30")
    os.environ.setdefault("KIOSK_SYNC_OUTBOX_INTERVAL_S", "10")
