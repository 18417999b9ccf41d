"""The on-screen keyboard's layouts, one folder per language, and how Qt finds them.

Qt Virtual Keyboard ships no Uzbek, Kyrgyz or Tajik layout, so the kiosk carries
its own in ``layouts/``. Qt reads them from ``QT_VIRTUALKEYBOARD_LAYOUT_PATH``,
which *replaces* Qt's built-in set: English and Russian are carried here too.

``layouts/<folder>/main.qml`` is a language's letters. ``layouts/fallback/`` holds
what every language shares: the symbols page, the number pads for digit, number
and phone fields, and the bottom row. Qt looks there for a page type a language
folder has no ``.qml`` for, when the folder holds a ``<type>.fallback`` marker;
the ``main.qml`` files import the shared bottom row from there (``"../fallback"``).

Qt Virtual Keyboard's libraries (``libQt6VirtualKeyboard*``) come in the
PySide6-Addons wheel; PySide6-Essentials carries only its QML files and plugin,
which fail to load without them.

How the two Uzbek scripts are told apart
----------------------------------------
Qt gives both Uzbek scripts one locale name: ``QLocale("uz_Latn_UZ").name()`` and
``QLocale("uz_Cyrl_UZ").name()`` are both ``"uz_UZ"``. The keyboard does not
need Qt to tell them apart, only to load the right folder, so each script has a
folder of its own, ``uz_Latn_UZ`` and ``uz_Cyrl_UZ``, and the kiosk selects the
folder by its exact name (``VirtualKeyboardSettings.locale`` and
``activeLocales``, set by ``Kiosk.Keyboard.KioskKeyboard``). Checked with
PySide6 6.11 and 6.12:

- Qt lists every folder whose name ``Qt.locale()`` understands; both do (they
  are not "C"), so both are offered, as two distinct layouts.
- Qt picks the folder whose name equals the requested locale before it tries a
  mere language match, so "uz_Cyrl_UZ" loads ``uz_Cyrl_UZ/main.qml``.
- Asking for plain "uz_UZ" would be a mere language match, and Qt would take
  whichever ``uz_`` folder sorts first. :func:`keyboard_locale` therefore never
  returns "uz_UZ".

What remains shared is ``InputContext.locale``, which Qt reads back as "uz_UZ"
for both. Two things follow, and the layouts deal with both:

- Qt's space bar names the language from that locale, and would read "o‘zbek"
  (Latin, with U+2018 where Uzbek writes U+02BB) on the Cyrillic keyboard too.
  Our space bar shows the name from the layout folder instead, spelt as the
  kiosk's language picker spells it ("Oʻzbekcha", "Ўзбекча").
- Qt's plain input method offers the Cyrillic input mode only by that locale's
  script, so under Uzbek Cyrillic it reports the Latin mode. It types each key's
  text as it is, whatever the mode; the symbols page labels its way back ("ABC"
  or "АБВ") from the folder, not from the mode.

The alternatives were worse. One ``uz_UZ`` folder whose ``main.qml`` switches
script on a property would need a channel from the app into the layout files
(a singleton or context property they all read), and everything Qt keys by
locale would still be the same for both scripts, so the shared pages would need
that channel too. Putting one script under another, unused locale's folder would
make Qt name, and treat the input as, the wrong language.

There is no language key on the keyboard: it follows the kiosk's language, and
the kiosk's own language picker is the one place to change it.

The kiosk's keyboard style
--------------------------
Qt's built-in styles draw dark keys whatever the kiosk's contrast setting, with
function-key labels below 7:1. The kiosk has a style of its own, "kiosk", which
follows ``Theme`` (normal and high contrast). Qt finds a style by name as
``QtQuick/VirtualKeyboard/Styles/<name>/style.qml`` under the QML engine's
import paths, so it lives in ``ui/qml`` (which every kiosk engine imports), see
:data:`STYLE_FILE`; ``QT_VIRTUALKEYBOARD_STYLE`` names it. The environment, not
``VirtualKeyboardSettings.styleName`` in QML: both work with PySide6 6.11, but
a name set from QML arrives after Qt has already loaded its default style for
the keyboard, which is then loaded and drawn twice. For a name it cannot find,
Qt warns and falls back to "default" (``styleName`` then reads "default"), and
``KioskKeyboard`` warns that the kiosk's style is not in use.

The style reads the kiosk's ``Theme``, hence ``Session``: the keyboard needs an
engine built by :class:`ui.app.KioskApp` (or one with its singletons and icon
provider registered, as tests/ui/test_keyboard.py does).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

from kiosk import languages

LAYOUT_DIR: Path = Path(__file__).resolve().parent / "layouts"
# The folder's name is the style's name; ui/qml is on every kiosk engine's import path.
STYLE_NAME = "kiosk"
STYLE_FILE: Path = (Path(__file__).resolve().parent.parent / "qml" / "QtQuick" / "VirtualKeyboard" / "Styles"
                    / STYLE_NAME / "style.qml")

# UI language tag -> layout folder under LAYOUT_DIR. KioskKeyboard.qml holds the
# same table, and a test keeps the two equal.
_LAYOUT_FOLDERS: dict[str, str] = {
    "uz-Latn": "uz_Latn_UZ",
    "uz-Cyrl": "uz_Cyrl_UZ",
    "ru": "ru_RU",
    "ky": "ky_KG",
    "tg": "tg_TJ",
    "en": "en_GB",
}


def configure_environment(environ: MutableMapping[str, str] = os.environ) -> None:
    """Tell Qt to use the virtual keyboard with the kiosk's layouts and style.

    Call it before the QGuiApplication is created: Qt chooses its input method
    (``QT_IM_MODULE``) when the application starts, and reads the layout path
    and the style's name once, when the keyboard first loads. All are set
    outright, not defaulted: the kiosk offers no other way to type, no other
    layouts, and no other look (Qt's own styles ignore the contrast setting).
    """
    environ["QT_IM_MODULE"] = "qtvirtualkeyboard"
    environ["QT_VIRTUALKEYBOARD_LAYOUT_PATH"] = str(LAYOUT_DIR)
    environ["QT_VIRTUALKEYBOARD_STYLE"] = STYLE_NAME


def keyboard_locale(tag: str) -> str:
    """The layout folder (the keyboard's locale) for the UI language ``tag``.

    The two Uzbek scripts get different folders, ``uz_Latn_UZ`` and
    ``uz_Cyrl_UZ``, although Qt calls both "uz_UZ" (see the module docstring).
    Raises :class:`kiosk.languages.UnknownLanguage` for a tag the kiosk does not
    support.
    """
    return _LAYOUT_FOLDERS[languages.get(tag).tag]


def layout_file(tag: str) -> Path:
    """The main (letters) layout of the UI language ``tag``."""
    return LAYOUT_DIR / keyboard_locale(tag) / "main.qml"
