"""The language picker's list: every configured language, in its own name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from kiosk import languages

Index = QModelIndex | QPersistentModelIndex


class LanguageListModel(QAbstractListModel):
    TagRole = Qt.ItemDataRole.UserRole + 1
    NativeNameRole = Qt.ItemDataRole.UserRole + 2
    EnglishNameRole = Qt.ItemDataRole.UserRole + 3
    CurrentRole = Qt.ItemDataRole.UserRole + 4

    def __init__(self, tags: tuple[str, ...], current: str) -> None:
        super().__init__()
        self._languages = [languages.get(tag) for tag in tags]
        self._current = current

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._languages)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._languages):
            return None
        language = self._languages[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, self.NativeNameRole):
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
