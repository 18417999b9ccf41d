"""Drives a real kiosk window the way a finger would: find by objectName, tap the centre."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtQuick import QQuickItem, QQuickWindow
from PySide6.QtTest import QTest

from ui.app import KioskApp


class KioskDriver:
    def __init__(self, app: KioskApp, window: QQuickWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
        self.app = app
        self.window = window
        self.qtbot = qtbot

    def all_items(self, root: QQuickItem | None = None) -> Iterator[QQuickItem]:
        """The visual tree, popups included (findChild misses Repeater delegates)."""
        root = root or self.window.contentItem()
        for child in root.childItems():
            yield child
            yield from self.all_items(child)

    def lookup(self, name: str) -> QQuickItem | None:
        return next((item for item in self.all_items() if item.objectName() == name), None)

    def find(self, name: str) -> QQuickItem:
        item = self.lookup(name)
        assert item is not None, f"no item named {name!r} on screen {self.screen!r}"
        return item

    def visible_items(self, root: QQuickItem | None = None) -> Iterator[QQuickItem]:
        root = root or self.window.contentItem()
        for child in root.childItems():
            if child.isVisible() and child.opacity() > 0:
                yield child
                yield from self.visible_items(child)

    def visible(self, name: str) -> bool:
        item = self.lookup(name)
        if item is None:
            return False
        while item is not None:
            if not item.isVisible():
                return False
            item = item.parentItem()
        return True

    @property
    def screen(self) -> str:
        return str(self.window.property("currentScreenName"))

    def centre(self, item: QQuickItem) -> QPoint:
        point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return point.toPoint()

    def scroll_into_view(self, item: QQuickItem) -> None:
        """Scroll any Flickable around ``item`` so that a finger could reach it."""
        parent = item.parentItem()
        while parent is not None:
            if parent.inherits("QQuickFlickable"):
                content = parent.property("contentItem")
                top = item.mapToItem(content, QPointF(0, 0)).y()
                height, view = item.height(), parent.height()
                current = float(parent.property("contentY"))
                if top < current or top + height > current + view:
                    limit = max(0.0, float(parent.property("contentHeight")) - view)
                    parent.setProperty("contentY", min(max(0.0, top - view / 3), limit))
                    QGuiApplication.processEvents()
            parent = parent.parentItem()

    def settled(self, name: str) -> QQuickItem:
        """The item called ``name`` once layouts have caught up: a fresh list is laid out a frame
        later, and a model reset replaces its delegates, so look the item up again each time."""
        last = None
        for _ in range(50):
            self.qtbot.wait(10)
            item = self.find(name)
            point = self.centre(item)
            if point == last:
                return item
            last = point
        return self.find(name)

    def tap(self, name: str) -> None:
        item = self.settled(name)
        assert self.visible(name), f"{name!r} is not visible"
        assert item.isEnabled(), f"{name!r} is disabled"
        self.scroll_into_view(item)
        item = self.settled(name)
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         self.centre(item))
        QGuiApplication.processEvents()

    def tap_at(self, point: QPoint) -> None:
        QTest.mouseClick(self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)

    def texts(self) -> list[str]:
        """Every string a person can see right now."""
        found = []
        for item in self.visible_items():
            if item.inherits("QQuickText") and item.property("text"):
                found.append(str(item.property("text")))
        return found

    def type_text(self, text: str) -> None:
        """Type as a hardware keyboard would, into whatever has focus."""
        for char in text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QGuiApplication.sendEvent(self.window, event)

    def wait_for_screen(self, name: str) -> None:
        self.qtbot.waitUntil(lambda: self.screen == name, timeout=5000)

    def enter_pin(self, pin: str) -> None:
        for digit in pin:
            self.tap(f"pinDigit_{digit}")
        self.tap("pinSubmit")

    def open_staff_pad(self) -> None:
        """The staff corner's five taps: the device's PIN pad, on a kiosk with no staff accounts."""
        for _ in range(5):
            self.tap("staffCorner")
        self.wait_for_screen("staffPin")

    def enter_staff_desk(self, pin: str) -> None:
        """The staff corner and the device's PIN: staff mode opens on the staff desk."""
        # With no cache open yet the device PIN opens only the staff menu (ui/staffmode/signin.py).
        self.qtbot.waitUntil(lambda: self.app.store is not None, timeout=30000)
        self.open_staff_pad()
        self.enter_pin(pin)
        self.qtbot.waitUntil(lambda: self.screen == "staffDesk", timeout=15000)

    def open_staff_menu(self, pin: str) -> None:
        """Through the staff desk to the device's staff menu (the device's PIN signs in as a supervisor)."""
        self.enter_staff_desk(pin)
        self.tap("deskMenuButton")
        self.wait_for_screen("staffMenu")


def object_named(window: QQuickWindow, name: str) -> QObject:
    found = window.findChild(QObject, name)
    assert found is not None, name
    return found
