"""Hand-made content trees: `good` is complete and correct; each other tree, copied
over it, introduces exactly one kind of problem."""

import shutil
from pathlib import Path

TREES = Path(__file__).resolve().parent / "trees"


def make_tree(destination: Path, *overlays: str) -> Path:
    for name in ("good", *overlays):
        shutil.copytree(TREES / name, destination, dirs_exist_ok=True)
    return destination
