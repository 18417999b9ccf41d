"""Staff sign-in, for QML: tap a name and enter a PIN, or scan a badge.

The accounts are the centre's (``kiosk.staff.accounts``); the device's own PIN
is one more, ``device``. Every check (scrypt, tens of milliseconds) and the
per-account count of wrong tries run on the database lane, and an accepted one
opens the staff session there, so the sign-in is audited before the desk shows.

When the local cache is not open there is nothing to sign in to: the device PIN
is then checked by an in-memory :class:`kiosk.staff.pin.PinLock`, as the kiosk
always did, and opens only the device's staff menu (status, exit), so staff can
still see why.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.staff import PinLock, PinOutcome, PinResult
from kiosk.staff.accounts import DEVICE_ACCOUNT_ID, LockPolicy, SignInOutcome, SignInResult
from ui import registry
from ui.latest import CacheNotOpen, LatestRequests
from ui.properties import qt_property
from ui.rows_model import RowsModel
from ui.staffmode.mode import NoPlaceHere, Started

if TYPE_CHECKING:
    from kiosk.config import Config
    from kiosk.staff.session import SignInMethod
    from kiosk.store import Store
    from ui.staff import StaffController
    from ui.staffmode.mode import StaffMode
    from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Checked:
    result: SignInResult
    started: Started | None


@QmlElement
@QmlSingleton
class StaffSignIn(QObject):
    create = registry.singleton("staff_signin")

    accountsChanged = Signal()
    chosenChanged = Signal()
    stateChanged = Signal()  # checking, problem, attempts, lock
    pinRejected = Signal()
    menuOpened = Signal()  # the device PIN opened the staff menu of a kiosk whose cache is not open

    def __init__(self, settings: Config, runner: TaskRunner, store: Callable[[], Store | None], mode: StaffMode,
                 staff: StaffController, *, second_ms: int = 1000) -> None:
        super().__init__()
        self._settings = settings
        self._runner = runner
        self._store = store
        self._mode = mode
        self._staff = staff
        self._policy = LockPolicy.of(settings)
        self._requests = LatestRequests(runner, store)
        self._device_lock = PinLock(settings.staff_pin_hash, settings.staff_max_attempts,
                                    settings.staff_lockout_seconds)
        self._accounts = RowsModel(("staffId", "name", "role"))
        self._loaded = False
        self._chosen = (DEVICE_ACCOUNT_ID, "")
        self._checking = False
        self._problem = ""
        self._attempts_left = settings.staff_max_attempts
        self._locked_until: datetime | None = None
        self._lock_timer = QTimer(self, interval=second_ms)
        self._lock_timer.timeout.connect(self._on_lock_tick)

    # --- what QML shows ----------------------------------------------------------------------------

    @qt_property(QObject, constant=True)
    def accounts(self) -> RowsModel:
        """The names to tap, by display name; the device's PIN is offered apart, last."""
        return self._accounts

    @qt_property(bool, notify=accountsChanged)
    def hasAccounts(self) -> bool:
        """Whether any staff account is provisioned (else the device PIN is the only way in)."""
        return self._accounts.rowCount() > 0

    @qt_property(str, notify=chosenChanged)
    def staffId(self) -> str:
        return self._chosen[0]

    @qt_property(str, notify=chosenChanged)
    def memberName(self) -> str:
        """The chosen member's name; "" for the device's own PIN."""
        return self._chosen[1]

    @qt_property(bool, notify=stateChanged)
    def checking(self) -> bool:
        return self._checking

    @qt_property(str, notify=stateChanged)
    def problem(self) -> str:
        """Why the last try did not sign in: wrong, locked, unknown (no such account, or revoked),
        not_a_badge, no_place (none of the member's places is on this device), unavailable; "" if none."""
        return self._problem

    @qt_property(int, notify=stateChanged)
    def attemptsLeft(self) -> int:
        return self._attempts_left

    @qt_property(int, notify=stateChanged)
    def lockedSeconds(self) -> int:
        if self._locked_until is None:
            return 0
        left = (self._locked_until - self._mode.clock.now()).total_seconds()
        return max(0, int(left + 0.999))

    # --- choosing who ---------------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the accounts again (the agent may have brought new ones)."""
        def job(store: Store) -> list[dict[str, str]]:
            from kiosk.staff.accounts import load_accounts

            return [{"staffId": a.staff_id, "name": a.display_name, "role": a.role} for a in load_accounts(store.db)]

        def loaded(rows: list[dict[str, str]]) -> None:
            self._loaded = True
            self._accounts.replace(rows)
            self.accountsChanged.emit()

        self._requests.on_db("accounts", job, loaded, lambda error: None)

    @Slot(str)
    def choose(self, staff_id: str) -> None:
        """The PIN pad is for ``staff_id`` ("device": the device's own PIN); shows its lock, if any."""
        row = next((r for r in self._accounts.rows() if r["staffId"] == staff_id), None)
        self._chosen = (staff_id, row["name"] if row else "")
        self.chosenChanged.emit()
        self._set_state(problem="", attempts=self._settings.staff_max_attempts)
        self._set_lock(None)

        def job(store: Store) -> int:
            from kiosk.staff.accounts import locked_for

            return locked_for(store, staff_id, self._mode.clock)

        self._requests.on_db("lock", job, self._show_lock, lambda error: None)

    def _show_lock(self, seconds: int) -> None:
        if seconds:
            self._set_state(problem="locked")
            self._set_lock(self._mode.clock.now() + timedelta(seconds=seconds))

    # --- signing in -------------------------------------------------------------------------------------

    @Slot(str)
    def submitPin(self, pin: str) -> None:
        staff_id = self._chosen[0]
        if self._store() is None and staff_id == DEVICE_ACCOUNT_ID:
            self._device_pin_without_cache(pin)
            return
        device_pin_hash, policy, clock = self._settings.staff_pin_hash, self._policy, self._mode.clock

        def check(store: Store) -> SignInResult:
            from kiosk.staff.accounts import sign_in_with_pin

            return sign_in_with_pin(store, staff_id, pin, device_pin_hash=device_pin_hash, policy=policy,
                                    clock=clock)

        self._check(check, "device_pin" if staff_id == DEVICE_ACCOUNT_ID else "pin")

    @Slot(str)
    def submitBadge(self, code: str) -> None:
        """What a badge scanner typed (``STAFF1.<id>.<secret>``)."""
        policy, clock = self._policy, self._mode.clock

        def check(store: Store) -> SignInResult:
            from kiosk.staff.accounts import sign_in_with_badge

            return sign_in_with_badge(store, code, policy=policy, clock=clock)

        self._check(check, "badge")

    def _check(self, check: Callable[[Store], SignInResult], method: SignInMethod) -> None:
        if self._checking:
            return
        self._set_state(checking=True)
        start = self._mode.starter(method)

        def job(store: Store) -> _Checked:
            result = check(store)
            if result.outcome is not SignInOutcome.ACCEPTED:
                return _Checked(result, None)
            return _Checked(result, start(store, result))

        self._requests.on_db("sign_in", job, self._checked, self._failed)

    def _checked(self, checked: _Checked) -> None:
        result = checked.result
        if checked.started is not None:
            self._set_state(checking=False, problem="", attempts=self._settings.staff_max_attempts)
            self._set_lock(None)
            self._mode.started(checked.started)
            return
        locked = result.outcome is SignInOutcome.LOCKED
        self._set_state(checking=False, problem=result.outcome.value, attempts=result.attempts_left)
        self._set_lock(self._mode.clock.now() + timedelta(seconds=result.locked_for_seconds) if locked else None)
        self.pinRejected.emit()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, NoPlaceHere):
            problem = "no_place"
        else:
            if not isinstance(error, CacheNotOpen):
                log.error("staff sign-in failed: %s", error)
            problem = "unavailable"
        self._set_state(checking=False, problem=problem)
        self.pinRejected.emit()

    def _device_pin_without_cache(self, pin: str) -> None:
        if self._checking:
            return
        self._set_state(checking=True)
        lock = self._device_lock

        def done(result: PinResult) -> None:
            if result.outcome is PinOutcome.ACCEPTED:
                self._set_state(checking=False, problem="", attempts=result.attempts_left)
                self._set_lock(None)
                self._staff.unlock_after_check()
                self.menuOpened.emit()
                return
            locked = result.outcome is PinOutcome.LOCKED
            self._set_state(checking=False, problem="locked" if locked else "wrong", attempts=result.attempts_left)
            self._set_lock(self._mode.clock.now() + timedelta(seconds=result.locked_for_seconds) if locked else None)
            self.pinRejected.emit()

        self._runner.submit("io", lambda: lock.attempt(pin), done, self._failed)

    # --- the state, and the lock's countdown ------------------------------------------------------------

    def _set_state(self, *, checking: bool | None = None, problem: str | None = None,
                   attempts: int | None = None) -> None:
        if checking is not None:
            self._checking = checking
        if problem is not None:
            self._problem = problem
        if attempts is not None:
            self._attempts_left = attempts
        self.stateChanged.emit()

    def _set_lock(self, until: datetime | None) -> None:
        """Locked until ``until`` on the kiosk's clock (None: open); the seconds left count down on screen."""
        self._locked_until = until
        if until is None:
            self._lock_timer.stop()
        else:
            self._lock_timer.start()
        self.stateChanged.emit()

    def _on_lock_tick(self) -> None:
        if not self.lockedSeconds:
            self._set_state(problem="", attempts=self._settings.staff_max_attempts)
            self._set_lock(None)
        else:
            self.stateChanged.emit()

    @Slot()
    def reset(self) -> None:
        """Forget what the last person typed or tried (a new sign-in screen)."""
        self._requests.forget("sign_in")
        self._set_state(checking=False, problem="", attempts=self._settings.staff_max_attempts)
        self._set_lock(None)
