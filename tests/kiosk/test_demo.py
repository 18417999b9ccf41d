"""`kiosk demo`: a central service on loopback, the bundle published to it, the kiosk enrolled and syncing."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

KIOSK = Path(sys.executable).with_name("kiosk")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def listening(port: int) -> bool:
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", port)) == 0


def synced(data: Path) -> bool:
    state = data / "sync" / "state.json"
    try:
        return bool(json.loads(state.read_text(encoding="utf-8")).get("last_success_at"))
    except (OSError, ValueError):
        return False


def test_the_demo_runs_the_whole_loop_and_leaves_nothing_running(tmp_path: Path) -> None:
    data, port = tmp_path / "data", free_port()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}
    demo = subprocess.Popen([str(KIOSK), "demo", "--data-dir", str(data), "--port", str(port)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120  # a bound on a hang, not a performance target
        while not synced(data) and demo.poll() is None and time.monotonic() < deadline:
            time.sleep(0.5)
        assert synced(data), "the kiosk never synced with the demo centre"
        assert listening(port)
    finally:
        demo.send_signal(signal.SIGTERM)
        out, _ = demo.communicate(timeout=60)
    assert "published release 1" in out and "enrolled as kiosk" in out, out
    state = json.loads((data / "sync" / "state.json").read_text(encoding="utf-8"))
    assert state["online"] is True and state["last_error"] == ""
    assert not listening(port)  # the demo's centre went with it
