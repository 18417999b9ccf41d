"""Requests of which only the newest of each kind is answered.

A person keeps typing while a search runs, opens another article before the
last one has loaded, or walks away and the session is wiped. Each request
carries a generation number for its kind; an answer is delivered only while it
is still the newest of its kind, so a slow answer to an old question never
overwrites a newer one, and nothing reaches a screen after the wipe.

The work itself is never cancelled: a report or a booking that was submitted is
committed whatever happens to its answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kiosk.store import Store
    from ui.tasks import Failure, TaskRunner

_NO_STORE = object()  # the cache is not open (yet): there is nothing to answer with


class CacheNotOpen(RuntimeError):
    """The local cache is not open, so the request could not run."""


class LatestRequests:
    def __init__(self, runner: TaskRunner, store: Callable[[], Store | None]) -> None:
        self._runner = runner
        self._store = store
        self._generations: dict[str, int] = {}

    def begin(self, kind: str) -> Callable[[], bool]:
        """Start a request of ``kind``; the returned check says whether it is still the newest."""
        generation = self._generations[kind] = self._generations.get(kind, 0) + 1
        return lambda: self._generations[kind] == generation

    def on_db(self, kind: str, job: Callable[[Store], Any], done: Callable[[Any], None],
              failed: Failure | None = None) -> None:
        """Run ``job(store)`` on the database lane; ``done(result)`` or ``failed(error)`` if still the newest.

        Without ``failed`` a missing cache answers nothing, and any other failure is
        the runner's "unexpected failure" (a bug: the kiosk resets).
        """
        newest = self.begin(kind)

        def run() -> Any:
            store = self._store()
            return _NO_STORE if store is None else job(store)

        def deliver(result: Any) -> None:
            if result is _NO_STORE:
                if failed is not None and newest():
                    failed(CacheNotOpen("the local cache is not open"))
            elif newest():
                done(result)

        def fail(error: BaseException) -> None:
            if failed is not None and newest():  # only passed to the runner when failed is set
                failed(error)

        self._runner.submit("db", run, deliver, None if failed is None else fail)

    def forget(self, kind: str | None = None) -> None:
        """Make every answer in flight stale: of ``kind``, or of every kind (the wipe)."""
        for each in [kind] if kind is not None else list(self._generations):
            self.begin(each)
