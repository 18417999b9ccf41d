"""kill -9 while releases are applied: the cache always opens whole, at the old release or the new.

A child process applies release after release (whole registries staged and
swapped in, and deltas) and is killed at random moments. After each kill the
cache is opened as a kiosk would: it must pass SQLite's integrity and foreign
key checks, and hold exactly the registry (agencies and every lookup index
table) of the release it says is installed. Rounds: ``KIOSK_FAULT_ROUNDS``
(default 20).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from kiosk.paths import DataPaths
from kiosk.release import discard_unfinished, installed_release
from kiosk.release.staging import leftovers
from kiosk.store import open_store
from tests.kiosk.release.builders import expected_registry, sample_agencies, stored_registry

CHILD = Path(__file__).with_name("apply_forever.py")
ROUNDS = int(os.environ.get("KIOSK_FAULT_ROUNDS", "20"))


def test_a_kill_at_any_moment_leaves_the_old_release_or_the_new_one_whole(tmp_path: Path) -> None:
    base = sample_agencies(1000, 21, tmp_path)
    base_file = tmp_path / "agencies.json"
    base_file.write_text(json.dumps(base), encoding="utf-8")
    data = tmp_path / "data"
    expected: dict[int, dict[str, Any]] = {}
    rng = random.Random(2027)
    installed_seen: list[int | None] = []
    leftovers_found = 0
    for _ in range(ROUNDS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(data), str(base_file)],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 2.5))
        if child.poll() is not None:
            raise AssertionError(f"the child stopped by itself: {child.stderr.read().decode() if child.stderr else ''}")
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        if child.stderr:
            child.stderr.close()

        store = open_store(DataPaths(data))
        try:
            assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
            number = installed_release(store)
            installed_seen.append(number)
            if number is not None:
                if number not in expected:
                    expected[number] = {**expected_registry(base, number), "search_rows_match_names": True}
                assert stored_registry(store.db.conn) == expected[number], f"release {number} is not whole"
            else:
                assert store.db.execute("SELECT count(*) FROM agencies").fetchone()[0] == 0
            leftovers_found += bool(leftovers(store.db.conn))
            discard_unfinished(store)
            assert leftovers(store.db.conn) == []
        finally:
            store.close()
    print(f"{ROUNDS} kills; releases installed after each: {installed_seen}; "
          f"{leftovers_found} left staging or old tables behind")
    assert installed_seen[-1] is not None and installed_seen[-1] >= 2, "the child never got far enough to judge"
