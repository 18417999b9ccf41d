"""Bugs in the Qt binding that the kiosk depends on not having.

PySide6 6.12.0 on Python 3.11 over-releases the value ``Signal.emit()`` returns;
a kiosk emits signals all day, so the process aborted within minutes. This test
is why pyproject.toml pins below 6.12.
"""

import subprocess
import sys

PROGRAM = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Ticker(QObject):
    tick = Signal(int)
ticker = Ticker()
seen = []
ticker.tick.connect(seen.append)
for i in range(20000):
    ticker.tick.emit(i)
print(len(seen))
"""


def test_a_day_of_signals_does_not_crash_the_process() -> None:
    result = subprocess.run([sys.executable, "-c", PROGRAM], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "20000"
