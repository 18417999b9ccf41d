"""Line icons in any colour: ``image://icon/<name>/<rrggbb>`` for QML's Image.

The icons are drawn white in ``qml/Kiosk/Components/icons``. A white icon
vanishes on the yellow buttons of high contrast, so every icon is drawn in the
colour of the text beside it. Qt's colour effects need shaders, which the
software scene graph of a kiosk without a GPU does not run; recolouring the SVG
before it is rasterised works on every back end.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtQuick import QQuickImageProvider
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent / "qml" / "Kiosk" / "Components" / "icons"
PROVIDER_ID = "icon"
# The one colour the icon files are drawn in.
DRAWN_IN = "#ffffff"


@cache
def _svg(name: str) -> str | None:
    path = ICON_DIR / f"{name}.svg"
    if not name.isidentifier() or not path.is_file():
        return None
    return path.read_text(encoding="utf-8")


class IconProvider(QQuickImageProvider):
    def __init__(self) -> None:
        super().__init__(QQuickImageProvider.ImageType.Image)

    def requestImage(self, id: str, size: QSize, requested: QSize) -> QImage:  # Qt names these
        name, _, colour = id.partition("/")
        side = max(requested.width(), requested.height(), 1) if requested.isValid() else 48
        # Transparent from a zeroed buffer, not fill(): resolving fill()'s overloads makes
        # PySide build its whole Qt enum namespace (some 50 ms), and the first frame draws icons.
        image = QImage(bytes(side * side * 4), side, side, QImage.Format.Format_ARGB32_Premultiplied).copy()
        source, ink = _svg(name), QColor("#" + colour if colour else DRAWN_IN)
        if source is not None and ink.isValid():
            renderer = QSvgRenderer(QByteArray(source.replace(DRAWN_IN, ink.name()).encode()))
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
        size.setWidth(side)
        size.setHeight(side)
        return image
