"""Child process for test_kill.py: apply release after release to one cache until killed.

Usage: ``python apply_forever.py DATA_DIR AGENCIES_JSON``. Prints each release
number once it is applied. Registries are staged and swapped in from 200
agencies, so a kill lands in parsing, staging, the switch or the tidying after.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from kiosk.paths import DataPaths
from kiosk.release import apply_release, installed_release, registry
from kiosk.store import open_store
from tests.kiosk.release.builders import registry_release


def main() -> None:
    registry.STAGE_FROM = 200
    base = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
    store = open_store(DataPaths(Path(sys.argv[1])))
    while True:
        number = (installed_release(store) or 0) + 1
        apply_release(store, registry_release(base, number))
        print(number, flush=True)


if __name__ == "__main__":
    main()
