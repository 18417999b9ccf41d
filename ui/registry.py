"""QML singletons that belong to one engine's kiosk, not to the process.

QML creates a singleton per engine by calling the type's static ``create``. Ours
look up the :class:`ui.app.KioskApp` that built the engine, so several kiosks
(one per test) can live in one process without sharing state.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtQml import QJSEngine, QQmlEngine
from shiboken6 import getCppPointer

QML_IMPORT_NAME = "Kiosk.Core"
QML_IMPORT_MAJOR_VERSION = 1

_apps: dict[int, Any] = {}


def _key(engine: QQmlEngine) -> int:
    return int(getCppPointer(engine)[0])


def register(engine: QQmlEngine, app: Any) -> None:
    _apps[_key(engine)] = app


def unregister(engine: QQmlEngine) -> None:
    _apps.pop(_key(engine), None)


def singleton(attribute: str) -> staticmethod[[QQmlEngine], Any]:
    """A ``create(engine)`` for ``@QmlSingleton`` that hands out ``app.<attribute>``."""

    def create(engine: QQmlEngine) -> Any:
        instance = getattr(_apps[_key(engine)], attribute)
        # The app owns these objects; QML must never garbage-collect them.
        QJSEngine.setObjectOwnership(instance, QJSEngine.ObjectOwnership.CppOwnership)
        return instance

    return staticmethod(create)
