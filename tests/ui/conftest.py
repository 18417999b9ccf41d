"""UI tests load the real QML and drive it by objectName.

The keyboard's layout path must be in the environment before the QApplication
exists, so it is set here, at import time, before pytest-qt creates it.
"""

import os
from pathlib import Path

from ui import keyboard
from ui.app import prepare_environment

keyboard.configure_environment()
prepare_environment()
# Qt's offscreen screen is 800x800 unless told otherwise; a fullscreen kiosk in the
# tests should fill a portrait kiosk display, as it does in an airport.
if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
    screen = Path(__file__).with_name("offscreen-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

from tests.ui.fixtures import kiosk, kiosk_settings  # noqa: E402,F401  (fixtures)

# Warnings that come from inside Qt itself, not from our QML, ignored by exact text
# (pytest-qt matches these as regular expressions, anchored by ^ and $ here).
QT_INTERNAL_WARNINGS = [
    # Qt Multimedia probes for PipeWire when the virtual keyboard loads its key sounds;
    # kiosks and CI have no PipeWire, and the keyboard plays no sounds.
    r"^Couldn't load pipewire-0\.3 library$",
    r"^Couldn't resolve pipewire-0\.3 symbols$",
    # Qt Virtual Keyboard's own PopupList.qml redeclares contentWidth (Qt 6.11).
    r"^Member contentWidth of the object PopupList_QMLTYPE_\d+ overrides a member of the base object\. "
    r"Consider renaming it or adding final or override specifier$",
]


def pytest_collection_modifyitems(items):  # type: ignore[no-untyped-def]
    import pytest

    for item in items:
        item.add_marker(pytest.mark.qt_log_ignore(*QT_INTERNAL_WARNINGS))
