"""The composition root: builds one kiosk (controllers, engine, window) from a Config."""

from __future__ import annotations

import logging
import logging.handlers
import os
import signal
import sys
import time
from datetime import UTC
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QTimer, QUrl
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow

from kiosk.clock import Clock, SystemClock
from ui import icons, keyboard, registry
from ui.agencies import AgencyController
from ui.booking import BookingController
from ui.guard import KioskGuard
from ui.health import KioskHealth
from ui.i18n import Translations
from ui.idle import IdleWatcher
from ui.printer import ReceiptPrinter
from ui.rights import RightsController
from ui.session import Session
from ui.speech import SpeechController
from ui.staff import StaffController
from ui.staffmode.cues import CuePlayer
from ui.staffmode.desk import StaffDesk
from ui.staffmode.mode import StaffActivity, StaffMode
from ui.staffmode.signin import StaffSignIn
from ui.staffmode.summary import StaffSummary
from ui.staffmode.walkin import StaffWalkIn
from ui.sync import SyncController
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.store import Store

log = logging.getLogger(__name__)

QML_DIR = Path(__file__).resolve().parent / "qml"
MAIN_QML = QML_DIR / "Kiosk" / "Shell" / "Main.qml"

# The two screens the layouts are made for: a portrait kiosk and a landscape one.
PORTRAIT, LANDSCAPE = (1080, 1920), (1920, 1080)
# If no frame is ever drawn (a window nobody can see), the cache still opens.
OPEN_CACHE_ANYWAY_MS = 5000


class WindowLoadError(RuntimeError):
    """The QML shell failed to load: a bug in the QML, reported with Qt's messages."""


def prepare_environment(*, on_screen_keyboard: bool = True) -> None:
    """Settings Qt reads once, before the QGuiApplication exists.

    ``on_screen_keyboard=False`` for ``kiosk staff`` on a laptop: its own keyboard types, and Qt's virtual
    keyboard would pop up over the desk at every field.
    """
    if on_screen_keyboard:
        keyboard.configure_environment()
    os.environ.setdefault("QT_QUICK_CONTROLS_STYLE", "Basic")


