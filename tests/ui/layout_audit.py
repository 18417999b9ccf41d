"""The layout audit: every screen, judged by rules, in every variant a traveller can choose.

A variant is an orientation (portrait 1080x1920, landscape 1920x1080), a text size
(1, 2, 3) and a contrast (normal, high): twelve per language; the staff screens
also at a laptop's 1366x768 (``kiosk staff``), eighteen. For each stop of
the tour (``ui/tour.py``) the audit walks the live QML tree and the rendered
pixels and reports, per visible item:

- ``elided``: a text is elided or truncated;
- ``overflow``: a text is wider or taller than its own box, or than the control or
  panel it sits in, or than the window;
- ``sliced-word``: a word is wider than its text box, so wrapping cuts it in two;
- ``overlap``: two visible texts, icons or controls overlap;
- ``unreachable``: an enabled control lies outside the window (or is cut by a
  clipping panel) with no scroll area that can bring it into view;
- ``no-scroll-sign``: a scroll area holds more than it shows and shows no scroll bar;
- ``disabled-looks-enabled``: a disabled control looks (nearly) the same as when enabled;
- ``contrast``: a text's colour against the pixels behind it is below 4.5:1
  (7:1 in high contrast); an icon's below 3:1 (4.5:1 in high contrast).

The same screen is re-laid out for each variant rather than rebuilt: a resize, a
text-size and a contrast change are exactly what a traveller does to a screen.

Run it as a program for one language (the test runs one process per language):

    python -m tests.ui.layout_audit --lang ky [--stop reader] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF
from PySide6.QtGui import QColor, QFontMetricsF, QGuiApplication, QImage
from PySide6.QtQml import QQmlEngine, QQmlExpression
from PySide6.QtQuick import QQuickItem, QQuickWindow

ORIENTATIONS = {"portrait": (1080, 1920), "landscape": (1920, 1080)}
#: Staff screens also run on a laptop at a mobile office (``kiosk staff``): audited at its screen too.
STAFF_SIZES = {"laptop": (1366, 768)}
TEXT_SIZES = (1, 2, 3)
CONTRASTS = ("normal", "high")
TEXT_CONTRAST = {"normal": 4.5, "high": 7.0}
ICON_CONTRAST = {"normal": 3.0, "high": 4.5}
# A fraction of a pixel is layout rounding, not a defect.
SLACK = 1.5
# Two items must share more than this many pixels each way to overlap.
OVERLAP_PX = 2.0
# Enabling a disabled control must change its lightness by at least this much on average (of 255 levels):
# a grey button turning blue with the same white words changes about 11, and looks no different to many.
DISABLED_LIGHTNESS_CHANGE = 16


@dataclass(frozen=True)
class Variant:
    orientation: str
    text_size: int
    contrast: str

    @property
    def size(self) -> tuple[int, int]:
        return ORIENTATIONS.get(self.orientation) or STAFF_SIZES[self.orientation]

    def __str__(self) -> str:
        return f"{self.orientation}/text{self.text_size}/{self.contrast}"


VARIANTS = tuple(Variant(o, t, c) for o in ORIENTATIONS for t in TEXT_SIZES for c in CONTRASTS)
STAFF_VARIANTS = tuple(Variant(o, t, c) for o in STAFF_SIZES for t in TEXT_SIZES for c in CONTRASTS)


def variants_for(stop: str) -> tuple[Variant, ...]:
    """Every stop in the kiosk's variants; a staff screen (its stop's name starts "staff") on a laptop's too."""
    return VARIANTS + STAFF_VARIANTS if stop.startswith("staff") else VARIANTS


@dataclass(frozen=True)
class Finding:
    stop: str
    variant: str
    rule: str
    item: str
    detail: str

    def __str__(self) -> str:
        return f"{self.stop} [{self.variant}] {self.rule}: {self.item}: {self.detail}"


