from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.central.central_server import REPOSITORY, Central, running_central


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    with running_central(tmp_path) as server:
        yield server


@pytest.fixture
def content_tree(tmp_path: Path) -> Path:
    """A copy of the repository's own content tree, free to edit."""
    tree = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", tree)
    return tree
