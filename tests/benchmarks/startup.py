"""Start-up benchmark: time to the first rendered frame, the kiosk beside a bare QML window.

Run: ``.venv/bin/python tests/benchmarks/startup.py [--runs N]``. Each run is a
fresh process (a kiosk starts once, cold Python caches included), offscreen with
the software scene graph. The floor is a bare ``Window {}`` loaded the same way,
measured in the same run. Prints a table and writes benchmark-results/startup.json.
Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import os, sys, time
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
mode = sys.argv[1]
if mode == "kiosk":
    from ui.app import prepare_environment
    prepare_environment()
app = QGuiApplication([])
if mode == "bare":
    engine = QQmlApplicationEngine()
    engine.loadData(b"import QtQuick\nWindow {{ width: 1080; height: 1920; visible: true }}")
    window = engine.rootObjects()[0]
else:
    from pathlib import Path
    from kiosk import config
    from ui.app import KioskApp
    settings = config.load(None, environ={{"XDG_CONFIG_HOME": sys.argv[2]}}, data_dir=Path(sys.argv[2]) / "data")
    kiosk = KioskApp(settings)
    window = kiosk.load(windowed=True, size=(1080, 1920))
def first_frame():
    print(f"{{(time.perf_counter() - t0) * 1000:.1f}}")
    app.exit(0)
window.frameSwapped.connect(first_frame)
QTimer.singleShot(60000, lambda: app.exit(1))
sys.exit(app.exec())
"""


def measure(mode: str, runs: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_QUICK_BACKEND": "software"}
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as scratch:
            result = subprocess.run([sys.executable, "-c", PROBE.format(root=str(ROOT)), mode, scratch],
                                    env=env, capture_output=True, text=True, timeout=120, check=True)
            times.append(float(result.stdout.strip().splitlines()[-1]))
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bare, kiosk = measure("bare", args.runs), measure("kiosk", args.runs)
    rows = {"bare QML window (floor)": bare, "kiosk, first start (seeds the cache)": kiosk}
    print(f"{'time to first frame, ms':<40} {'median':>8} {'min':>8} {'max':>8}")
    for name, values in rows.items():
        print(f"{name:<40} {statistics.median(values):>8.0f} {min(values):>8.0f} {max(values):>8.0f}")
    ratio = statistics.median(kiosk) / statistics.median(bare)
    print(f"kiosk / floor (median): {ratio:.2f}x over {args.runs} runs each")
    out = ROOT / "benchmark-results" / "startup.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps({"runs": args.runs, "bare_ms": bare, "kiosk_ms": kiosk, "ratio_median": ratio},
                              indent=2))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