# --- the tree --------------------------------------------------------------------------------------------


@dataclass
class Node:
    item: QQuickItem
    rect: QRectF  # the item's box in window coordinates
    clip: QRectF  # what of the window its clipping ancestors leave visible
    opacity: float  # effective opacity
    ancestors: tuple[int, ...]  # ids of the nodes above it
    flickables: tuple[QQuickItem, ...]  # scroll areas above it, nearest last
    children: list[Node] = field(default_factory=list)

    @property
    def key(self) -> int:
        return id(self.item)

    def is_a(self, qt_class: str) -> bool:
        return bool(self.item.inherits(qt_class))


def _scene_rect(item: QQuickItem) -> QRectF:
    return item.mapRectToScene(QRectF(0, 0, item.width(), item.height()))


def walk(window: QQuickWindow) -> list[Node]:
    """Every visible item with its window box, its visible part and its effective opacity, in paint order."""
    whole = QRectF(0, 0, window.width(), window.height())
    found: list[Node] = []

    def visit(item: QQuickItem, clip: QRectF, opacity: float, ancestors: tuple[int, ...],
              flickables: tuple[QQuickItem, ...]) -> None:
        for child in sorted(item.childItems(), key=lambda c: c.z()):
            if not child.isVisible() or child.opacity() <= 0.01:
                continue
            rect = _scene_rect(child)
            node = Node(child, rect, clip, opacity * child.opacity(), ancestors, flickables)
            found.append(node)
            inner_clip = clip.intersected(rect) if child.clip() else clip
            inner_flick = (*flickables, child) if child.inherits("QQuickFlickable") else flickables
            visit(child, inner_clip, node.opacity, (*ancestors, node.key), inner_flick)

    visit(window.contentItem(), whole, 1.0, (), ())
    return found


def _uncovered(nodes: list[Node]) -> list[Node]:
    """The nodes a person can see: when a modal layer (a popup, the idle warning) is up, only its own."""
    layers = [n for n in nodes if n.is_a("QQuickPopupItem") or n.item.objectName() == "idleOverlay"]
    if not layers:
        return nodes
    top = layers[-1]
    return [n for n in nodes if n is top or top.key in n.ancestors]


def _name(item: QQuickItem) -> str:
    name = item.objectName()
    text = item.property("text") if item.property("text") is not None else ""
    label = f"{text!s}"[:60].replace("\n", " ")
    kind = item.metaObject().className().split("_QML")[0]
    if item.property("name") and kind == "Icon":
        return f"Icon {item.property('name')!r}"
    return f"{kind} {name!r} {label!r}" if name else f"{kind} {label!r}"


# --- texts -------------------------------------------------------------------------------------------------

def painted_rect(node: Node) -> QRectF:
    """Where a Text's glyphs are, in window coordinates (its bounding rect follows its alignment).

    Proportional line spacing adds room below every line, the last one too; no
    glyph is drawn there, so it is not counted as the text's.
    """
    rect = node.item.mapRectToScene(node.item.boundingRect())
    return QRectF(rect.x(), rect.y(), rect.width(), max(0.0, rect.height() - _trailing_leading(node.item)))


def _trailing_leading(item: QQuickItem) -> float:
    extra = float(item.property("lineHeight") or 1.0) - 1
    return extra * QFontMetricsF(item.property("font")).height() if extra > 0 else 0.0


def qml_value(item: QQuickItem, expression: str) -> object:
    """A property PySide cannot convert (QML enums such as ``wrapMode``), read by QML itself."""
    context, probe = QQmlEngine.contextForObject(item), item
    while context is None and probe.parentItem() is not None:  # an item made by C++ has no context of its own
        probe = probe.parentItem()
        context = QQmlEngine.contextForObject(probe)
    if context is None:
        return None
    value, undefined = QQmlExpression(context, item, expression).evaluate()
    return None if undefined else value


