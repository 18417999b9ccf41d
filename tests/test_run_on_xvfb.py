"""`kiosk run` for real: a virtual X screen, Qt's xcb platform plugin, and a clean stop.

This is the one test that does not use Qt's offscreen platform, so it proves the
set-up script installed the X and EGL libraries Qt needs on a real kiosk.
"""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def x_display(tmp_path: Path):  # type: ignore[no-untyped-def]
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is installed by packaging/setup.sh test (packaging/debian-packages-test.txt)"
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen([xvfb, display, "-screen", "0", "1080x1920x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.1)
    assert socket.exists(), "Xvfb did not start"
    yield display
    server.terminate()
    server.wait(timeout=10)


def wait_for(predicate, attempts: int = 600) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(attempts):
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_the_kiosk_runs_fullscreen_on_x_and_stops_cleanly_on_sigterm(x_display: str, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QT_"))}
    env.update(DISPLAY=x_display, XDG_CONFIG_HOME=str(tmp_path / "config"), KIOSK_LOG_LEVEL="INFO")
    data = tmp_path / "data"
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--data-dir", str(data)], cwd=ROOT, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = data / "logs" / "kiosk.log"
    try:
        started = wait_for(lambda: log.exists() and "kiosk started (fullscreen, xcb)" in log.read_text())
        assert started, f"kiosk did not start; it said:\n{kiosk.stdout.read() if kiosk.poll() is not None else ''}"
        assert wait_for(lambda: "loaded 8 topics" in log.read_text()), "the bundled content was not loaded"
        assert kiosk.poll() is None
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=60) == 0
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    assert "kiosk stopped with status 0" in log.read_text()
