"""`kiosk run` for real: a virtual X screen, Qt's xcb platform plugin, and a clean stop.

These are the tests that do not use Qt's offscreen platform, so they prove the
set-up script installed the X and EGL libraries Qt needs on a real kiosk. The X
server mostly has no window manager, as on an `xinit` kiosk: nothing but the
kiosk itself decides the size of its window. Openbox stands in for a desktop.
`xwininfo` measures the window from outside.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Migrant information kiosk"
SCREENS = {"portrait": (1080, 1920), "landscape": (1920, 1080)}


def start_x_server(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    xvfb = shutil.which("Xvfb")
    assert xvfb, "Xvfb is installed by packaging/setup.sh test (packaging/debian-packages-test.txt)"
    # -displayfd: the server picks a free display and says which, so runs never collide.
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24",
                               "-nolisten", "tcp"], pass_fds=(write,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as answer:
        number = answer.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    return server, f":{number}"


@pytest.fixture
def x_display() -> Iterator[str]:
    server, display = start_x_server(*SCREENS["portrait"])
    yield display
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def seeded_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory for the window tests: the first kiosk seeds it, the rest open it."""
    return tmp_path_factory.mktemp("kiosk-data")


def wait_for(predicate: Callable[[], object], attempts: int = 600) -> bool:
    for _ in range(attempts):
        if predicate():
            return True
        time.sleep(0.1)
    return False


def kiosk_environment(display: str, tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QT_", "WAYLAND_"))}
    env.update(DISPLAY=display, XDG_CONFIG_HOME=str(tmp_path / "config"), KIOSK_LOG_LEVEL="INFO")
    return env


def test_the_kiosk_runs_fullscreen_on_x_and_stops_cleanly_on_sigterm(x_display: str, tmp_path: Path) -> None:
    data = tmp_path / "data"
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "run", "--data-dir", str(data)], cwd=ROOT,
                             env=kiosk_environment(x_display, tmp_path),
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = data / "logs" / "kiosk.log"
    try:
        started = wait_for(lambda: log.exists() and "kiosk started (fullscreen, xcb)" in log.read_text())
        assert started, f"kiosk did not start; it said:\n{kiosk.stdout.read() if kiosk.poll() is not None else ''}"
        # A first start seeds the cache in a separate process; its log lines reach the kiosk's log.
        assert wait_for(lambda: "loaded 8 topics" in log.read_text()), "the bundled content was not loaded"
        assert kiosk.poll() is None
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=60) == 0
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
    assert "kiosk stopped with status 0" in log.read_text()


def window_geometry(display: str) -> tuple[int, int, int, int] | None:
    """(x, y, width, height) of the kiosk's window as the X server has it, once it is mapped."""
    result = subprocess.run(["xwininfo", "-display", display, "-name", TITLE],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0 or "IsViewable" not in result.stdout:
        return None
    field = {key: int(value) for key, value in re.findall(r"^\s*(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)",
                                                          result.stdout, re.MULTILINE)}
    return field["Absolute upper-left X"], field["Absolute upper-left Y"], field["Width"], field["Height"]


def start_window_manager(display: str) -> subprocess.Popen[bytes]:
    openbox = shutil.which("openbox")
    assert openbox, "openbox is installed by packaging/setup.sh test (packaging/debian-packages-test.txt)"
    manager = subprocess.Popen([openbox, "--sm-disable"], env={**os.environ, "DISPLAY": display},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    running = wait_for(lambda: "window id" in subprocess.run(
        ["xprop", "-display", display, "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True).stdout)
    assert running, "openbox did not start"
    return manager


def run_and_measure(screen: tuple[int, int], options: list[str], data: Path, tmp_path: Path,
                    window_manager: bool = False) -> tuple[int, int, int, int]:
    assert shutil.which("xwininfo"), "xwininfo (x11-utils) is installed by packaging/setup.sh test"
    server, display = start_x_server(*screen)
    manager = start_window_manager(display) if window_manager else None
    log = data / "logs" / "kiosk.log"
    started_before = log.read_text().count("kiosk started") if log.exists() else 0
    kiosk = subprocess.Popen([sys.executable, "-m", "kiosk", "run", *options, "--data-dir", str(data)], cwd=ROOT,
                             env=kiosk_environment(display, tmp_path),
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        started = wait_for(lambda: log.exists() and log.read_text().count("kiosk started") > started_before)
        assert started, f"kiosk did not start; it said:\n{kiosk.stdout.read() if kiosk.poll() is not None else ''}"
        assert wait_for(lambda: window_geometry(display) is not None), "the kiosk's window was never mapped"
        geometry = window_geometry(display)
        assert geometry is not None
        kiosk.send_signal(signal.SIGTERM)
        assert kiosk.wait(timeout=60) == 0
        return geometry
    finally:
        if kiosk.poll() is None:
            kiosk.kill()
        for process in (manager, server):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_fullscreen_covers_the_whole_screen_with_no_window_manager(
        screen: tuple[int, int], seeded_data_dir: Path, tmp_path: Path) -> None:
    assert run_and_measure(screen, [], seeded_data_dir, tmp_path) == (0, 0, *screen)


@pytest.mark.parametrize("screen", SCREENS.values(), ids=SCREENS.keys())
def test_a_window_has_the_kiosk_shape_and_fits_the_screen(
        screen: tuple[int, int], seeded_data_dir: Path, tmp_path: Path) -> None:
    x, y, width, height = run_and_measure(screen, ["--windowed"], seeded_data_dir, tmp_path)
    screen_width, screen_height = screen
    assert 0 <= x and x + width <= screen_width and 0 <= y and y + height <= screen_height
    assert width >= screen_width * 0.75 and height >= screen_height * 0.75, "a window that small shows little"
    assert (width > height) == (screen_width > screen_height), "portrait on a portrait screen, landscape on a wide one"


def test_under_a_desktop_fullscreen_still_covers_the_screen_and_a_window_fits(
        seeded_data_dir: Path, tmp_path: Path) -> None:
    screen = SCREENS["landscape"]
    assert run_and_measure(screen, [], seeded_data_dir, tmp_path, window_manager=True) == (0, 0, *screen)
    x, y, width, height = run_and_measure(screen, ["--windowed"], seeded_data_dir, tmp_path, window_manager=True)
    assert 0 <= x and x + width <= screen[0] and 0 <= y and y + height <= screen[1]
    assert width >= screen[0] * 0.75 and height >= screen[1] * 0.75


def test_a_window_of_the_size_asked_for(seeded_data_dir: Path, tmp_path: Path) -> None:
    _, _, width, height = run_and_measure(SCREENS["landscape"], ["--windowed", "--size", "1280x720"],
                                          seeded_data_dir, tmp_path)
    assert (width, height) == (1280, 720)