def _plain(node: Node) -> str:
    """The words of a text, without the tags of styled text."""
    return re.sub(r"<[^>]+>", " ", str(node.item.property("text") or ""))


def _is_text(node: Node) -> bool:
    return node.is_a("QQuickText") and bool(str(node.item.property("text") or "").strip())


def _below_scroll_area(node: Node, by_key: dict[int, Node]) -> list[Node]:
    """The ancestors of ``node`` up to (not including) its nearest scroll area, nearest first."""
    found = []
    for key in reversed(node.ancestors):
        above = by_key.get(key)
        if above is None or above.is_a("QQuickFlickable") or above.is_a("QQuickStackView"):
            break
        found.append(above)
    return found


def _container(node: Node, by_key: dict[int, Node]) -> Node | None:
    """The nearest control or drawn panel that a text or control sits in, this side of any scroll area."""
    for above in _below_scroll_area(node, by_key):
        if above.is_a("QQuickControl") and not above.is_a("QQuickScrollBar"):
            return above
        if above.is_a("QQuickRectangle") and _drawn(above.item):
            return above
    return None


def frame(node: Node, by_key: dict[int, Node], window: QRectF) -> tuple[QRectF, str]:
    """Where an item must lie to be seen at all: its scroll area's whole extent, else its screen, else the window."""
    if node.flickables:
        flick = node.flickables[-1]
        origin = flick.property("contentItem").mapToScene(QPointF(0, 0))
        width = max(float(flick.property("contentWidth")), flick.width())
        height = max(float(flick.property("contentHeight")), flick.height())
        return QRectF(origin.x(), origin.y(), width, height), "its scroll area"
    for key in reversed(node.ancestors):
        above = by_key.get(key)
        if above is not None and above.is_a("QQuickStackView"):
            return above.rect.intersected(window), "the screen"
    return window, "the window"


def _drawn(rect_item: QQuickItem) -> bool:
    """A Rectangle a person sees as a box: a border, or a fill that is not fully transparent."""
    has_border = float(qml_value(rect_item, "border.width") or 0) > 0  # type: ignore[arg-type]
    colour = rect_item.property("color")
    return has_border or (isinstance(colour, QColor) and colour.alpha() > 0 and rect_item.width() < 4000)


def _inside(inner: QRectF, outer: QRectF) -> bool:
    return (inner.left() >= outer.left() - SLACK and inner.right() <= outer.right() + SLACK
            and inner.top() >= outer.top() - SLACK and inner.bottom() <= outer.bottom() + SLACK)


def check_texts(nodes: list[Node], by_key: dict[int, Node], window: QRectF) -> Iterator[tuple[str, Node, str]]:
    """Each text fits its box, its control or panel, and its scroll area or screen, and no word is cut."""
    for node in nodes:
        if not _is_text(node) or node.clip.isEmpty():
            continue
        item = node.item
        if item.property("truncated"):
            yield "elided", node, "the text is cut short (elided or past its line limit)"
            continue
        painted = painted_rect(node)
        if painted.width() > node.rect.width() + SLACK:
            yield "overflow", node, f"text is {painted.width():.0f} px wide in a {node.rect.width():.0f} px box"
            continue
        if painted.height() > node.rect.height() + SLACK:
            yield "overflow", node, f"text is {painted.height():.0f} px tall in a {node.rect.height():.0f} px box"
            continue
        box = _container(node, by_key)
        if box is not None and not _inside(painted, box.rect):
            yield "overflow", node, f"text {_fmt(painted)} runs out of {_name(box.item)} {_fmt(box.rect)}"
            continue
        bounds, what = frame(node, by_key, window)
        if not _inside(painted, bounds):
            yield "overflow", node, f"text {_fmt(painted)} runs out of {what} {_fmt(bounds)}"
            continue
        wrap = qml_value(item, "wrapMode + 0")
        if wrap in (3, 4):  # WrapAnywhere, Wrap: a word too long for the box is cut in two
            metrics = QFontMetricsF(item.property("font"))
            # A zero-width space is a place where a long word (a web address) may break.
            words = _plain(node).replace("\u200b", " ").split()
            widest = max(words, key=metrics.horizontalAdvance, default="")
            if widest and metrics.horizontalAdvance(widest) > node.rect.width() + SLACK:
                yield ("sliced-word", node,
                       f"the word {widest!r} is {metrics.horizontalAdvance(widest):.0f} px in a "
                       f"{node.rect.width():.0f} px box")


