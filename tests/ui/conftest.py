"""UI tests load the real QML and drive it by objectName.

The keyboard's layout path must be in the environment before the QApplication
exists, so it is set here, at import time, before pytest-qt creates it.
"""

from ui import keyboard
from ui.app import prepare_environment

keyboard.configure_environment()
prepare_environment()

from tests.ui.fixtures import kiosk, kiosk_settings  # noqa: E402,F401  (fixtures)
