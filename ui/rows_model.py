"""A read-only list model of plain dicts, for the small lists QML shows.

Each list (topics, articles, search results, article blocks) is replaced whole
when new data arrives from the database lane; rows are dicts whose keys are the
role names QML binds to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex

# Qt.ItemDataRole.DisplayRole and .UserRole as plain numbers: the first frame shows
# these models, and touching PySide's Qt namespace builds all of its enums (some 50 ms).
DISPLAY_ROLE = 0
USER_ROLE = 0x0100


class RowsModel(QAbstractListModel):
    def __init__(self, roles: tuple[str, ...]) -> None:
        super().__init__()
        self._roles = roles
        self._rows: list[dict[str, Any]] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        offset = role - USER_ROLE - 1
        if role == DISPLAY_ROLE:
            offset = 0
        if not 0 <= offset < len(self._roles):
            return None
        return self._rows[index.row()].get(self._roles[offset])

    def roleNames(self) -> dict[int, QByteArray]:
        return {USER_ROLE + 1 + i: QByteArray(name.encode()) for i, name in enumerate(self._roles)}

    def replace(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_row(self, row: int, values: dict[str, Any]) -> None:
        self._rows[row] = {**self._rows[row], **values}
        roles = [USER_ROLE + 1 + self._roles.index(key) for key in values]
        self.dataChanged.emit(self.index(row), self.index(row), roles)

    def rows(self) -> list[dict[str, Any]]:
        return list(self._rows)
