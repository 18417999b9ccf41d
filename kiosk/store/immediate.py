"""sqlite-utils' ``Database`` whose outermost transactions take the write lock first.

A module of its own so that importing :mod:`kiosk.store` costs no sqlite-utils
(and the click, dateutil and pluggy it brings): the touch screen imports the
store's names to draw its first frame, and opens the file only afterwards.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Generator
from contextlib import contextmanager

import sqlite_utils

log = logging.getLogger(__name__)


class ImmediateDatabase(sqlite_utils.Database):
    """Every outermost transaction begins ``BEGIN IMMEDIATE`` (see :mod:`kiosk.store.database`)."""

    @contextmanager
    def atomic(self) -> Generator[ImmediateDatabase, None, None]:
        if self.conn.in_transaction:
            with super().atomic():  # a savepoint inside the caller's transaction
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            self._quiet_rollback()
            raise

    def _quiet_rollback(self) -> None:
        # The error that ended the transaction says what happened; a failing
        # ROLLBACK (SQLite may already have rolled back) would only hide it.
        try:
            self.rollback()
        except sqlite3.Error as error:
            log.warning("local cache: rollback after a failed transaction: %s", error)
