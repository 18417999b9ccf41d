"""One word per thing, per language: the glossary in ``glossary.toml`` and its check.

A source string that names a term (its ``en`` pattern matches) must be
translated with that language's word for it (its ``find`` stem appears). Uzbek
Cyrillic is checked with the stems of Uzbek Latin, transliterated, because it is
made from Uzbek Latin.

This module reads only files and knows no Qt, so the build's ``--check`` and the
tests use it alike, on the Qt Linguist files and on the kiosk's own label tables.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kiosk import languages
from kiosk.text.uzbek import latin_to_cyrillic

GLOSSARY_FILE = Path(__file__).resolve().parent / "glossary.toml"
CHECKED = tuple(tag for tag in languages.TAGS if tag != "en")


@dataclass(frozen=True)
class Term:
    key: str
    about: str
    source: re.Pattern[str]  # finds the term in an English source string
    words: Mapping[str, str]  # the word the screens use, per language
    stems: Mapping[str, tuple[str, ...]]  # any of these (lower case) in a translation is the word

    def named_in(self, source: str) -> bool:
        return self.source.search(source) is not None

    def used_in(self, translation: str, tag: str) -> bool:
        text = translation.casefold()
        return any(stem in text for stem in self.stems[tag])


@dataclass(frozen=True)
class Misuse:
    where: str  # the file or table
    context: str
    source: str
    tag: str
    term: Term
    translation: str

    def __str__(self) -> str:
        return (f"{self.where}: [{self.context}] {self.source!r} names {self.term.key!r}, so the {self.tag} "
                f"text must say «{self.term.words[self.tag]}»; it says {self.translation!r}")


class GlossaryError(ValueError):
    """glossary.toml is not as described at its top."""


def load(path: Path = GLOSSARY_FILE) -> tuple[Term, ...]:
    return _load(path)


@cache
def _load(path: Path) -> tuple[Term, ...]:
    table = tomllib.loads(path.read_text(encoding="utf-8"))
    authored = tuple(tag for tag in CHECKED if tag != "uz-Cyrl")
    terms = []
    for key, entry in table.items():
        find = entry.get("find", {})
        missing = [tag for tag in authored if not entry.get(tag) or not find.get(tag)]
        if not entry.get("en") or missing:
            raise GlossaryError(f"{path}: [{key}] needs en, and a word and a [{key}.find] stem for: "
                                f"{', '.join(missing) or 'en'}")
        flags = 0 if entry.get("case") else re.IGNORECASE
        stems = {tag: tuple(stem.strip().casefold() for stem in find[tag].split("|") if stem.strip())
                 for tag in authored}
        stems["uz-Cyrl"] = tuple(latin_to_cyrillic(stem).casefold() for stem in stems["uz-Latn"])
        words = {tag: str(entry[tag]) for tag in authored}
        words["uz-Cyrl"] = latin_to_cyrillic(words["uz-Latn"])
        terms.append(Term(key, str(entry.get("about", "")), re.compile(entry["en"], flags), words, stems))
    return tuple(terms)


def misuses(where: str, tag: str, pairs: Iterable[tuple[str, str, str]],
            terms: tuple[Term, ...] | None = None) -> list[Misuse]:
    """``(context, source, translation)`` pairs of ``tag`` whose translation lacks a term's word.

    Pairs without a translation are skipped: a missing translation is another check's business.
    """
    terms = load() if terms is None else terms
    found: list[Misuse] = []
    for context, source, translation in pairs:
        if not translation.strip():
            continue
        found.extend(Misuse(where, context, source, tag, term, translation)
                     for term in terms if term.named_in(source) and not term.used_in(translation, tag))
    return found