class KioskApp:
    """One kiosk: its controllers, its QML engine and its window."""

    def __init__(self, settings: Config, *, language: str | None = None, second_ms: int = 1000,
                 record_speech_to: Path | None = None, open_store: bool = True,
                 clock: Clock | None = None, staff_only: bool = False) -> None:
        """``open_store=False`` leaves opening the cache to a later :meth:`open_cache`; ``staff_only``: staff
        mode alone (``kiosk staff``), with no public screens to reach."""
        app = QGuiApplication.instance()
        if app is None:
            raise RuntimeError("create the QGuiApplication (after prepare_environment()) first")
        self.settings = settings
        self.clock: Clock = clock or SystemClock()
        self.runner = TaskRunner()
        self.engine = QQmlApplicationEngine()
        self.engine.addImportPath(str(QML_DIR))
        registry.register(self.engine, self)
        self.engine.addImageProvider(icons.PROVIDER_ID, icons.IconProvider())
        self.translations = Translations()
        self.session = Session(settings, self.translations, self.engine.retranslate)
        self.idle = IdleWatcher(settings.idle_timeout_seconds, settings.idle_countdown_seconds, second_ms)
        self.staff = StaffController(settings, self.runner, language=lambda: self.session.language)
        self.staff_only = staff_only
        self.speech = SpeechController(self.runner, settings.speech_enabled, self.session.language,
                                       rate=settings.speech_rate, record_to=record_speech_to)
        self.rights = RightsController(self.runner, self.session, self.speech, lambda: self.store,
                                       public_url=settings.content_public_url, content_dir=settings.content_dir)
        self.health = KioskHealth()
        self.staff.health = self.health
        self.sync = SyncController(settings, lambda: self.session.language,
                                   now=lambda: self.clock.now().astimezone(UTC))
        self.staff.sync = self.sync
        self.agencies = AgencyController(self.runner, self.session, lambda: self.store, health=self.health,
                                         max_age_days=settings.agencies_max_age_days, today=self.clock.today)
        self.device_key: DeviceKey | None = None
        self.printer = ReceiptPrinter(self.runner, self.session, lambda: self.store, settings,
                                      lambda: self.device_key)
        self.booking = BookingController(self.runner, self.session, self.speech, lambda: self.store, settings,
                                         self.printer, lambda: self.device_key, now=self.clock.now,
                                         health=self.health)
        self.staff_mode = StaffMode(settings, self.runner, self.session, lambda: self.store, self._device_id,
                                    self.clock, self.staff, staff_only=staff_only, second_ms=second_ms)
        self.staff_signin = StaffSignIn(settings, self.runner, lambda: self.store, self.staff_mode, self.staff,
                                        second_ms=second_ms)
        self.cues = CuePlayer(self.runner, lambda: settings.data_paths.cache_dir / "cues")
        self.staff_desk = StaffDesk(settings, self.staff_mode, self.session, self.printer, self.cues,
                                    lambda: self.device_key, second_ms=second_ms)
        self.staff_walkin = StaffWalkIn(self.staff_mode, self.session, self.booking, self.printer, self.staff_desk,
                                        lambda: self.device_key)
        self.staff_summary = StaffSummary(settings, self.runner, self.staff_mode, self.session,
                                          lambda: settings.data_paths.exports_dir)
        self.staff_activity = StaffActivity(self.staff_mode)
        self.guard = KioskGuard()
        self.store: Store | None = None
        self.store_error = ""
        self._opening = False

        self.session.languageChanged.connect(lambda: self.speech.set_language(self.session.language))
        self.session.languageChanged.connect(self.staff.language_changed)
        self.session.languageChanged.connect(self.sync.language_changed)
        self.session.register_wipeable(self.speech)
        self.session.register_wipeable(self.staff)
        self.session.register_wipeable(self.rights)
        self.session.register_wipeable(self.agencies)
        self.session.register_wipeable(self.booking)
        self.idle.expired.connect(self.session.wipe)
        # A sync round may bring new staff accounts and day lists.
        self.sync.changed.connect(self._staff_data_arrived)
        if language:
            self.session.setLanguage(language)
        if open_store:
            self.open_cache()

    def open_cache(self, *, seed_apart: bool = False) -> None:
        """Open the cache (on first start, seed it) on the database lane; once only.

        The welcome screen needs none of it, so the window never waits. With
        ``seed_apart`` a first start seeds in a process of its own (see
        :func:`kiosk.bootstrap.open_local_cache`).
        """
        if self._opening:
            return
        self._opening = True
        self.runner.submit("db", lambda: self._open(self.settings, seed_apart), self._store_opened,
                           self._store_failed)

    def _device_id(self) -> str | None:
        """The kiosk id of this device's key: the name its staff audit log is kept under."""
        return self.device_key.kiosk_id if self.device_key is not None else None

    def _staff_data_arrived(self) -> None:
        if self.store is None:
            return
        self.staff_signin.refresh()
        if self.staff_mode.signedIn:
            self.staff_desk.reload()

    def _open(self, settings: Config, seed_apart: bool) -> Store:
        """The cache, and the device key that signs receipts (made on first start, mode 0600)."""
        # Imported here, on the database lane: what opening and seeding need (and the
        # cryptography behind the device key) is no part of drawing the first frame.
        from kiosk.bootstrap import open_local_cache
        from kiosk.receipts.device_key import DeviceKeyError, load_or_create_device_key

        store = open_local_cache(settings, seed_apart=seed_apart)
        try:
            self.device_key = load_or_create_device_key(settings.data_paths.device_key)
        except (DeviceKeyError, OSError) as error:  # OSError: no key yet, and a disk it cannot be made on
            # The kiosk still informs and checks agencies; booking says it cannot issue receipts.
            log.error("device key unavailable, bookings are off: %s", error)
            store.record_event("device key", str(error))
        return store

    def _store_opened(self, store: Store) -> None:
        self.store = store
        if store.unavailable is not None:
            self.health.cannot_save(store.unavailable)
        self.staff.store = store
        self.staff_signin.refresh()  # so the staff corner knows whether to ask for a name or the device PIN
        self.rights.loadTopics()
        self.agencies.loadRegistry()
        self.sync.start()

    def _store_failed(self, error: BaseException) -> None:
        self.store_error = str(error)
        log.error("local cache unavailable: %s", error)

    def load(self, *, windowed: bool, size: tuple[int, int] | None = None) -> QQuickWindow:
        messages: list[str] = []
        self.engine.warnings.connect(lambda warnings: messages.extend(w.toString() for w in warnings))
        self.engine.setInitialProperties({"windowed": windowed, "staffOnly": self.staff_only,
                                          "onScreenKeyboard": not self.staff_only})
        self.engine.load(QUrl.fromLocalFile(str(MAIN_QML)))
        roots = self.engine.rootObjects()
        if not roots:
            raise WindowLoadError("the kiosk shell did not load:\n" + "\n".join(messages))
        window = roots[0]
        assert isinstance(window, QQuickWindow)
        # On the window, not the application: every touch and key reaches the
        # window first, while an application filter would run Python for each of
        # the thousands of events Qt sends among its own objects as a page is built.
        window.installEventFilter(self.idle)
        window.installEventFilter(self.guard)
        window.installEventFilter(self.staff_activity)
        screen = window.screen()
        if windowed:
            place_window(window, size or windowed_size(screen.availableGeometry()), screen.availableGeometry())
            window.show()
        else:
            # Qt asks the window manager for fullscreen; with none (a bare X server, an
            # xinit kiosk) nothing answers and the window keeps its default 160x160.
            # Covering the screen ourselves works everywhere; a window manager or
            # cage still applies its fullscreen state on top.
            window.setGeometry(screen.geometry())
            screen.geometryChanged.connect(window.setGeometry)  # a display rotated or changed
            window.showFullScreen()
            window.requestActivate()  # with no window manager, nothing else gives it the keyboard
        return window

    def close(self) -> None:
        self.staff_mode.sign_out_now()  # a staff member still signed in: the audit says they left
        self.idle.expired.disconnect(self.session.wipe)
        self.idle.armed = False  # stops its timers
        self.speech.close()
        self.sync.close()
        self.translations.deactivate()
        # The input method is the application's, not the window's: put it down, or the
        # next kiosk in this process starts with a keyboard "up" that no longer exists.
        QGuiApplication.inputMethod().reset()
        QGuiApplication.inputMethod().hide()
        for window in self.engine.rootObjects():
            window.removeEventFilter(self.idle)
            window.removeEventFilter(self.guard)
            window.removeEventFilter(self.staff_activity)
            window.deleteLater()
        self.runner.call_in_lane("db", lambda: self.store.close() if self.store else None)
        self.runner.shutdown()
        registry.unregister(self.engine)
        self.engine.deleteLater()


