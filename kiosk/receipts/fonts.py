"""The typeface every receipt is set in: Noto Sans, embedded (subset) in the PDF.

Noto Sans has every letter of the six languages (ʻ ʼ ў қ ғ ҳ ң ө ү ӣ ӯ ҷ), so a
receipt never prints a box in place of a letter, whatever printer or viewer
reads it. Debian ships it in fonts-noto-core (packaging/debian-packages.txt).
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NOTO_DIR = Path("/usr/share/fonts/truetype/noto")
REGULAR = "KioskSans"
BOLD = "KioskSans-Bold"
_FILES = {REGULAR: "NotoSans-Regular.ttf", BOLD: "NotoSans-Bold.ttf"}
_lock = threading.Lock()
_registered: dict[str, TTFont] = {}


class FontMissing(RuntimeError):
    """The receipt font is not installed, so no receipt can be made."""


def register_fonts(directory: Path | None = None) -> tuple[str, str]:
    """Register the regular and bold faces (from ``directory``, default NOTO_DIR) once; return their names."""
    with _lock:  # receipts are rendered on a worker thread; the UI may also start a test print
        if not _registered:
            faces = {}
            for name, filename in _FILES.items():
                path = (directory or NOTO_DIR) / filename
                if not path.is_file():
                    raise FontMissing(f"the receipt font {path} is not installed; install it with "
                                      "`apt-get install fonts-noto-core` (or `bash packaging/setup.sh run`)")
                faces[name] = TTFont(name, str(path))
            for face in faces.values():
                pdfmetrics.registerFont(face)
            _registered.update(faces)
    return REGULAR, BOLD


def missing_glyphs(text: str, face: str = REGULAR) -> set[str]:
    """The characters of ``text`` (other than spaces and controls) that ``face`` has no glyph for."""
    register_fonts()
    covered = _registered[face].face.charToGlyph
    return {char for char in text if not char.isspace() and char.isprintable() and ord(char) not in covered}
