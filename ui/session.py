"""One traveller's session: language, text size, contrast, and the wipe that ends it.

Anything that holds what a person typed or chose registers with
:meth:`Session.register_wipeable`; :meth:`Session.wipe` clears all of it and
puts the accessibility settings back for the next person.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk import languages
from ui import registry
from ui.languages_model import LanguageListModel
from ui.properties import qt_property

if TYPE_CHECKING:
    from kiosk.config import Config
    from ui.i18n import Translations

TEXT_SIZES = (1, 2, 3)


class Wipeable(Protocol):
    def wipe(self) -> None: ...


QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION


@QmlElement
@QmlSingleton
class Session(QObject):
    create = registry.singleton("session")

    languageChanged = Signal()
    textSizeChanged = Signal()
    highContrastChanged = Signal()
    wiped = Signal()

    def __init__(self, settings: Config, translations: Translations,
                 retranslate: Callable[[], None]) -> None:
        super().__init__()
        self._settings = settings
        self._translations = translations
        self._retranslate = retranslate
        self._language = settings.default_language
        self._text_size = 1
        self._high_contrast = False
        self._languages = LanguageListModel(settings.languages, self._language)
        self._wipeables: list[Wipeable] = []
        translations.activate(self._language)

    # --- language -------------------------------------------------------------------------

    @qt_property(str, notify=languageChanged)
    def language(self) -> str:
        return self._language

    @qt_property(str, constant=True)
    def defaultLanguage(self) -> str:
        return self._settings.default_language

    @qt_property(QObject, constant=True)
    def languages(self) -> LanguageListModel:
        return self._languages

    @qt_property("QStringList", constant=True)
    def languageTags(self) -> list[str]:
        return list(self._settings.languages)

    @qt_property(bool, constant=True)
    def demo(self) -> bool:
        return self._settings.demo

    @Slot(str)
    def setLanguage(self, tag: str) -> None:
        if tag == self._language or tag not in self._settings.languages:
            return
        self._language = tag
        self._translations.activate(tag)
        self._languages.set_current(tag)
        self.languageChanged.emit()
        self._retranslate()

    @Slot(str, str, str, result=str)
    def translateIn(self, tag: str, context: str, source: str) -> str:
        return self._translations.translate_in(tag, context, source)

    @Slot(str, result=str)
    def nativeName(self, tag: str) -> str:
        return languages.get(tag).native_name

    # --- accessibility --------------------------------------------------------------------

    @qt_property(int, notify=textSizeChanged)
    def textSize(self) -> int:
        return self._text_size

    @Slot(int)
    def setTextSize(self, size: int) -> None:
        if size in TEXT_SIZES and size != self._text_size:
            self._text_size = size
            self.textSizeChanged.emit()

    @Slot()
    def nextTextSize(self) -> None:
        self.setTextSize(TEXT_SIZES[(TEXT_SIZES.index(self._text_size) + 1) % len(TEXT_SIZES)])

    @qt_property(bool, notify=highContrastChanged)
    def highContrast(self) -> bool:
        return self._high_contrast

    @Slot(bool)
    def setHighContrast(self, on: bool) -> None:
        if on != self._high_contrast:
            self._high_contrast = on
            self.highContrastChanged.emit()

    # --- the end of a session ------------------------------------------------------------

    def register_wipeable(self, wipeable: Wipeable) -> None:
        self._wipeables.append(wipeable)

    @qt_property(bool, notify=languageChanged)
    def pristine(self) -> bool:
        return self._language == self._settings.default_language

    @Slot()
    def wipe(self) -> None:
        for wipeable in self._wipeables:
            wipeable.wipe()
        self.setTextSize(1)
        self.setHighContrast(False)
        self.setLanguage(self._settings.default_language)
        self.wiped.emit()
