"""kiosk/ is the Qt-free core: importing all of it must not load PySide6."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import kiosk

ROOT = Path(__file__).resolve().parents[2]


def all_kiosk_modules() -> list[str]:
    return sorted(
        info.name for info in pkgutil.walk_packages(kiosk.__path__, prefix="kiosk.")
        if info.name != "kiosk.__main__"
    )


def test_there_are_kiosk_modules_to_check() -> None:
    modules = all_kiosk_modules()
    assert "kiosk.config" in modules
    assert "kiosk.store.database" in modules
    assert len(modules) > 10


def test_importing_every_kiosk_module_loads_no_qt() -> None:
    program = (
        "import importlib, sys\n"
        f"for name in {all_kiosk_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "", f"Qt modules loaded by kiosk/: {result.stdout}"
