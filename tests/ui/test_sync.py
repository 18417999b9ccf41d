"""Sync as a traveller and a clerk see it: a calm freshness line, and the details in the staff menu.

The enrolled kiosk syncs with the real central service (uvicorn on 127.0.0.1) on a
thread of its own, while the screen keeps answering.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from kiosk.release import installed_release
from sync.agent.enrollment import enroll
from sync.agent.files import AgentPaths
from tests.sync.central.central_server import REPOSITORY, Central, enrollment_codes, put_keys, running_central
from tests.sync.central.test_releases import publish
from tests.ui.fixtures import make_settings
from tests.ui.kiosk_driver import KioskDriver


@pytest.fixture
def central(tmp_path: Path) -> Iterator[Central]:
    (tmp_path / "central").mkdir()
    with running_central(tmp_path / "central") as server:
        yield server


def test_a_standalone_kiosk_shows_no_sync_state_and_says_so_to_staff(kiosk, qtbot) -> None:  # type: ignore[no-untyped-def]
    driver: KioskDriver = kiosk(language="en")
    driver.tap("start_en")
    driver.wait_for_screen("home")
    assert not driver.visible("syncFreshness")  # never enrolled is not "offline"
    driver.open_staff_menu("1234")
    assert driver.visible("staffSyncHint")
    assert not driver.find("staffSyncButton").isEnabled()
    staff = driver.app.staff
    qtbot.waitUntil(lambda: staff.store is not None, timeout=10000)
    staff.refreshStatus()
    qtbot.waitUntil(lambda: any("not enrolled" in line for line in staff.status), timeout=10000)


def test_an_enrolled_kiosk_takes_the_published_release_in_the_background_and_says_when(  # type: ignore[no-untyped-def]
        kiosk, qtbot, central: Central, tmp_path: Path) -> None:
    put_keys(central)
    tree = tmp_path / "content"
    shutil.copytree(REPOSITORY / "content", tree)
    published = publish(central, tree)
    assert published.status_code == 201, published.text
    settings = make_settings(tmp_path / "kiosk")
    with requests.Session() as session:
        enroll(session, central.url, enrollment_codes(central)[0], AgentPaths(settings.data_dir))

    driver: KioskDriver = kiosk(settings=settings, language="ru")
    sync = driver.app.sync
    qtbot.waitUntil(lambda: sync.connected and sync.online, timeout=30000)
    assert threading.current_thread() is threading.main_thread()  # the GUI thread only waited
    store = driver.app.store
    assert store is not None
    assert driver.app.runner.call_in_lane("db", lambda: installed_release(store)) == published.json()["release"]

    driver.tap("start_ru")
    driver.wait_for_screen("home")
    assert driver.visible("syncFreshness")
    line = str(driver.find("syncFreshness").property("text"))
    assert line.startswith("Сведения обновлены: ") and line.endswith("На связи"), line

    driver.open_staff_menu("1234")
    assert not driver.visible("staffSyncHint")
    driver.tap("staffSyncButton")  # at once, on the sync thread
    qtbot.waitUntil(lambda: not sync.busy, timeout=30000)
    driver.app.staff.refreshStatus()
    qtbot.waitUntil(lambda: any(line.startswith("Установленный выпуск данных: ")
                                for line in driver.app.staff.status), timeout=10000)
    assert any(line.startswith("Центральный сервис: ") and "на связи" in line for line in driver.app.staff.status)
