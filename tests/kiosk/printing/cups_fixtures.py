"""The private CUPS scheduler as pytest fixtures (see tests/kiosk/printing/cups_server.py).

A test module loads them with ``pytest_plugins = ["tests.kiosk.printing.cups_fixtures"]``. They live apart from
``cups_server.py`` so that module can be imported like any other (pytest must load a plugin module itself).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.kiosk.printing.cups_server import CupsServer, require_cups, running_cups_server


@pytest.fixture(scope="session")
def cups_server() -> Iterator[CupsServer]:
    """A private cupsd for the whole test session; each test makes its own queues on it."""
    require_cups()
    with running_cups_server() as server:
        yield server


@pytest.fixture
def pdf_queue(cups_server: CupsServer) -> str:
    """A fresh, enabled cups-pdf queue on ``cups_server``."""
    return cups_server.add_pdf_queue()


@pytest.fixture
def own_cups_server() -> Iterator[CupsServer]:
    """A private cupsd of the test's own, for a test that stops or breaks the scheduler itself."""
    require_cups()
    with running_cups_server() as server:
        yield server