def _fmt(rect: QRectF) -> str:
    return f"({rect.x():.0f},{rect.y():.0f} {rect.width():.0f}x{rect.height():.0f})"


# --- controls ----------------------------------------------------------------------------------------------


def _is_control(node: Node) -> bool:
    return node.is_a("QQuickAbstractButton") or node.is_a("QQuickTextInput") or node.is_a("QQuickTextEdit")


def _is_icon(node: Node) -> bool:
    return node.is_a("QQuickImage") and str(node.item.property("source").toString()).startswith("image://icon/")


def check_overlaps(nodes: list[Node]) -> Iterator[tuple[str, Node, str]]:
    """Pairs of texts, icons and controls whose visible parts overlap, neither inside the other."""
    leaves = []
    for node in nodes:
        if _is_text(node):
            shown = painted_rect(node).intersected(node.clip)
        elif _is_control(node) or _is_icon(node):
            shown = node.rect.intersected(node.clip)
        else:
            continue
        if shown.width() > 0 and shown.height() > 0:
            leaves.append((shown, node))
    leaves.sort(key=lambda pair: pair[0].top())
    for i, (first, a) in enumerate(leaves):
        for second, b in leaves[i + 1:]:
            if second.top() >= first.bottom() - OVERLAP_PX:
                break
            if a.key in b.ancestors or b.key in a.ancestors:
                continue
            if _same_control(a, b):
                continue
            common = first.intersected(second)
            if common.width() > OVERLAP_PX and common.height() > OVERLAP_PX:
                yield "overlap", a, f"overlaps {_name(b.item)} by {common.width():.0f}x{common.height():.0f} px"


def _same_control(a: Node, b: Node) -> bool:
    """A text and an icon inside the same button are one control's parts, laid out by it."""
    def owner(node: Node) -> int | None:
        return next((k for k in reversed(node.ancestors) if k in _controls), None)

    return owner(a) is not None and owner(a) == owner(b)


_controls: set[int] = set()


def check_reachable(nodes: list[Node], by_key: dict[int, Node], window: QRectF) -> Iterator[tuple[str, Node, str]]:
    """Every enabled control is on its screen, or in a scroll area that can bring it into view."""
    for node in nodes:
        if not _is_control(node) or not node.item.isEnabled() or node.rect.isEmpty():
            continue
        if node.flickables:
            problem = _scroll_problem(node, by_key, window)
        else:
            bounds, what = frame(node, by_key, window)
            visible = _inside(node.rect, node.clip) and _inside(node.rect, bounds)
            problem = "" if visible else f"{_fmt(node.rect)} lies outside {what} {_fmt(bounds)} and nothing scrolls"
        if problem:
            yield "unreachable", node, problem


