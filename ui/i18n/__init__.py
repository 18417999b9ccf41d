"""UI string translation through Qt Linguist.

Sources are ``qsTr()`` strings in the QML, written in English. Each other
language has ``kiosk.<tag>.ts`` (the translators' file, kept in git) compiled to
``kiosk.<tag>.qm`` (what Qt loads). ``kiosk.uz-Cyrl.ts`` is generated from
``kiosk.uz-Latn.ts`` by transliteration; see :mod:`ui.i18n.build`.

Switching language installs one translator and calls ``engine.retranslate()``,
which re-evaluates every ``qsTr`` binding: every visible string changes at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from kiosk import languages

I18N_DIR = Path(__file__).resolve().parent
SOURCE_LANGUAGE = "en"


def ts_file(tag: str) -> Path:
    return I18N_DIR / f"kiosk.{tag}.ts"


def qm_file(tag: str) -> Path:
    return I18N_DIR / f"kiosk.{tag}.qm"


class MissingTranslation(RuntimeError):
    """A compiled translation file is missing: run ``python -m ui.i18n.build``."""


class Translations:
    """One loaded translator per language; the active one is installed in the app."""

    def __init__(self) -> None:
        self._translators: dict[str, QTranslator] = {}
        for tag in languages.TAGS:
            if tag == SOURCE_LANGUAGE:
                continue
            translator = QTranslator()
            if not translator.load(str(qm_file(tag))):
                raise MissingTranslation(f"cannot load {qm_file(tag)}; run `python -m ui.i18n.build`")
            self._translators[tag] = translator
        self._active: QTranslator | None = None

    def activate(self, tag: str) -> None:
        app = _application()
        if self._active is not None:
            app.removeTranslator(self._active)
        self._active = self._translators.get(tag)
        if self._active is not None:
            app.installTranslator(self._active)

    def deactivate(self) -> None:
        """Remove this kiosk's translator: translators are installed application-wide."""
        if self._active is not None:
            _application().removeTranslator(self._active)
            self._active = None

    def translate_in(self, tag: str, context: str, source: str) -> str:
        """``source`` in language ``tag``, whatever language is active (for the welcome screen)."""
        translator = self._translators.get(tag)
        text = translator.translate(context, source) if translator else ""
        return text or source


def _application() -> QCoreApplication:
    """The running application, where translators are installed; there is none before it is made."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("translations are installed in the application: create the QGuiApplication first")
    return app
