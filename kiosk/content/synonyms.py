"""Everyday words people type, and the words the articles use for them.

Content editors keep one file per language, ``content/synonyms/<tag>.txt``::

    # comment
    прописка, propiska = регистрация
    начальник, шеф = работодатель

Each entry is one line: the everyday words or phrases, comma-separated, then
``=``, then the article words or phrases they stand for. The search widens a
query that contains an everyday phrase to the article words (issue 14); this
module reads and checks the files. :func:`read_synonyms` raises
:class:`~kiosk.content.errors.ContentError` with the line of the first mistake;
:func:`unknown_meanings` finds article words that no article of the language
holds, which would make an entry lead nowhere.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk import languages
from kiosk.content.errors import ContentError, read_utf8
from kiosk.paths import BUNDLED_CONTENT_DIR
from kiosk.text.normalise import stem_forms, word_forms, words

__all__ = [
    "MIN_ENTRIES",
    "Meaning",
    "Synonym",
    "meanings",
    "parse_synonyms",
    "read_synonyms",
    "synonym_files",
    "unknown_meanings",
]

log = logging.getLogger(__name__)

# The first list shipped has at least this many entries per language; fewer is
# reported, as a list that thin helps few people.
MIN_ENTRIES = 30
# A phrase is a few words; a longer one is most likely two lines run together.
MAX_PHRASE_WORDS = 6
MAX_LINE_CHARS = 1000


@dataclass(frozen=True)
class Synonym:
    everyday: tuple[str, ...]  # the phrases as people type them
    meanings: tuple[str, ...]  # the phrases the articles use
    line: int


def _phrases(side: str, path: Path, line: int, what: str) -> tuple[str, ...]:
    phrases = tuple(phrase.strip() for phrase in side.split(","))
    for phrase in phrases:
        if not phrase:
            raise ContentError(path, line, f"an empty {what} phrase: remove the extra comma")
        if not words(phrase):
            raise ContentError(path, line, f"the {what} phrase {phrase!r} has no letters or digits")
        if len(words(phrase)) > MAX_PHRASE_WORDS:
            raise ContentError(path, line, f"the {what} phrase {phrase!r} has more than {MAX_PHRASE_WORDS} words")
    return phrases


def parse_synonyms(text: str, path: Path) -> list[Synonym]:
    """The entries of one synonyms file; :class:`ContentError` at the first malformed line."""
    entries = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > MAX_LINE_CHARS:
            raise ContentError(path, number, f"the line is longer than {MAX_LINE_CHARS} characters")
        if line.count("=") != 1:
            raise ContentError(path, number, "write one '=' between the everyday words and the article words")
        everyday, _, meanings = line.partition("=")
        if not everyday.strip():
            raise ContentError(path, number, "nothing before '=': write the everyday words people type")
        if not meanings.strip():
            raise ContentError(path, number, "nothing after '=': write the words the articles use")
        entries.append(Synonym(_phrases(everyday, path, number, "everyday"),
                               _phrases(meanings, path, number, "article"), number))
    return entries


def synonym_files(content_dir: Path) -> dict[str, Path]:
    """The synonyms file of each language that has one, by tag."""
    folder = content_dir / "synonyms"
    return {tag: folder / f"{tag}.txt" for tag in languages.TAGS if (folder / f"{tag}.txt").is_file()}


def read_synonyms(path: Path) -> list[Synonym]:
    """The entries of the synonyms file at ``path``; :class:`ContentError` with the line of a mistake."""
    return parse_synonyms(read_utf8(path), path)


def unknown_meanings(entries: Iterable[Synonym], language: str, article_texts: Iterable[str]) -> list[tuple[int, str]]:
    """``(line, phrase)`` for every article phrase whose words no single article in ``language`` holds all of.

    Words are compared in the search's folded forms, so case, apostrophes and
    (for Uzbek) the script do not matter.
    """
    vocabularies = [{form for word in words(text) for form in word_forms(word, language)} for text in article_texts]
    missing = []
    for entry in entries:
        for phrase in entry.meanings:
            wanted = [word_forms(word, language)[0] for word in words(phrase)]
            if not any(all(form in vocabulary for form in wanted) for vocabulary in vocabularies):
                missing.append((entry.line, phrase))
    return missing


# -- widening a query ---------------------------------------------------------------------
#
# The lists ship with the kiosk's software, in its bundled content tree: they
# change with a software release, not yet with a content release.

_SHORTEST_FORM = 3  # shorter forms would match as prefixes of too many words


def _word_keys(word: str, language: str) -> frozenset[str]:
    """The word and its stem, in every form search gives them (both scripts, the sound key).

    Two words are the same everyday word when these share a key: the stems of
    ``прописка`` and ``прописканы`` differ (a stemmer cannot tell a final -ка of a
    stem from the dative), but the stem of one is the other.
    """
    return frozenset((*word_forms(word, language), *stem_forms(word, language)))


@lru_cache(maxsize=8)
def _shipped(language: str) -> tuple[tuple[tuple[frozenset[str], ...], tuple[str, ...]], ...]:
    """``(everyday word keys, article word forms)`` of the shipped list, longest phrases first."""
    path = BUNDLED_CONTENT_DIR / "synonyms" / f"{language}.txt"
    if not path.is_file():
        return ()
    try:
        entries = read_synonyms(path)
    except (ContentError, OSError) as error:  # search still works, without the list
        log.error("search: synonyms not used: %s", error)
        return ()
    widened = []
    for entry in entries:
        forms = tuple(dict.fromkeys(
            form for phrase in entry.meanings for word in words(phrase)
            for form in (*word_forms(word, language), *stem_forms(word, language)) if len(form) >= _SHORTEST_FORM))
        widened += [(tuple(_word_keys(word, language) for word in words(phrase)), forms) for phrase in entry.everyday]
    return tuple(sorted(widened, key=lambda item: -len(item[0])))


@dataclass(frozen=True)
class Meaning:
    """An everyday phrase found in a query: where it starts, how many words, and the article words' forms."""

    start: int
    size: int
    forms: tuple[str, ...]


def meanings(tokens: Sequence[str], language: str) -> list[Meaning]:
    """The everyday phrases in ``tokens``, longest first where they overlap, in the order of the tokens.

    A word belongs to one phrase at most: in "maosh namedihand" the whole phrase
    ("wages not paid") is found, not also "maosh" alone.
    """
    keys = [_word_keys(token, language) for token in tokens]
    taken: set[int] = set()
    found = []
    for everyday, forms in _shipped(language):
        size = len(everyday)
        for start in range(len(keys) - size + 1):
            span = set(range(start, start + size))
            if not span & taken and all(keys[start + at] & wanted for at, wanted in enumerate(everyday)):
                taken |= span
                found.append(Meaning(start, size, forms))
    return sorted(found, key=lambda meaning: meaning.start)
