"""The composition root: builds one kiosk (controllers, engine, window) from a Config."""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.bootstrap import open_local_cache
from kiosk.config import Config
from kiosk.receipts.device_key import DeviceKey, DeviceKeyError, load_or_create_device_key
from kiosk.store import Store
from ui import keyboard, registry
from ui.agencies import AgencyController
from ui.booking import BookingController
from ui.guard import KioskGuard
from ui.i18n import Translations
from ui.idle import IdleWatcher
from ui.printer import ReceiptPrinter
from ui.rights import RightsController
from ui.session import Session
from ui.speech import SpeechController
from ui.staff import StaffController
from ui.tasks import TaskRunner

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"
MAIN_QML = QML_DIR / "Kiosk" / "Shell" / "Main.qml"


class WindowLoadError(RuntimeError):
    """The QML shell failed to load: a bug in the QML, reported with Qt's messages."""


def prepare_environment() -> None:
    """Settings Qt reads once, before the QGuiApplication exists."""
    keyboard.configure_environment()
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")


class KioskApp:
    """One kiosk: its controllers, its QML engine and its window."""

    def __init__(self, settings: Config, *, language: str | None = None, second_ms: int = 1000,
                 record_speech_to: Path | None = None, open_store: bool = True,
                 today: Callable[[], date] = date.today, now: Callable[[], datetime] = datetime.now) -> None:
        app = QGuiApplication.instance()
        if app is None:
            raise RuntimeError("create the QGuiApplication (after prepare_environment()) first")
        self.settings = settings
        self.runner = TaskRunner()
        self.engine = QQmlApplicationEngine()
        self.engine.addImportPath(str(QML_DIR))
        registry.register(self.engine, self)
        self.translations = Translations()
        self.session = Session(settings, self.translations, self.engine.retranslate)
        self.idle = IdleWatcher(settings.idle_timeout_seconds, settings.idle_countdown_seconds, second_ms)
        self.staff = StaffController(settings, self.runner, second_ms=second_ms)
        self.speech = SpeechController(self.runner, settings.speech_enabled, self.session.language,
                                       rate=settings.speech_rate, record_to=record_speech_to)
        self.rights = RightsController(self.runner, self.session, self.speech, lambda: self.store,
                                       public_url=settings.content_public_url, content_dir=settings.content_dir)
        self.agencies = AgencyController(self.runner, self.session, lambda: self.store,
                                         max_age_days=settings.agencies_max_age_days, today=today)
        self.device_key: DeviceKey | None = None
        self.printer = ReceiptPrinter(self.runner, self.session, lambda: self.store, settings,
                                      lambda: self.device_key)
        self.booking = BookingController(self.runner, self.session, self.speech, lambda: self.store, settings,
                                         self.printer, lambda: self.device_key, now=now)
        self.guard = KioskGuard()
        self.store: Store | None = None
        self.store_error = ""

        self.session.languageChanged.connect(lambda: self.speech.set_language(self.session.language))
        self.session.register_wipeable(self.speech)
        self.session.register_wipeable(self.staff)
        self.session.register_wipeable(self.rights)
        self.session.register_wipeable(self.agencies)
        self.session.register_wipeable(self.booking)
        self.idle.expired.connect(self.session.wipe)
        app.installEventFilter(self.idle)
        app.installEventFilter(self.guard)
        if language:
            self.session.setLanguage(language)
        if open_store:
            # The cache opens (and on first start, seeds) on the database lane; the
            # welcome screen needs none of it, so the window does not wait.
            self.runner.submit("db", lambda: self._open(settings), self._store_opened, self._store_failed)

    def _open(self, settings: Config) -> Store:
        """The cache, and the device key that signs receipts (made on first start, mode 0600)."""
        store = open_local_cache(settings)
        try:
            self.device_key = load_or_create_device_key(settings.data_paths.device_key)
        except DeviceKeyError as error:
            # The kiosk still informs and checks agencies; booking says it cannot issue receipts.
            log.error("device key unavailable, bookings are off: %s", error)
            store.record_event("device key", str(error))
        return store

    def _store_opened(self, store: Store) -> None:
        self.store = store
        self.staff.store = store
        self.rights.loadTopics()
        self.agencies.loadRegistry()

    def _store_failed(self, error: BaseException) -> None:
        self.store_error = str(error)
        log.error("local cache unavailable: %s", error)

    def load(self, *, windowed: bool, size: tuple[int, int] | None = None) -> QQuickWindow:
        messages: list[str] = []
        self.engine.warnings.connect(lambda warnings: messages.extend(w.toString() for w in warnings))
        self.engine.setInitialProperties({"windowed": windowed})
        self.engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
        roots = self.engine.rootObjects()
        if not roots:
            raise WindowLoadError("the kiosk shell did not load:\n" + "\n".join(messages))
        window = roots[0]
        assert isinstance(window, QQuickWindow)
        if size:
            window.resize(*size)
        if windowed:
            window.show()
        else:
            window.showFullScreen()
        return window

    def close(self) -> None:
        self.idle.expired.disconnect(self.session.wipe)
        self.idle.armed = False  # stops its timers
        self.speech.close()
        self.translations.deactivate()
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
            app.removeEventFilter(self.guard)
        for window in self.engine.rootObjects():
            window.deleteLater()
        self.runner.call_in_lane("db", lambda: self.store.close() if self.store else None)
        self.runner.shutdown()
        registry.unregister(self.engine)
        self.engine.deleteLater()


def _log_to_data_dir(settings: Config) -> None:
    """Keep a week of logs beside the database, where `kiosk doctor` and staff look."""
    log_file = settings.data_paths.ensure().log_file
    handler = logging.handlers.TimedRotatingFileHandler(log_file, when="midnight", backupCount=7,
                                                        encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for console in root.handlers:  # the console keeps the level asked for (KIOSK_LOG_LEVEL)
        console.setLevel(max(console.level, root.level))
    root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO))


def run(settings: Config, *, windowed: bool = False, language: str | None = None) -> int:
    prepare_environment()
    _log_to_data_dir(settings)
    app = QGuiApplication(sys.argv)
    app.setApplicationName("migrant-kiosk")
    app.setFont(QFont("Noto Sans"))
    kiosk = KioskApp(settings, language=language)
    # exit(), not quit(): Qt 6's quit() first asks each window to close, and the
    # kiosk window refuses (the public must not close it).
    kiosk.staff.exitRequested.connect(lambda: app.exit(0))
    # systemd stops the kiosk with SIGTERM: leave the event loop so the cache is closed
    # properly. Python only sees a signal when it runs, hence the idle wake-up timer.
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: app.exit(0))
    wake = QTimer(interval=250)
    wake.timeout.connect(lambda: None)
    wake.start()
    kiosk.load(windowed=windowed)
    if not windowed:
        # A touch kiosk shows no mouse pointer.
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    log.info("kiosk started (%s, %s)", "windowed" if windowed else "fullscreen", app.platformName())
    code = app.exec()
    kiosk.close()
    log.info("kiosk stopped with status %d", code)
    return int(code)
