"""A dataset's change, worked out before the switch and written in it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.release.model import DatasetChange

if TYPE_CHECKING:
    from kiosk.store import Store


class Prepared:
    """Parsed, checked and indexed outside any transaction; :meth:`write` is all the switch does.

    A change too large to write in the switch writes its rows ahead in
    :meth:`stage` (many short transactions, out of readers' sight) and only
    swaps them in at :meth:`write`.
    """

    def __init__(self, name: str, kind: str, upserted: int, deleted: int) -> None:
        self.change = DatasetChange(name, kind, upserted, deleted)

    def stage(self, store: Store) -> None:
        """Before the switch, in transactions of its own; nothing a reader sees may change."""

    def write(self, store: Store) -> None:
        """Inside the switch transaction: make the stored dataset what the release says."""
        raise NotImplementedError

    def finish(self, store: Store) -> None:
        """After the switch committed: tidy up (drop what was swapped out)."""

    def discard(self, store: Store) -> None:
        """The release was not applied: remove whatever :meth:`stage` wrote."""
