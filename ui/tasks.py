"""The one task runner: everything slow happens off the GUI thread.

Work is submitted to a named *lane*. A lane is a pool of worker threads:

- ``db``: one thread, the cache's single writer (and its reader for the UI);
- ``speech``: one thread, which owns the speech engine for its whole life;
- ``io``: two threads for network, PDF rendering and printing.

A job is a plain callable that never touches a QObject. Its result or exception
comes back to the GUI thread through a queued signal, and only there are the
caller's ``on_success`` / ``on_failure`` callbacks run (Anki's ``CollectionOp``
split). A failure without an ``on_failure`` is a bug: it is logged and announced
on :attr:`TaskRunner.unexpectedFailure` so the shell can reset to the welcome
screen instead of hanging half-way through a flow. The exception is a cache that
cannot be written now (:class:`kiosk.store.StoreUnavailable`: a full or
read-only disk): the machine failed, not the code, so it is logged for staff
and the person stays where they are.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.store import StoreUnavailable
from ui import registry

log = logging.getLogger(__name__)

LANES = {"db": 1, "speech": 1, "io": 2}

@dataclass(frozen=True)
class _Delivery:
    result: Any
    error: BaseException | None
    on_success: Success | None
    on_failure: Failure | None


QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@QmlElement
@QmlSingleton
class TaskRunner(QObject):
    create = registry.singleton("runner")

    unexpectedFailure = Signal(str)
    # Emitted from worker threads; Qt queues it to this object's (the GUI) thread.
    # It carries one _Delivery, never a bare None: PySide6 6.12 corrupts the
    # reference count of None sent through a queued ``object`` argument.
    _finished = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pools = {
            lane: ThreadPoolExecutor(max_workers=size, thread_name_prefix=f"kiosk-{lane}")
            for lane, size in LANES.items()
        }
        self._finished.connect(self._deliver)
        self._closed = False

    def submit(
        self,
        lane: str,
        job: Callable[[], Any],
        on_success: Success | None = None,
        on_failure: Failure | None = None,
    ) -> Future[Any]:
        if self._closed:
            raise RuntimeError("task runner is shut down")
        return self._pools[lane].submit(self._run, job, on_success, on_failure)

    def _run(self, job: Callable[[], Any], on_success: Success | None, on_failure: Failure | None) -> Any:
        try:
            result = job()
        except BaseException as error:  # delivered to the GUI thread, not swallowed
            self._finished.emit(_Delivery(None, error, on_success, on_failure))
            raise
        self._finished.emit(_Delivery(result, None, on_success, on_failure))
        return result

    @Slot(object)
    def _deliver(self, delivery: _Delivery) -> None:
        if self._closed:
            return  # the kiosk is shutting down: nobody is left to show a result to
        result, error, on_success, on_failure = (
            delivery.result, delivery.error, delivery.on_success, delivery.on_failure
        )
        if error is None:
            if on_success is not None:
                on_success(result)
        elif on_failure is not None:
            on_failure(error)
        elif isinstance(error, StoreUnavailable):
            log.error("not saved: %s", error)
        else:
            log.error("background job failed", exc_info=error)
            self.unexpectedFailure.emit(f"{type(error).__name__}: {error}")

    def call_in_lane(self, lane: str, job: Callable[[], Any], timeout: float = 30.0) -> Any:
        """Run ``job`` on ``lane`` and wait for it: for start-up and shutdown, never for touch handlers."""
        return self._pools[lane].submit(job).result(timeout=timeout)

    def shutdown(self) -> None:
        self._closed = True
        for pool in self._pools.values():
            pool.shutdown(wait=True, cancel_futures=True)

    @staticmethod
    def on_gui_thread() -> bool:
        return threading.current_thread() is threading.main_thread()
