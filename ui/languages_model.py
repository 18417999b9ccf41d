"""The language picker's list: every configured language, in its own name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex

from kiosk import languages
from ui.rows_model import DISPLAY_ROLE, USER_ROLE

Index = QModelIndex | QPersistentModelIndex


class LanguageListModel(QAbstractListModel):
    TagRole = USER_ROLE + 1
    NativeNameRole = USER_ROLE + 2
    EnglishNameRole = USER_ROLE + 3
    CurrentRole = USER_ROLE + 4

    def __init__(self, tags: tuple[str, ...], current: str) -> None:
        super().__init__()
        self._languages = [languages.get(tag) for tag in tags]
        self._current = current

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._languages)

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._languages):
            return None
        language = self._languages[index.row()]
        if role in (DISPLAY_ROLE, self.NativeNameRole):
            return language.native_name
        if role == self.TagRole:
            return language.tag
        if role == self.EnglishNameRole:
            return language.english_name
        if role == self.CurrentRole:
            return language.tag == self._current
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        return {
            self.TagRole: QByteArray(b"tag"),
            self.NativeNameRole: QByteArray(b"nativeName"),
            self.EnglishNameRole: QByteArray(b"englishName"),
            self.CurrentRole: QByteArray(b"current"),
        }

    def set_current(self, tag: str) -> None:
        self._current = tag
        if self._languages:
            self.dataChanged.emit(self.index(0), self.index(len(self._languages) - 1), [self.CurrentRole])
