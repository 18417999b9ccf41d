"""``kiosk-admin publish`` and ``kiosk-admin registry import``: send files, say what changed.

The centre judges the files with the kiosk's own parsers; this side only packs, sends and reports,
so a bad row is reported here exactly as ``kiosk agencies import`` reports it on a kiosk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from sync.central.admin.client import AdminClient
from sync.central.admin.content_tree import pack_content_tree
from sync.central.admin.errors import Refused, UsageProblem

#: How many keys of each kind of change are listed per dataset before "and N more".
LISTED_KEYS = 10


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def report_changes(answer: dict[str, Any], dry_run: bool, out: TextIO) -> None:
    """Per dataset: how many records were added, changed and removed, and which."""
    datasets = answer.get("datasets")
    if isinstance(datasets, dict):
        for name, change in sorted(datasets.items()):
            if not isinstance(change, dict):
                continue
            counts = {kind: int(change.get(kind) or 0) for kind in ("added", "changed", "removed")}
            if not any(counts.values()):
                print(f"{name}: unchanged", file=out)
                continue
            print(f"{name}: " + ", ".join(f"{count} {kind}" for kind, count in counts.items() if count), file=out)
            for kind, count in counts.items():
                keys = change.get(f"{kind}_keys")
                if not count or not isinstance(keys, list):
                    continue
                shown = ", ".join(str(key) for key in keys[:LISTED_KEYS])
                more = f" and {count - LISTED_KEYS} more" if count > LISTED_KEYS else ""
                print(f"  {kind}: {shown}{more}", file=out)
    release = answer.get("release")
    if dry_run:
        print("dry run: nothing was published", file=out)
    elif isinstance(release, int):
        expires = answer.get("expires")
        print(f"published release {release}" + (f" (valid until {expires})" if expires else ""), file=out)


def publish(client: AdminClient, folder: Path, dry_run: bool, out: TextIO) -> int:
    """``publish DIR [--dry-run]``: 0 when the release is published (or would be)."""
    tree = pack_content_tree(folder)
    for name in tree.skipped:
        print(f"skipped {name}: not a plain file or folder", file=out)
    print(f"sending {_plural(tree.files, 'file')} ({tree.unpacked_bytes // 1024} KiB, "
          f"{len(tree.data) // 1024} KiB packed) from {folder}", file=out)
    try:
        answer = client.publish(tree.data, dry_run)
    except Refused as refused:
        if _print_problems(refused, out):
            print(f"{folder}: nothing was published", file=out)
            return 1
        raise
    report_changes(answer, dry_run, out)
    return 0


def _problem_line(problem: Any) -> str:
    """One problem the centre found, as the kiosk's own commands word it."""
    if not isinstance(problem, dict):
        return str(problem)
    reason = problem.get("message") or problem.get("reason") or "is not valid"
    line = problem.get("line")
    if "column" in problem:
        # A registry row, worded as kiosk/agencies/importer.py's RowProblem: 'row 3, column "name": is empty'.
        where = problem.get("where") or (f"row {line}" if line else "file")
        column = problem.get("column")
        return f'{where}, column "{column}": {reason}' if column else f"{where}: {reason}"
    place = problem.get("file") or "the tree"
    return f"{place}:{line}: {reason}" if line else f"{place}: {reason}"


def _print_problems(refused: Refused, out: TextIO) -> int:
    """Print the problems a refusal lists, one a line; how many it listed."""
    problems = refused.details.get("problems")
    if not isinstance(problems, list):
        return 0
    for problem in problems:
        print(_problem_line(problem), file=out)
    return len(problems)


def import_registry(client: AdminClient, path: Path, dry_run: bool, out: TextIO,
                    allow_removals: bool = False) -> int:
    """``registry import FILE [--dry-run] [--allow-removals]``: 0 when the registry is published (or would be)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise UsageProblem(f"cannot read {path}: {error.strerror or error}") from error
    try:
        answer = client.import_registry(data, dry_run, allow_removals)
    except Refused as refused:
        count = _print_problems(refused, out)
        if count:
            print(f"{path}: {count} problem{'s' if count != 1 else ''}; nothing was imported", file=out)
            return 1
        raise
    for column in answer.get("ignored_columns") or []:
        print(f'ignored column: "{column}"', file=out)
    report_changes(answer, dry_run, out)
    return 0
