from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sync.central.central_server import Central, running_central


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    # Plain HTTP on loopback: a Secure cookie would never be sent back (test_signin checks the default is Secure).
    with running_central(tmp_path, console_secure_cookies=False) as server:
        yield server