def _scroll_problem(node: Node, by_key: dict[int, Node], window: QRectF) -> str:
    """Why its scroll area cannot bring the control fully into view, or "" if it can."""
    flick = node.flickables[-1]
    view = _scene_rect(flick)
    flick_node = by_key.get(id(flick))
    screen = frame(flick_node, by_key, window)[0] if flick_node is not None else window
    if not _inside(view, screen):
        return f"its scroll area {_fmt(view)} itself runs out of the screen {_fmt(screen)}"
    if _inside(node.rect, node.clip):
        return ""  # in full view now
    content = flick.property("contentItem")
    top_left = node.item.mapToItem(content, QPointF(0, 0))
    height = max(float(flick.property("contentHeight")), flick.height())
    width = max(float(flick.property("contentWidth")), flick.width())
    fits_down = -SLACK <= top_left.y() and top_left.y() + node.item.height() <= height + SLACK
    fits_across = -SLACK <= top_left.x() and top_left.x() + node.item.width() <= width + SLACK
    if not (fits_down and fits_across):
        return f"it lies outside what its scroll area can show ({width:.0f}x{height:.0f})"
    if node.item.height() > flick.height() + SLACK or node.item.width() > flick.width() + SLACK:
        return f"it is bigger ({node.item.width():.0f}x{node.item.height():.0f}) than its scroll area's view"
    if not flick.property("interactive"):
        return "its scroll area cannot be scrolled"
    return ""


def check_scroll_signs(nodes: list[Node]) -> Iterator[tuple[str, Node, str]]:
    """A scroll area that holds more than it shows must say so with a visible scroll bar."""
    for node in nodes:
        if not node.is_a("QQuickFlickable") or node.is_a("QQuickTextEdit"):
            continue
        flick = node.item
        hidden = float(flick.property("contentHeight")) - flick.height()
        if hidden <= 4 or not flick.property("interactive"):
            continue
        bars = [n for n in nodes if n.is_a("QQuickScrollBar") and node.key in n.ancestors and n.opacity > 0.3
                and n.rect.height() > 0]
        if not bars:
            yield "no-scroll-sign", node, f"{hidden:.0f} px of it are out of view and no scroll bar shows"


# --- pixels ------------------------------------------------------------------------------------------------


def to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    return Image.frombuffer("RGB", (image.width(), image.height()), bytes(image.constBits()), "raw", "RGB",
                            image.bytesPerLine(), 1)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: tuple[int, int, int], second: tuple[int, int, int]) -> float:
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _background(picture: Image.Image, rect: QRectF) -> tuple[int, int, int] | None:
    box = (max(0, int(rect.left())), max(0, int(rect.top())),
           min(picture.width, int(rect.right() + 0.999)), min(picture.height, int(rect.bottom() + 0.999)))
    if box[2] - box[0] < 1 or box[3] - box[1] < 1:
        return None
    colours = picture.crop(box).getcolors(maxcolors=(box[2] - box[0]) * (box[3] - box[1]))
    if not colours:
        return None
    return max(colours)[1]  # type: ignore[no-any-return]


def _blend(colour: QColor, alpha: float, under: tuple[int, int, int]) -> tuple[int, int, int]:
    a = alpha * colour.alphaF()
    return (round(colour.red() * a + under[0] * (1 - a)), round(colour.green() * a + under[1] * (1 - a)),
            round(colour.blue() * a + under[2] * (1 - a)))


def check_contrast(nodes: list[Node], picture: Image.Image, contrast: str) -> Iterator[tuple[str, Node, str]]:
    for node in nodes:
        if node.clip.isEmpty() or not node.item.isEnabled():
            continue  # a disabled control is exempt (WCAG 1.4.3); it must look disabled instead
        if _is_text(node):
            shown, colour, floor = painted_rect(node).intersected(node.clip), node.item.property("color"), \
                TEXT_CONTRAST[contrast]
        elif _is_icon(node) and isinstance(node.item.property("color"), QColor):
            shown, colour, floor = node.rect.intersected(node.clip), node.item.property("color"), \
                ICON_CONTRAST[contrast]
        else:
            continue
        if shown.width() < 2 or shown.height() < 2 or not isinstance(colour, QColor):
            continue
        behind = _background(picture, shown)
        if behind is None:
            continue
        ink = _blend(colour, node.opacity, behind)
        ratio = contrast_ratio(ink, behind)
        if ratio < floor:
            yield ("contrast", node,
                   f"{colour.name()} at opacity {node.opacity:.2f} on {QColor(*behind).name()} is {ratio:.2f}:1, "
                   f"below {floor}:1")


