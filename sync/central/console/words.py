"""The console's words in each language, from Qt Linguist ``.ts`` files like the kiosk's own.

The console is written in English (``_("Sign in")`` in templates and code); each other
language has ``i18n/<part>.<tag>.ts`` files, one per part of the console, and
``i18n/common.<tag>.ts`` for the words several parts show: each word is in one file only, so
it has one translation. They are in the format the kiosk's translators already use (ui/i18n),
read here as XML, with no Qt: the centre never imports the kiosk's UI. Uzbek Cyrillic is made
from Uzbek Latin, as for the kiosk's screens. A word with no translation is shown in English,
never blank.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from pathlib import Path

from kiosk.languages import get
from kiosk.text.uzbek import latin_to_cyrillic

I18N_DIR = Path(__file__).resolve().parent / "i18n"
SOURCE = "en"
#: The console's languages, in the order its switch shows them.
LANGUAGES = ("en", "ru", "uz-Latn", "uz-Cyrl")


class BadTranslationFile(ValueError):
    """A ``.ts`` file that is not well-formed; says which file."""


def native_name(tag: str) -> str:
    return get(tag).native_name


@cache
def catalogue(tag: str) -> dict[str, str]:
    """English source text → text in ``tag``; empty for English."""
    if tag == "uz-Cyrl":
        return {source: _cyrillic(text) for source, text in catalogue("uz-Latn").items()}
    found: dict[str, str] = {}
    for path in sorted(I18N_DIR.glob(f"*.{tag}.ts")):
        try:
            root = ElementTree.parse(path).getroot()
        except ElementTree.ParseError as error:
            raise BadTranslationFile(f"{path.name}: {error}") from error
        for message in root.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                found[source] = translation
    return found


def _cyrillic(text: str) -> str:
    # Leave {placeholders} Latin: they are names of values, filled in after translation.
    out, rest = [], text
    while "{" in rest and "}" in rest.split("{", 1)[1]:
        before, after = rest.split("{", 1)
        name, rest = after.split("}", 1)
        out += [latin_to_cyrillic(before), "{" + name + "}"]
    out.append(latin_to_cyrillic(rest))
    return "".join(out)


def N_(text: str) -> str:
    """Marks English ``text`` as a word to translate where it is written, to be translated where it is shown."""
    return text


def translate(tag: str, text: str, **values: object) -> str:
    """``text`` in ``tag``, its ``{names}`` filled from ``values``."""
    said = catalogue(tag).get(text, text) if tag != SOURCE else text
    return said.format(**values) if values else said
