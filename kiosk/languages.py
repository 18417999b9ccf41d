"""The six languages the kiosk speaks, named the way their readers name them.

Tags are BCP 47. Each language is shown in its own name and script, never with a
flag: a flag names a state, not a language, and several of these languages are
spoken across borders.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    tag: str
    native_name: str
    english_name: str
    script: str
    # Qt locale used for number/date formatting and the keyboard; Uzbek Latin and
    # Cyrillic share "uz_UZ" in Qt, so the keyboard looks at ``tag`` as well.
    qt_locale: str


LANGUAGES: tuple[Language, ...] = (
    Language("uz-Latn", "Oʻzbekcha", "Uzbek (Latin)", "Latn", "uz_Latn_UZ"),
    Language("uz-Cyrl", "Ўзбекча", "Uzbek (Cyrillic)", "Cyrl", "uz_Cyrl_UZ"),
    Language("ru", "Русский", "Russian", "Cyrl", "ru_RU"),
    Language("ky", "Кыргызча", "Kyrgyz", "Cyrl", "ky_KG"),
    Language("tg", "Тоҷикӣ", "Tajik", "Cyrl", "tg_TJ"),
    Language("en", "English", "English", "Latn", "en_GB"),
)

TAGS: tuple[str, ...] = tuple(language.tag for language in LANGUAGES)
_BY_TAG = {language.tag: language for language in LANGUAGES}


class UnknownLanguage(ValueError):
    """A language tag that is not one of the six the kiosk supports."""


def get(tag: str) -> Language:
    """Return the language for ``tag``, or raise :class:`UnknownLanguage`."""
    try:
        return _BY_TAG[tag]
    except KeyError:
        raise UnknownLanguage(f"unknown language {tag!r}; supported: {', '.join(TAGS)}") from None