def _switch_root(item: QQuickItem) -> QQuickItem:
    """The highest disabled item above (or at) ``item``: enabling it enables the control."""
    top = item
    parent = item.parentItem()
    while parent is not None and not parent.isEnabled():
        top, parent = parent, parent.parentItem()
    return top


def check_disabled_look(window: QQuickWindow, nodes: list[Node], before: Image.Image
                        ) -> Iterator[tuple[str, Node, str]]:
    """Enable each disabled control for a moment: it must look different from how it looked disabled."""
    disabled = [n for n in nodes if n.is_a("QQuickAbstractButton") and not n.item.isEnabled()
                and not n.clip.intersected(n.rect).isEmpty() and n.opacity > 0.3]
    if not disabled:
        return
    switched = {id(root): root for root in (_switch_root(n.item) for n in disabled)}
    for root in switched.values():
        root.setEnabled(True)
    try:
        after = to_pil(grab(window))
    finally:
        for root in switched.values():
            root.setEnabled(False)
    for node in disabled:
        shown = node.rect.intersected(node.clip)
        box = (max(0, int(shown.left())), max(0, int(shown.top())), min(before.width, int(shown.right())),
               min(before.height, int(shown.bottom())))
        if box[2] - box[0] < 4 or box[3] - box[1] < 4:
            continue
        difference = ImageChops.difference(before.crop(box).convert("L"), after.crop(box).convert("L"))
        histogram = difference.histogram()
        change = sum(level * count for level, count in enumerate(histogram)) / max(1, sum(histogram))
        if change < DISABLED_LIGHTNESS_CHANGE:
            yield ("disabled-looks-enabled", node,
                   f"enabling it changes its lightness by {change:.1f} on average (at least "
                   f"{DISABLED_LIGHTNESS_CHANGE})")


def grab(window: QQuickWindow) -> QImage:
    QGuiApplication.processEvents()
    return window.grabWindow()


# --- one screen, one variant ---------------------------------------------------------------------------------


def audit_screen(window: QQuickWindow, contrast: str) -> list[tuple[str, str, str]]:
    """The findings on what the window shows now: (rule, item, detail)."""
    whole = QRectF(0, 0, window.width(), window.height())
    nodes = _uncovered(walk(window))
    by_key = {n.key: n for n in nodes}
    _controls.clear()
    _controls.update(n.key for n in nodes if n.is_a("QQuickAbstractButton"))
    picture = to_pil(grab(window))
    found = [*check_texts(nodes, by_key, whole), *check_overlaps(nodes), *check_reachable(nodes, by_key, whole),
             *check_scroll_signs(nodes), *check_contrast(nodes, picture, contrast),
             *check_disabled_look(window, nodes, picture)]
    return [(rule, _name(node.item), detail) for rule, node, detail in found]


# --- a whole language ----------------------------------------------------------------------------------------


def stop_options() -> dict[str, list[tuple[str, dict[str, str]]]]:
    """Each stop of the tour with the states the audit shows it in (a label and the tour options)."""
    from ui.tour import STOPS

    states: dict[str, list[tuple[str, dict[str, str]]]] = {name: [("", {})] for name in STOPS}
    states["agency-verdict"] = [
        ("licensed", {"agency": "sample-000311"}),
        ("not-licensed", {"agency": "sample-000012"}),
        ("not-for-country", {"agency": "sample-000311", "country": "GB"}),
        ("not-found", {"query": "Golden Visa Star"}),
    ]
    states["agency"] = [("typed", {"query": "qoxzom"})]
    states["search"] = [("typed", {"query": "pasport"}), ("nothing", {"query": "zzqx"})]
    states["reader"] = [("", {})]
    states["agency-report"] = [("", {"agency": "sample-000012"})]
    states["agency-report-agency"] = [("", {"agency": "sample-000012"})]
    states["agency-report-contact"] = [("", {"agency": "sample-000012"})]
    return states


