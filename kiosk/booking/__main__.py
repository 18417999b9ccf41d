"""``python -m kiosk.booking [DIR]``: check a booking catalogue folder (default: the bundled one).

Prints every problem as ``file:line: severity: message`` and a summary; exits 1
on any error. (Until ``kiosk content check`` covers ``content/booking`` too.)
"""

from __future__ import annotations

import sys
from pathlib import Path

from kiosk.booking.authoring import check_catalogue
from kiosk.paths import BUNDLED_CONTENT_DIR


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 1 or (args and args[0] in ("-h", "--help")):
        print(__doc__.split("\n")[0].replace("``", ""))
        return 0 if args and args[0] in ("-h", "--help") else 2
    folder = Path(args[0]) if args else BUNDLED_CONTENT_DIR / "booking"
    report = check_catalogue(folder)
    for problem in report.problems:
        print(problem)
    print(report.summary())
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
