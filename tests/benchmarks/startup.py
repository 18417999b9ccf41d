"""Start-up benchmark: time to the first rendered frame, the kiosk beside a bare QML window.

Run: ``.venv/bin/python tests/benchmarks/startup.py [--rounds N]``.

Every sample is a fresh process, timed from the moment it is spawned (interpreter
start-up included) to its first swapped frame, offscreen with the software scene
graph. The kiosk is started the way ``kiosk run --windowed`` starts it, through
the CLI, at 1080x1920; the floor is a bare ``Window {}`` of the same size.

Each round runs, in turn: bare, kiosk first start (a fresh data directory, so
the cache is seeded), bare, kiosk second start (the cache one earlier run
seeded). Alternating keeps a slow patch of the machine from landing on one side
only. The .pyc and QML disk caches are warm for both sides, as they are on an
installed kiosk (the probes write bytecode even where PYTHONDONTWRITEBYTECODE is
set: without it, every module changed since its .pyc was written would be
compiled again at every start). First start also reports when the seeded cache
was ready.

Prints a table with ratios to the floor and writes benchmark-results/startup.json.
Not a test: nothing here passes or fails.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.results import percentile, write_results  # noqa: E402

SIZE = (1080, 1920)
TARGETS = {"second": 2.5, "first": 4.0}

# Each probe prints "frame <perf_counter> <process_time>" at its first frame.
# perf_counter is CLOCK_MONOTONIC on Linux, shared by every process, so the parent
# can subtract the moment it spawned the child. process_time (the CPU the process
# used so far, all threads) is far less disturbed by other load on the machine.
BARE = f"""
import sys, time
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
app = QGuiApplication([])
engine = QQmlApplicationEngine()
engine.loadData(b"import QtQuick\\nWindow {{ width: {SIZE[0]}; height: {SIZE[1]}; visible: true }}")
window = engine.rootObjects()[0]
def first_frame():
    print("frame", time.perf_counter(), time.process_time(), flush=True)
    app.exit(0)
window.frameSwapped.connect(first_frame)
sys.exit(app.exec())
"""

# The real `kiosk run --windowed`, with two taps: the first frame, and the
# moment the local cache is open (seeded, on a first start). It leaves once
# both are seen, so a first start is not cut off half-seeded.
KIOSK = f"""
import sys, time
from PySide6.QtGui import QGuiApplication
import ui.app
seen = set()
def mark(what):
    if what not in seen:
        seen.add(what)
        print(what, time.perf_counter(), time.process_time(), flush=True)
    if seen == {{"frame", "ready"}}:
        QGuiApplication.instance().exit(0)
load, opened = ui.app.KioskApp.load, ui.app.KioskApp._store_opened
def timed_load(self, *, windowed, size=None):
    window = load(self, windowed=windowed, size={SIZE!r})
    window.frameSwapped.connect(lambda: mark("frame"))
    return window
def timed_opened(self, store):
    opened(self, store)
    mark("ready")
ui.app.KioskApp.load, ui.app.KioskApp._store_opened = timed_load, timed_opened
from kiosk.cli import main
sys.exit(main(["run", "--windowed", "--data-dir", sys.argv[1]]))
"""


def _environment(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("KIOSK_", "QT_", "QML_")) and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", XDG_CONFIG_HOME=str(scratch / "config"),
               PYTHONPATH=str(ROOT))
    return env


def sample(code: str, scratch: Path, *args: str) -> dict[str, float]:
    """Spawn one probe; milliseconds from spawn to each mark it printed, and CPU at the first frame."""
    spawned = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=_environment(scratch),
                            capture_output=True, text=True, timeout=300)
    marks = {}
    for line in result.stdout.splitlines():
        name, *values = line.split()
        if name in ("frame", "ready"):
            marks[name] = (float(values[0]) - spawned) * 1000
        if name == "frame":
            marks["cpu"] = float(values[1]) * 1000
    if result.returncode != 0 or "frame" not in marks:
        raise RuntimeError(f"probe failed ({result.returncode}):\n{result.stdout}\n{result.stderr[-3000:]}")
    return marks


def summarise(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p10": percentile(values, 0.1), "p90": percentile(values, 0.9),
            "min": min(values), "max": max(values)}


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7, help="rounds of bare/first/bare/second (default 7)")
    args = parser.parse_args()

    samples: dict[str, list[float]] = {"bare": [], "first": [], "first_ready": [], "second": [],
                                       "bare_cpu": [], "first_cpu": [], "second_cpu": []}
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        seeded = scratch / "seeded"
        sample(KIOSK, scratch, str(seeded))  # seeds the cache the second starts open; also warms the caches
        sample(BARE, scratch)

        def keep(kind: str, marks: dict[str, float]) -> None:
            samples[kind].append(marks["frame"])
            samples[f"{kind}_cpu"].append(marks["cpu"])

        for number in range(args.rounds):
            keep("bare", sample(BARE, scratch))
            fresh = scratch / f"fresh-{number}"
            first = sample(KIOSK, scratch, str(fresh))
            shutil.rmtree(fresh)
            keep("first", first)
            samples["first_ready"].append(first["ready"])
            keep("bare", sample(BARE, scratch))
            keep("second", sample(KIOSK, scratch, str(seeded)))
            print(f"round {number + 1}/{args.rounds}: bare {samples['bare'][-2]:.0f}/{samples['bare'][-1]:.0f}, "
                  f"first {first['frame']:.0f} (ready {first['ready']:.0f}), second {samples['second'][-1]:.0f} ms",
                  file=sys.stderr)

    floor = statistics.median(samples["bare"])
    rows = [("bare QML window (floor)", "bare", None),
            ("kiosk, second start (existing cache)", "second", "second"),
            ("kiosk, first start (fresh data dir)", "first", "first"),
            ("  first start: seeded cache ready", "first_ready", None)]
    print(f"\ntime from spawn to first frame, ms ({args.rounds} rounds, {len(samples['bare'])} bare samples)")
    print(f"{'':<40} {'median':>8} {'p10':>8} {'p90':>8} {'x floor':>8} {'target':>8}")
    report: dict[str, object] = {"rounds": args.rounds, "size": list(SIZE), "python": platform.python_version(),
                                 "cpus": os.cpu_count(), "samples_ms": samples}
    ratios = {}
    for label, key, target in rows:
        stats = summarise(samples[key])
        ratio = stats["median"] / floor
        ratios[key] = ratio
        goal = f"<={TARGETS[target]:.1f}x" if target else ""
        print(f"{label:<40} {stats['median']:>8.0f} {stats['p10']:>8.0f} {stats['p90']:>8.0f} "
              f"{ratio:>7.2f}x {goal:>8}")
        report[key] = stats
    cpu_floor = statistics.median(samples["bare_cpu"])
    print("\nCPU used by the process up to its first frame, ms (hardly moved by other load)")
    print(f"{'':<40} {'median':>8} {'p10':>8} {'p90':>8} {'x floor':>8}")
    for label, key in (("bare QML window (floor)", "bare_cpu"), ("kiosk, second start", "second_cpu"),
                       ("kiosk, first start", "first_cpu")):
        stats = summarise(samples[key])
        ratios[key] = stats["median"] / cpu_floor
        print(f"{label:<40} {stats['median']:>8.0f} {stats['p10']:>8.0f} {stats['p90']:>8.0f} "
              f"{ratios[key]:>7.2f}x")
        report[key] = stats
    report["ratio_to_floor"] = ratios
    report["targets"] = TARGETS
    write_results("startup", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