def run_language(language: str, only: list[str] | None, moment: str) -> tuple[list[Finding], dict[str, float]]:
    from kiosk import config
    from kiosk.clock import PinnedClock, parse_moment
    from ui import tour
    from ui.app import KioskApp, prepare_environment

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    prepare_environment()
    app = QGuiApplication.instance() or QGuiApplication(["layout-audit"])
    findings: list[Finding] = []
    timing: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="layout-audit-") as scratch:
        environ = {"XDG_CONFIG_HOME": str(Path(scratch) / "config"), "KIOSK_IDLE_TIMEOUT_SECONDS": "3600",
                   "KIOSK_PRINTER_SERVER": str(Path(scratch) / "no-cups.sock")}
        settings = config.load(None, environ=environ, data_dir=Path(scratch) / "data")
        kiosk = KioskApp(settings, language=language, clock=PinnedClock(parse_moment(moment)))
        try:
            window = kiosk.load(windowed=True, size=ORIENTATIONS["portrait"])
            tour.wait_for(lambda: kiosk.store is not None or bool(kiosk.store_error), 60000)
            for name, states in stop_options().items():
                if only and name not in only:
                    continue
                for label, options in states:
                    started = time.perf_counter()
                    title = f"{name}:{label}" if label else name
                    kiosk.health.saved()  # a stop that showed a kiosk unable to save must not leak into the next
                    tour.leave_staff_mode(kiosk)  # a wipe never ends staff mode: the public screens stay locked
                    kiosk.session.wipe()
                    # Popped screens are deleted later, and processEvents() alone never does it.
                    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
                    kiosk.session.setLanguage(language)
                    window.resize(*ORIENTATIONS["portrait"])
                    tour.settle(50)
                    tour.STOPS[name].navigate(kiosk, window, options)
                    tour.settle(400)
                    for variant in variants_for(name):
                        window.resize(*variant.size)
                        kiosk.session.setTextSize(variant.text_size)
                        kiosk.session.setHighContrast(variant.contrast == "high")
                        tour.settle(40)
                        for rule, item, detail in audit_screen(window, variant.contrast):
                            findings.append(Finding(title, str(variant), rule, item, detail))
                    timing[title] = time.perf_counter() - started
        finally:
            kiosk.close()
    del app
    return findings, timing


def summarise(findings: list[Finding]) -> list[str]:
    """One line per defect (a stop, a rule, an item), with the variants it shows in and the first detail."""
    grouped: dict[tuple[str, str, str], list[Finding]] = {}
    for finding in findings:
        grouped.setdefault((finding.stop, finding.rule, finding.item), []).append(finding)
    lines = []
    for (stop, rule, item), group in grouped.items():
        variants = sorted({f.variant for f in group})
        shown = ", ".join(variants) if len(variants) < len(variants_for(stop)) else "every variant"
        lines.append(f"{stop}: {rule}: {item}: {group[0].detail} [{shown}]")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Audit every screen's layout in one language.")
    parser.add_argument("--lang", required=True)
    parser.add_argument("--stop", action="append", help="only this tour stop (repeatable)")
    parser.add_argument("--now", default="2026-12-07T09:15", help="the kiosk's pinned clock")
    parser.add_argument("--json", type=Path, help="write the findings and timings here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    findings, timing = run_language(args.lang, args.stop, args.now)
    seconds = time.perf_counter() - started
    for line in summarise(findings):
        print(line)
    print(f"{args.lang}: {len(findings)} findings, {len(timing)} screens x {len(VARIANTS)} variants "
          f"in {seconds:.1f} s", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"language": args.lang, "seconds": seconds, "timing": timing,
                                         "findings": [asdict(f) for f in findings]}, ensure_ascii=False,
                                        indent=1), encoding="utf-8")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