def windowed_size(available: QRect) -> tuple[int, int]:
    """A window to try the kiosk in on a desktop: the kiosk's shape, as large as fits.

    Portrait or landscape as the screen is, scaled to 90% of the free area (room
    for a title bar and panels), and never larger than a kiosk's own screen.
    """
    width, height = available.width(), available.height()
    shape = PORTRAIT if height >= width else LANDSCAPE
    scale = min(1.0, 0.9 * width / shape[0], 0.9 * height / shape[1])
    return round(shape[0] * scale), round(shape[1] * scale)


def place_window(window: QQuickWindow, size: tuple[int, int], available: QRect) -> None:
    """Size the window and centre it in the free area (a window manager may still move it)."""
    width, height = size
    window.resize(width, height)
    window.setPosition(available.x() + max(0, (available.width() - width) // 2),
                       available.y() + max(0, (available.height() - height) // 2))


class _LogFile(logging.handlers.TimedRotatingFileHandler):
    """The log file beside the database. When its disk fills, the lines go to the console (the
    journal) only: printing a traceback for every line would bury the one that says why."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


def _log_to_data_dir(settings: Config) -> None:
    """Keep a week of logs beside the database, where `kiosk doctor` and staff look."""
    try:
        log_file = settings.data_paths.ensure().log_file
        handler = _LogFile(log_file, when="midnight", backupCount=7, encoding="utf-8")
    except OSError as error:
        # A read-only or full data disk: the kiosk still starts and serves what it can read.
        log.error("no log file in %s (%s); logging to the console only", settings.data_paths.log_dir, error)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for console in root.handlers:  # the console keeps the level asked for (KIOSK_LOG_LEVEL)
        console.setLevel(max(console.level, root.level))
    root.addHandler(handler)
    root.setLevel(min(root.level, logging.INFO))


def run(settings: Config, *, windowed: bool = False, language: str | None = None,
        size: tuple[int, int] | None = None, staff_only: bool = False) -> int:
    """Start the kiosk; ``size`` is the window's size when ``windowed`` (default: fits the screen).

    ``staff_only`` (``kiosk staff``): staff mode in a normal window, for a laptop's mouse and keyboard.
    """
    windowed = windowed or staff_only
    prepare_environment(on_screen_keyboard=not staff_only)
    _log_to_data_dir(settings)
    started = time.monotonic()
    app = QGuiApplication(sys.argv)
    app.setApplicationName("migrant-kiosk")
    app.setFont(QFont("Noto Sans"))
    kiosk = KioskApp(settings, language=language, open_store=False, staff_only=staff_only)
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
    window = kiosk.load(windowed=windowed, size=size)

    # The cache opens once the first frame is up, so opening (or, on a first start,
    # seeding) never competes with drawing it.
    drawn = False

    def first_frame() -> None:
        nonlocal drawn
        if drawn:  # a second swap queued before the first was handled
            return
        drawn = True
        window.frameSwapped.disconnect(after_swap.start)
        log.info("first frame drawn %.2f s after the Qt application was made, window %dx%d",
                 time.monotonic() - started, window.width(), window.height())
        if not windowed:
            # A touch kiosk shows no mouse pointer. Hidden here, not before the frame:
            # the first touch of PySide's Qt namespace builds all of its enums (some 50 ms).
            from PySide6.QtCore import Qt

            app.setOverrideCursor(Qt.CursorShape.BlankCursor)
        kiosk.open_cache(seed_apart=True)

    # The scene graph may swap frames on its render thread: the swap starts a timer
    # that lives on the GUI thread, so first_frame runs there, from the event loop, once
    # the swap is done. (A QueuedConnection would do the same but, as above, cost the
    # Qt namespace before the first frame.)
    after_swap = QTimer(singleShot=True, interval=0)
    after_swap.timeout.connect(first_frame)
    window.frameSwapped.connect(after_swap.start)
    QTimer.singleShot(OPEN_CACHE_ANYWAY_MS, lambda: kiosk.open_cache(seed_apart=True))
    log.info("kiosk started (%s, %s)", "windowed" if windowed else "fullscreen", app.platformName())
    code = app.exec()
    kiosk.close()
    log.info("kiosk stopped with status %d", code)
    return int(code)
