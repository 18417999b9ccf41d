"""The packaged kiosk keeps its compiled QML where its service user can write it, and reuses it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UNIT = ROOT / "packaging" / "systemd" / "migrant-kiosk.service"


def service_settings() -> dict[str, str]:
    """The unit's Environment= variables, and its other [Service] settings, by name."""
    found: dict[str, str] = {}
    for line in UNIT.read_text().splitlines():
        key, _, value = line.partition("=")
        if key == "Environment":
            key, _, value = value.partition("=")
        if value and not line.startswith("#"):
            found[key] = value
    return found


def test_the_service_keeps_its_caches_in_a_directory_systemd_makes_for_its_user() -> None:
    found = service_settings()
    cache = Path("/var/cache") / found["CacheDirectory"]
    assert Path(found["XDG_CACHE_HOME"]) == cache
    assert Path(found["QML_DISK_CACHE_PATH"]).parent == cache


def render_welcome(cache: Path, home: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QML_", "XDG_"))}
    # As under systemd: the cache path is given, and nothing else the user owns is writable.
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", HOME=str(home),
               XDG_CONFIG_HOME=str(tmp_path / "config"), QML_DISK_CACHE_PATH=str(cache))
    subprocess.run([sys.executable, "-m", "kiosk", "screenshot", "welcome", str(tmp_path / "welcome.png"),
                    "--data-dir", str(tmp_path / "data")], cwd=ROOT, env=env, check=True, capture_output=True)


def test_compiled_qml_goes_where_the_service_says_and_is_used_again(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir(mode=0o555)
    cache = tmp_path / "var-cache" / "qmlcache"
    render_welcome(cache, home, tmp_path)
    compiled = {path: path.stat().st_mtime_ns for path in cache.glob("*.qmlc")}
    assert len(compiled) > 10, "the kiosk's screens were not compiled into the cache directory"
    assert not any(home.iterdir())

    render_welcome(cache, home, tmp_path)
    # A second start finds every screen compiled and rewrites none of them.
    assert {path: path.stat().st_mtime_ns for path in cache.glob("*.qmlc")} == compiled
