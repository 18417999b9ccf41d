"""nginx as a pytest fixture (see tests/sync/nginx.py); load with ``pytest_plugins = ["tests.sync.nginx_fixtures"]``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.nginx import NginxServer, require_nginx, running_nginx


@pytest.fixture
def cdn(tmp_path: Path) -> Iterator[NginxServer]:
    """nginx serving a fresh, empty folder (``cdn.files_dir``) at ``/files/``, with gzip on."""
    require_nginx()
    files = tmp_path / "cdn-files"
    files.mkdir()
    with running_nginx(files) as server:
        yield server
