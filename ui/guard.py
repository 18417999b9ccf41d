"""Keeps the public inside the kiosk: keyboard shortcuts do nothing.

A USB keyboard plugged into a kiosk must not be a way out (Alt+F4, Ctrl+Q,
Ctrl+W) or a way to reach system functions (function keys, Super). Plain typing
still reaches text fields; the on-screen keyboard uses input-method events,
which this filter never sees as key presses.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


@cache
def _blocked() -> tuple[Qt.KeyboardModifier, frozenset[Qt.Key]]:
    """The modifiers and keys that do nothing, made at the first key event rather than at start:
    PySide builds all of the Qt namespace's enums (some 50 ms) the first time it is touched."""
    from PySide6.QtCore import Qt

    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
    keys = {getattr(Qt.Key, f"Key_F{n}") for n in range(1, 36)} | {
        Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta, Qt.Key.Key_Menu,
        Qt.Key.Key_Escape, Qt.Key.Key_Close, Qt.Key.Key_Back, Qt.Key.Key_Launch0,
    }
    return modifiers, frozenset(keys)


class KioskGuard(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.blocked = 0  # how many key events were swallowed, for the staff status

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # PySide6 hands a key event over as the QKeyEvent it is (ShortcutOverride included).
        if isinstance(event, QKeyEvent) and event.type() in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease,
                                                              QEvent.Type.ShortcutOverride):
            blocked_modifiers, blocked_keys = _blocked()
            key = event.key()
            modifiers = event.modifiers() & blocked_modifiers
            shifted_only = not modifiers
            if not shifted_only or key in blocked_keys:
                self.blocked += 1
                return True
        if event.type() == QEvent.Type.Shortcut:
            self.blocked += 1
            return True
        return False
