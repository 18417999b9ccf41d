"""Finding an agency as the traveller types: by licence number or, forgivingly, by name.

The index (migration 5) is derived from ``agencies`` and ``agency_names`` by
:func:`rebuild_lookup_index`, which the registry import calls after every import
(a release writes the same rows, worked out ahead with :func:`name_entries`, or
changes one agency's rows only: :func:`unindex_agencies`, :func:`index_agencies`):

- ``agency_lookup_names``: one row per name, with its word *keys* and its
  ``name_key``; rowids are given shortest name first;
- ``agency_lookup_search``: contentless FTS5 over the keys, same rowids;
- ``agency_lookup_grams``: every distinct sound key cut into trigrams, to find the
  keys one or two edits away from a mistyped word without reading every key
  (:mod:`kiosk.text.similar`);
- ``agency_lookup_licences``: licence numbers normalised (:func:`licence_key`).

A word's keys are Latin *sound keys* (:func:`kiosk.text.normalise.sound_key`),
one alphabet for every script: ``Samarqand``, ``Samarkand`` and ``Самарқанд``
are all ``samarkand``; ``Oʻzbek``, ``O'zbek``, ``Ozbek`` are ``ozbek``; a
Cyrillic word is also keyed through the Uzbek transliteration (``Ўзбек`` is
``uzbek`` and ``ozbek``). Beside them each word has one *sound-alike* key, how it
would sound as English (:func:`kiosk.text.phonetic.english_key`), marked with a
leading ``q`` (no sound key holds a q), so ``Bright`` and ``Брайт`` meet (``qbrt``)
though their sound keys (``brigt``, ``brait``) do not.

A word is a run of letters or of digits: ``Profit4you`` is indexed and looked up
as ``Profit 4 you``, so it is found typed either way (and ``Profit 4 You`` as
``profit4you``). Cutting names and queries alike means one form and no extra
keys (indexing both forms would mean joining every pair of neighbouring words
too, since "Profit 4 You" may be typed "Profit4 You"), and typing stays a prefix
of the name ("Profit4y" is ``profit 4 y*``). The short words it makes (``4``)
are only ever looked for beside the name's other words.

Legal-form words (MChJ, ООО, LLC, XK, "mas'uliyati cheklangan jamiyati", the
private employment agency's "xususiy bandlik agentligi", XBA, ЧАЗ ...) are
dropped from names and queries alike, so they are neither needed nor in the way;
one still being typed at the end of a query ("Bright Work xususiy band") is too.

A query is answered in stages, each an indexed read, and ranked by stage:

1. licence number: the normalised query equal to a licence key, then a prefix
   of one (typing a number); "licence number";
2. the same words as a name, in any order (``name_key`` equality), unless the
   last word may be a legal form being typed; "name";
3. every word found, the last one as a prefix (FTS5); "name";
4. only if 2 and 3 found nothing: every word, or a key one edit away (two in
   words of eight letters or more); "similar name". The words the index does
   not know are widened to their similar keys first; if that finds nothing
   (or every word is known), every word is. So a name found as typed is not
   padded out with look-alikes, and a typo that is itself another agency's
   word ("Zarvim" for "Zarvin") still finds the name meant;
5. only if 4 found nothing too, and for two words or more: every word, a key
   one edit away, or its sound-alike key ("Брайт ворк" for "Bright Work");
   "similar name". Last, because a sound-alike key is lossy (``Bert`` sounds
   like ``Bright``): spelling is trusted first, and one word is never found by
   its consonants alone.

A stage runs only while fewer than ``limit`` agencies are found: every later
stage scores lower, so it could not change the answer. Within a stage, names
whose first word the query's first word is (or begins, while typed) come first,
as people type a name from its start ("Bri": "Bright Work" before "Sun
Bright"); then those with every word typed, when the last may be a legal form
being typed ("Bright Pr": "Bright Prime" before "Bright Work"); then the names
the query covers more of, each way ("Roma Travel" before "Roma Travel Group";
"Sakol Sa": "Sakol Safar" before "Saqoʻl"); then, for similar names, the nearer
in spelling; then those matched by their words' main keys ("Yorkum" is Yorkum
before Ёрқўм), then by the very spelling (``Randoʻ`` before ``Rando``), then the
shorter.

User input never reaches ``MATCH``: only quoted keys, ``OR``, ``AND``,
parentheses and ``*`` do. Any input returns matches or nothing, never an error.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from kiosk.agencies.registry import normalise_licence
from kiosk.text.clean import without_surrogates
from kiosk.text.normalise import has_cyrillic, sound_key, words
from kiosk.text.phonetic import english_key
from kiosk.text.similar import allowed_edits, edit_distance, gram_rows, similar_terms, term_grams
from kiosk.text.uzbek import cyrillic_to_latin

if TYPE_CHECKING:
    from kiosk.store import Store

__all__ = [
    "INSERT_GRAM",
    "INSERT_LICENCE",
    "INSERT_NAME",
    "INSERT_SEARCH",
    "SOUND_MARK",
    "Match",
    "NameEntry",
    "ensure_lookup_index",
    "index_agencies",
    "licence_key",
    "licence_rows",
    "lookup",
    "lookup_rows",
    "name_entries",
    "name_keys",
    "rebuild_lookup_index",
    "sound_alike_key",
    "unindex_agencies",
    "word_keys",
]

# A query is a few words; past these limits the answer would not change.
MAX_QUERY_CHARS = 200
MAX_TOKENS = 8
MAX_TOKEN_CHARS = 40
# Rows read from the index per stage before scoring in Python.
CANDIDATES = 200

# Scores: a stage always outranks the next one.
SCORE_LICENCE = 100.0
SCORE_LICENCE_PREFIX = 90.0
SCORE_EXACT_NAME = 80.0
SCORE_NAME = 60.0
SCORE_SIMILAR = 40.0
SCORE_SOUNDS_ALIKE = 30.0

# Marks a sound-alike key. Sound keys never hold a q (Latin q is read as к, Cyrillic
# becomes a..z without q, and word_keys reads fullwidth letters as plain ones first),
# so a marked key never equals a sound key, nor any sound key's prefix one.
SOUND_MARK = "q"

_FTS_TABLE = "agency_lookup_search"
_GRAMS_TABLE = "agency_lookup_grams"

# Legal forms, written as people write them; compared by key, so every script and
# spelling of one (ООО, OOO; МЧЖ, MChJ; ХК, XK; ХБА, XBA) is one entry.
_LEGAL_FORMS = (
    "MChJ", "МЧЖ", "ООО", "ОсОО", "LLC", "Ltd", "XK", "ХК", "ЧП", "ИП", "АО", "ОАО", "ЗАО", "ПАО",
    "AJ", "АЖ", "QK", "ҚК", "XT", "ХТ", "YaTT", "ЯТТ", "Inc", "LLP", "GmbH", "JSC", "ЖЧК", "ДФ",
    "mas'uliyati cheklangan jamiyati", "mas'uliyati cheklangan jamiyat",
    "масъулияти чекланган жамияти", "масъулияти чекланган жамият",
    "общество с ограниченной ответственностью", "жоопкерчилиги чектелген коому",
    "limited liability company", "xususiy korxona", "хусусий корхона", "частное предприятие",
    "индивидуальный предприниматель", "aksiyadorlik jamiyati", "акциядорлик жамияти",
    "акционерное общество", "ҷамъияти дорои масъулияти маҳдуд",
    # Private employment agencies, the form the law gives an agency that finds work abroad:
    # Uzbek "xususiy bandlik agentligi" (XBA; Cyrillic ХБА), Russian "частное агентство
    # занятости" (ЧАЗ) or "... по трудоустройству", Kyrgyz "жеке жумушка орноштуруу
    # агенттиги", English "private employment agency". With and without the possessive
    # ending (agentligi, agentlik), as names are written both ways.
    "xususiy bandlik agentligi", "xususiy bandlik agentlik", "XBA",
    "хусусий бандлик агентлиги", "хусусий бандлик агентлик", "ХБА",
    "частное агентство занятости", "частное агентство по трудоустройству", "ЧАЗ",
    "жеке жумушка орноштуруу агенттиги", "жеке жумушка орноштуруу агенттик",
    "private employment agency",
)  # fmt: skip

# Letters that begin a Latin digraph (sh, ch, zh, kh, ts, ya, ...): a word typed so
# far that ends in one is also looked up without it.
_DIGRAPH_STARTS = frozenset("cdgkstyz")
_UZBEK_CYRILLIC = frozenset("ўқғҳ")
# A sound-alike key of fewer consonants than this says too little to look for on its
# own ("Way" is just "v"); it still counts beside the other words of a query.
_INFORMATIVE_SOUND = 2
_RUNS = re.compile(r"\d+|\D+")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class Match:
    agency_id: str
    name: str
    licence_number: str
    score: float
    matched: str  # "licence number", "name" or "similar name"


# -- keys -----------------------------------------------------------------------------


def licence_key(text: str) -> str:
    """A licence number as compared (:func:`kiosk.agencies.registry.normalise_licence`).

    ``uz-2025-00123``, ``UZ 2025 00123`` and ``УZ-2025-00123`` are all ``UZ202500123``.
    """
    return normalise_licence(text)


def _licence_variants(text: str) -> tuple[str, ...]:
    """The licence keys a typed number may mean: Cyrillic У is Y to the eye but U to the ear (УZ is UZ)."""
    keys = [licence_key(text), licence_key(text.replace("\u0423", "U").replace("\u0443", "U"))]
    return tuple(key for key in dict.fromkeys(keys) if len(key) >= 3 and any(char.isdigit() for char in key))


def _split_words(text: str) -> list[str]:
    """The words of ``text``, each cut where letters meet digits: ``Profit4you`` is ``Profit``, ``4``, ``you``."""
    found = words(text)
    if _DIGIT.search(text) is None:
        return found
    return [run for word in found for run in _RUNS.findall(word)]


@lru_cache(maxsize=65536)
def word_keys(word: str) -> tuple[str, ...]:
    """The sound keys one word is indexed and looked up under; the first is its main key. May be empty."""
    # Compatibility forms (fullwidth ｑ, ligatures) read as the letters they stand for.
    word = unicodedata.normalize("NFKC", word)
    keys = [sound_key(word)]
    if has_cyrillic(word):
        # Uzbek Cyrillic (ў қ ғ ҳ): the Uzbek Latin spelling's key is the main one.
        uzbek = sound_key(cyrillic_to_latin(word))
        keys.insert(0 if _UZBEK_CYRILLIC.intersection(word.lower()) else 1, uzbek)
    elif "shch" in word.lower():  # Latin "shch" is ш+ч in Uzbek (ishchi) more often than щ
        keys.insert(0, sound_key(re.sub("(?i)shch", "sh'ch", word)))
    return tuple(key for key in dict.fromkeys(keys) if key)


@lru_cache(maxsize=65536)
def sound_alike_key(word: str) -> str:
    """The word's English sound-alike key (:func:`kiosk.text.phonetic.english_key`), marked; ``""`` if none."""
    key = english_key(word)
    return SOUND_MARK + key if key else ""


# Every apostrophe people type, as one: spellings compare by letters and by where an apostrophe is.
_ONE_APOSTROPHE = str.maketrans(dict.fromkeys("\u02bb\u2018\u2019`\u02bc\u00b4\u02b9\u2032\uff07", "'"))


def _spelling(word: str) -> str:
    """A word as written, less case and apostrophe style: what ranks ``Randoʻ`` before ``Rando`` for "Randoʻ"."""
    return unicodedata.normalize("NFC", word).casefold().translate(_ONE_APOSTROPHE)


class _Word(NamedTuple):
    """One word of a name or a query: its sound keys (main first), sound-alike key and spelling."""

    keys: tuple[str, ...]
    sound: str
    spelling: str


@lru_cache(maxsize=65536)
def _word(word: str) -> _Word | None:
    keys = word_keys(word)
    return _Word(keys, sound_alike_key(word), _spelling(word)) if keys else None


def _legal_form_sequences() -> tuple[tuple[str, ...], ...]:
    sequences = {tuple(word_keys(word)[0] for word in _split_words(form) if word_keys(word)) for form in _LEGAL_FORMS}
    return tuple(sorted(sequences, key=len, reverse=True))


_LEGAL_SEQUENCES = _legal_form_sequences()
_LEGAL_STARTS = frozenset(sequence[0] for sequence in _LEGAL_SEQUENCES)
# The sequences by their first key, longest first: most words begin none, and are passed over at one look.
_LEGAL_BY_START = {start: tuple(seq for seq in _LEGAL_SEQUENCES if seq[0] == start) for start in _LEGAL_STARTS}
# Sequences of several words by their second: one whose first word is mistyped is still found.
_LEGAL_SECONDS = frozenset(sequence[1] for sequence in _LEGAL_SEQUENCES if len(sequence) > 1)
_LEGAL_BY_SECOND = {second: tuple(seq for seq in _LEGAL_SEQUENCES if len(seq) > 1 and seq[1] == second)
                    for second in _LEGAL_SECONDS}
_LEGAL_WORDS = frozenset(word for sequence in _LEGAL_SEQUENCES for word in sequence)


def _legal_sequences_at(tokens: Sequence[_Word], index: int) -> tuple[tuple[str, ...], ...]:
    """The legal-form sequences that may begin at ``index``: by its word, or by the next one; longest first."""
    found = {sequence for key in tokens[index].keys for sequence in _LEGAL_BY_START.get(key, ())}
    if index + 1 < len(tokens) and not _LEGAL_SECONDS.isdisjoint(tokens[index + 1].keys):
        found.update(sequence for key in tokens[index + 1].keys for sequence in _LEGAL_BY_SECOND.get(key, ()))
    return tuple(sorted(found, key=lambda sequence: (-len(sequence), sequence)))


def _is_legal_word(legal: str, w: _Word, forgiving: bool) -> bool:
    """Is ``w`` the legal-form word ``legal``: by a key, or (``forgiving``) one mistype away."""
    if legal in w.keys:
        return True
    edits = allowed_edits(legal) if forgiving else 0
    return bool(edits) and any(edit_distance(key, legal, edits) <= edits for key in w.keys)


def _legal_form_at(tokens: Sequence[_Word], index: int) -> int:
    """How many words from ``index`` on make a legal form (the longest that fits), or 0.

    Words of a legal form of several words may be mistyped, one edit each (two in
    long ones: "xususiy bandlik agentnigi"), as long as one of them is spelt right:
    no name holds three words so like "xususiy bandlik agentligi" but that.
    """
    if _LEGAL_STARTS.isdisjoint(tokens[index].keys) and (
            index + 1 >= len(tokens) or _LEGAL_SECONDS.isdisjoint(tokens[index + 1].keys)):
        return 0
    for sequence in _legal_sequences_at(tokens, index):
        window = tokens[index : index + len(sequence)]
        forgiving = len(sequence) > 1
        if len(window) == len(sequence) and all(
                _is_legal_word(legal, w, forgiving) for legal, w in zip(sequence, window, strict=True)):
            return len(sequence)
    return 0


def _without_legal_forms(tokens: list[_Word]) -> list[_Word]:
    """``tokens`` without legal-form words and phrases; all of them if nothing else is left."""
    kept: list[_Word] = []
    index = 0
    while index < len(tokens):
        length = _legal_form_at(tokens, index)
        if length:
            index += length
        else:
            kept.append(tokens[index])
            index += 1
    return kept or tokens


def _legal_form_being_typed(tokens: Sequence[_Word], prefixes: Sequence[str]) -> int:
    """How many words at the end of ``tokens`` begin a legal form, the last one still being typed; 0 if none.

    "Romashka LL" ends in one word of "LLC"; "Bright Work xususiy band" in two of
    "xususiy bandlik agentligi". The words before must stay: a query that is only
    the beginning of a legal form may be the beginning of a name.
    """
    if not any(legal.startswith(prefix) for legal in _LEGAL_WORDS for prefix in prefixes):
        return 0  # most words begin no legal-form word at all
    longest = 0
    for sequence in _LEGAL_SEQUENCES:
        for length in range(min(len(sequence), len(tokens) - 1), longest, -1):
            before = tokens[len(tokens) - length : -1]
            if (all(seq in w.keys for seq, w in zip(sequence, before, strict=False))
                    and any(sequence[length - 1].startswith(prefix) for prefix in prefixes)):
                longest = length
                break
    return longest


def _name_words(name: str) -> list[_Word]:
    """The words of ``name``, legal forms removed."""
    return _without_legal_forms([w for w in map(_word, _split_words(name)) if w is not None])


def _indexed(w: _Word) -> tuple[str, ...]:
    return (*w.keys, w.sound) if w.sound else w.keys


def name_keys(name: str) -> list[tuple[str, ...]]:
    """The keys each word of ``name`` is indexed under (sound keys, then sound-alike key), legal forms removed."""
    return [_indexed(w) for w in _name_words(name)]


def _name_key(tokens: Iterable[_Word]) -> str:
    return " ".join(sorted({w.keys[0] for w in tokens}))


def _is_sound_alike(key: str) -> bool:
    return key.startswith(SOUND_MARK)


# -- building the index -----------------------------------------------------------------


# Bump when what a name is keyed under changes (legal forms, phonetic keys, digits
# apart), so ensure_lookup_index rebuilds an index written by older code.
LOOKUP_FORMAT = "3"
_FORMAT_KEY = "agency_lookup_format"


def ensure_lookup_index(store: Store) -> int | None:
    """Rebuild the index if code keying names otherwise wrote it; return the names indexed, or None if current."""
    if store.get_meta(_FORMAT_KEY) == LOOKUP_FORMAT:
        return None
    return rebuild_lookup_index(store)


def rebuild_lookup_index(store: Store) -> int:
    """Index every agency's names and licence number again, in one transaction; return the names indexed."""
    with store.transaction() as db:
        conn = db.conn
        entries = name_entries((str(agency_id), str(name))
                               for agency_id, name in conn.execute("SELECT agency_id, name FROM agency_names"))
        licences = licence_rows((str(agency_id), str(number))
                                for agency_id, number in conn.execute("SELECT id, licence_number FROM agencies"))
        names, search, gram_table = lookup_rows(entries)
        for table in ("agency_lookup_names", _GRAMS_TABLE, "agency_lookup_licences"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}) VALUES ('delete-all')")
        conn.executemany(INSERT_NAME, names)
        conn.executemany(INSERT_SEARCH, search)
        conn.executemany(INSERT_GRAM, gram_table)
        conn.executemany(INSERT_LICENCE, licences)
        conn.execute(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}) VALUES ('optimize')")
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     [_FORMAT_KEY, LOOKUP_FORMAT])
    return len(entries)


# The statements that fill the index, for whoever writes its rows (a release writes them ahead, in parts).
INSERT_NAME = "INSERT INTO agency_lookup_names(id, agency_id, name, keys, name_key) VALUES (?, ?, ?, ?, ?)"
INSERT_SEARCH = f"INSERT INTO {_FTS_TABLE}(rowid, keys) VALUES (?, ?)"
INSERT_GRAM = f"INSERT INTO {_GRAMS_TABLE}(gram, length, term) VALUES (?, ?, ?)"
INSERT_LICENCE = "INSERT INTO agency_lookup_licences(licence_key, agency_id) VALUES (?, ?)"


@dataclass(frozen=True, order=True)
class NameEntry:
    """One name's row of the index, worked out ahead of the transaction that writes it.

    Ordered as rowids are handed out: fewest words, then shortest, first.
    """

    words: int
    length: int
    name: str
    agency_id: str
    keys: str  # every word's keys (sound keys, then its sound-alike key), legal forms removed
    name_key: str


def name_entries(names: Iterable[tuple[str, str]]) -> list[NameEntry]:
    """The index entries of ``(agency_id, name)`` pairs, in rowid order (the slow part: sound keys)."""
    # Keys are worked out once per distinct word: names share most of their words, and a
    # registry has more distinct words than the key caches hold.
    word_of: dict[str, _Word | None] = {}
    entries = []
    for agency_id, name in names:
        raw = []
        for text in _split_words(name):
            if text in word_of:
                found = word_of[text]
            else:
                found = word_of[text] = _word(text)
            if found is not None:
                raw.append(found)
        tokens = _without_legal_forms(raw)
        if tokens:
            entries.append(NameEntry(len(tokens), len(name), name, agency_id,
                                     " ".join(key for w in tokens for key in _indexed(w)), _name_key(tokens)))
    entries.sort()
    return entries


def licence_rows(agencies: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(licence_key, agency_id)`` rows for ``(agency_id, licence_number)`` pairs, in key order."""
    return sorted({(key, agency_id) for agency_id, number in agencies if (key := licence_key(number))})


def lookup_rows(entries: Sequence[NameEntry], first_rowid: int = 1) -> tuple[
        list[tuple[int, str, str, str, str]], list[tuple[int, str]], list[tuple[str, int, str]]]:
    """The rows of ``agency_lookup_names``, ``agency_lookup_search`` and ``agency_lookup_grams`` for ``entries``.

    Only sound keys get trigrams: a sound-alike key is already as forgiving as a key
    should be, and a typo of one would match names by a consonant or two.
    """
    names = [(rowid, e.agency_id, e.name, e.keys, e.name_key) for rowid, e in enumerate(entries, first_rowid)]
    search = [(rowid, e.keys) for rowid, e in enumerate(entries, first_rowid)]
    terms = {key for entry in entries for key in entry.keys.split(" ") if not _is_sound_alike(key)}
    return names, search, gram_rows(terms)


def unindex_agencies(conn: sqlite3.Connection, agency_ids: Iterable[str]) -> int:
    """Take these agencies' names and licences out of the index, in the caller's transaction; return the rows.

    Call it before their rows in ``agencies`` and ``agency_names`` change: their
    rows in the index are found from them, by ``name_key``, so no other agency's
    row is read or written. Trigrams of keys no other name has go too.
    """
    removed_terms: set[str] = set()
    removed = 0
    for agency_id in agency_ids:
        names = [str(name) for (name,) in conn.execute("SELECT name FROM agency_names WHERE agency_id = ?",
                                                        [agency_id])]
        rows: dict[int, str] = {}
        expected = 0
        for name in names:
            tokens = _name_words(name)
            if not tokens:
                continue
            expected += 1
            rows.update((int(rowid), str(keys)) for rowid, keys in conn.execute(
                "SELECT id, keys FROM agency_lookup_names WHERE name_key = ? AND agency_id = ?",
                [_name_key(tokens), agency_id]))
        if len(rows) < expected:
            # Written by code that keyed names otherwise (an older kiosk): find them the long way.
            rows.update((int(rowid), str(keys)) for rowid, keys in conn.execute(
                "SELECT id, keys FROM agency_lookup_names WHERE agency_id = ?", [agency_id]))
        for rowid, keys in rows.items():
            conn.execute(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}, rowid, keys) VALUES ('delete', ?, ?)",
                         [rowid, keys])
            conn.execute("DELETE FROM agency_lookup_names WHERE id = ?", [rowid])
            removed_terms.update(key for key in keys.split(" ") if not _is_sound_alike(key))
        removed += len(rows)
        licence = conn.execute("SELECT licence_number FROM agencies WHERE id = ?", [agency_id]).fetchone()
        if licence is not None:
            conn.execute("DELETE FROM agency_lookup_licences WHERE licence_key = ? AND agency_id = ?",
                         [licence_key(str(licence[0])), agency_id])
    for term in removed_terms:
        if conn.execute(f"SELECT 1 FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? LIMIT 1",
                        [_quote(term)]).fetchone() is None:
            conn.executemany(f"DELETE FROM {_GRAMS_TABLE} WHERE gram = ? AND length = ? AND term = ?",
                             term_grams(term))
    return removed


def index_agencies(conn: sqlite3.Connection, entries: Sequence[NameEntry], licences: Iterable[tuple[str, str]]) -> int:
    """Add these names and licences to the index, in the caller's transaction; return the first rowid given.

    New names take rowids after every existing one, so no other row moves; they
    are ranked among the others by the lookup's scores, not by rowid.
    """
    last = conn.execute("SELECT max(id) FROM agency_lookup_names").fetchone()[0]
    first = 1 if last is None else int(last) + 1
    names, search, gram_table = lookup_rows(entries, first)
    conn.executemany(INSERT_NAME, names)
    conn.executemany(INSERT_SEARCH, search)
    conn.executemany(INSERT_GRAM.replace("INSERT", "INSERT OR IGNORE"), gram_table)
    conn.executemany(INSERT_LICENCE.replace("INSERT", "INSERT OR IGNORE"), licences)
    return first


# -- turning typing into queries ----------------------------------------------------------


@dataclass(frozen=True)
class _Query:
    tokens: tuple[_Word, ...]  # the words, legal forms removed
    last_prefixes: tuple[str, ...]  # keys the last word, still being typed, may begin; () if it is whole
    name_key: str
    licences: tuple[str, ...]  # licence keys the query may be
    # A legal form being typed after the words ("Bright Pr" may be "Bright Private employment
    # agency" or "Bright Prime"): looked up without it, and with it as words too.
    tail: tuple[_Word, ...] = ()
    tail_prefixes: tuple[str, ...] = ()


def _parse(query: str) -> _Query:
    text = query[:MAX_QUERY_CHARS]
    raw = [word[:MAX_TOKEN_CHARS] for word in itertools.islice(_split_words(text), MAX_TOKENS)]
    typed = [w for w in map(_word, raw) if w is not None]
    prefixes: tuple[str, ...] = ()
    last = _word(raw[-1]) if raw else None
    if typed and last is not None:
        cut = raw[-1][:-1] if len(raw[-1]) > 2 and raw[-1][-1:].lower() in _DIGRAPH_STARTS else ""
        prefixes = tuple(dict.fromkeys((*last.keys, *word_keys(cut)) if cut else last.keys))
    tokens = _without_legal_forms(typed)
    if last is None or not tokens or tokens[-1] != last:
        # The last word typed was a legal form: nothing to complete.
        return _Query(tuple(tokens), (), _name_key(tokens) if tokens else "", _licence_variants(text))
    being_typed = _legal_form_being_typed(tokens, prefixes)
    if being_typed:
        kept = tokens[:-being_typed]
        return _Query(tuple(kept), (), _name_key(kept), _licence_variants(text),
                      tuple(tokens[-being_typed:]), prefixes)
    return _Query(tuple(tokens), prefixes, _name_key(tokens), _licence_variants(text))


def _quote(key: str) -> str:
    return '"' + key.replace('"', '""') + '"'


def _match_expression(groups: Sequence[tuple[Iterable[str], Iterable[str]]]) -> str:
    """``(whole, prefixes)`` per word -> an FTS5 expression of quoted keys only."""
    parts = []
    for whole, prefixes in groups:
        alternatives = [_quote(key) for key in dict.fromkeys(whole)]
        alternatives += [_quote(key) + "*" for key in dict.fromkeys(prefixes)]
        parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts)


def _exact_expression(parsed: _Query, with_tail: bool = False) -> str | None:
    """Every word by its keys, the last also as a prefix while typed; ``with_tail``: the legal form being typed too."""
    tokens, prefixes = (parsed.tokens + parsed.tail, parsed.tail_prefixes) if with_tail else (
        parsed.tokens, parsed.last_prefixes)
    if not tokens:
        return None
    groups: list[tuple[Iterable[str], Iterable[str]]] = [(w.keys, ()) for w in tokens[:-1]]
    groups.append((tokens[-1].keys, prefixes))
    return _match_expression(groups)


class _Similar:
    """Indexed keys near a word's keys (:func:`kiosk.text.similar.similar_terms`), each asked for once per lookup."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self.found: dict[str, list[str]] = {}

    def __call__(self, keys: Iterable[str]) -> list[str]:
        terms: list[str] = []
        for key in keys:
            if key not in self.found:
                self.found[key] = similar_terms(self.db, _GRAMS_TABLE, key)
            terms += self.found[key]
        return terms


# Is this key indexed? Every indexed key is in agency_lookup_grams, under its first trigram too.
_TERM_SQL = f"SELECT 1 FROM {_GRAMS_TABLE} WHERE gram = ? AND length = ? AND term = ?"


def _known_words(db: sqlite3.Connection, parsed: _Query) -> tuple[bool, ...]:
    """For each word of the query: is one of its keys a key of some indexed name?"""
    known = []
    for w in parsed.tokens:
        known.append(any(
            db.execute(_TERM_SQL, term_grams(key)[0]).fetchone() is not None for key in w.keys
        ))
    return tuple(known)


def _widening(known: Sequence[bool]) -> list[tuple[bool, ...] | None]:
    """Which words to widen to their similar keys, in the order to try: the unknown ones, then all (None)."""
    unknown = tuple(not word for word in known)
    return [unknown, None] if any(unknown) and not all(unknown) else [None]


def _similar_expression(parsed: _Query, similar: _Similar, widen: Sequence[bool] | None = None) -> str | None:
    """Every word, or a key similar to it; only the words ``widen`` marks (default: all) get similar keys."""
    if not parsed.tokens:
        return None
    groups: list[tuple[Iterable[str], Iterable[str]]] = []
    for index, w in enumerate(parsed.tokens):
        widened = widen is None or widen[index]
        last = index == len(parsed.tokens) - 1
        groups.append(([*w.keys, *(similar(w.keys) if widened else [])], parsed.last_prefixes if last else ()))
    return _match_expression(groups)


def _informative(sound: str) -> bool:
    return len(sound) - len(SOUND_MARK) >= _INFORMATIVE_SOUND


def _sounds_alike_expression(parsed: _Query, similar: _Similar) -> str | None:
    """Every word, a key similar to it, or its sound-alike key.

    None for a query of one word, or of no word whose sound says enough. A
    sound-alike key keeps consonants only, so invented names of other vowels share
    it ("Xarzun" and "Кисўрзўн" are both ``ksrsn``): one word found by it alone
    would pass a look-alike off as the agency asked about. Two words or more that
    all sound like one name's words ("Fly Job", "Флай Джоб") are that name.
    """
    if len(parsed.tokens) < 2 or not any(_informative(w.sound) for w in parsed.tokens):
        return None
    groups: list[tuple[Iterable[str], Iterable[str]]] = []
    last = len(parsed.tokens) - 1
    for index, w in enumerate(parsed.tokens):
        whole = [*w.keys, *similar(w.keys)]
        sound = [w.sound] if w.sound else []
        if index == last and parsed.last_prefixes and _informative(w.sound):
            # Still being typed: the sound so far begins the word's sound ("Эмплой", "Employment"),
            # once it says enough not to begin half the index's words.
            groups.append((whole, [*parsed.last_prefixes, *sound]))
        else:
            groups.append(([*whole, *sound], parsed.last_prefixes if index == last else ()))
    return _match_expression(groups)


# -- looking up ------------------------------------------------------------------------------

_NAME_SQL = "SELECT n.id, n.agency_id, n.name, n.keys, n.name_key, a.licence_number FROM agency_lookup_names n " \
            "JOIN agencies a ON a.id = n.agency_id"
_MATCH_SQL = f"SELECT rowid FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? ORDER BY rowid LIMIT ?"


def _name_rows(db: sqlite3.Connection, rowids: list[int]) -> list[tuple[int, str, str, str, str, str]]:
    if not rowids:
        return []
    marks = ",".join("?" * len(rowids))
    rows = db.execute(f"{_NAME_SQL} WHERE n.id IN ({marks}) ORDER BY n.id", rowids).fetchall()
    return [(int(r[0]), str(r[1]), str(r[2]), str(r[3]), str(r[4]), str(r[5])) for r in rows]


def _coverage(words_typed: int, name_key: str) -> float:
    """How much of the name the query covers, 0..1: ranks "Roma Travel" above "Roma Travel Group Service".

    Both ways: a name of fewer words than the query matched some of its words
    twice over ("Sakol Sa": both words are in "Saqoʻl", the one word of "Saqoʻl LLC"),
    so it is covered no better than the query covers "Sakol Safar Yoʻl".
    """
    name_words = max(1, len(name_key.split()))
    return min(words_typed, name_words) / max(words_typed, name_words, 1)


class _Fit(NamedTuple):
    """How closely a query's words fit a name's, for names a stage scores alike (see :func:`_fit`)."""

    first: bool
    distance: int
    by_main: int


_NO_FIT = _Fit(False, 0, 0)
# Edits counted between a word and the name word nearest it, at most: beyond, all are far.
_FAR = 3


def _fit(parsed: _Query, keys: str, name_key: str, near: bool) -> _Fit:
    """How closely the query's words fit a name's words, from the name's row: its ``keys`` and ``name_key``.

    - ``first``: the query's first word is the name's first word (or begins it, while
      typed), by that word's main key: the first of the row's keys;
    - ``distance`` (``near`` stages only: names found by similar or sound-alike words):
      the edits from each query word's keys to the closest name word's keys, so
      "Брайт" (``brait``) is nearer "Bright" (``brigt``) than "Bert" (``bert``);
    - ``by_main``: query words that are a name word by its main key (Ёрқўм's main key
      is ``iorkom``, Yorkum's ``erkum``: "Yorkum" means the second).

    The last query word counts when it begins the name word: it is still being typed.
    From the row, not the name, which would have to be cut into words again: a
    3-letter prefix ranks a couple of hundred names.
    """
    if not parsed.tokens or not keys:
        return _NO_FIT
    last = len(parsed.tokens) - 1
    typing = bool(parsed.last_prefixes)
    head = keys.split(" ", 1)[0]
    first = head in parsed.tokens[0].keys or (
        last == 0 and typing and any(head.startswith(prefix) for prefix in parsed.last_prefixes))
    main_keys = name_key.split(" ")
    by_main = distance = 0
    for index, w in enumerate(parsed.tokens):
        begun = index == last and typing
        by_main += w.keys[0] in main_keys or (begun and any(key.startswith(w.keys[0]) for key in main_keys))
        if near:
            distance += min((edit_distance(mine, theirs[: len(mine)] if begun else theirs, _FAR)
                             for theirs in keys.split(" ") if not _is_sound_alike(theirs) for mine in w.keys),
                            default=_FAR + 1)
    return _Fit(first, distance, by_main)


@lru_cache(maxsize=8192)
def _spellings(name: str) -> frozenset[str]:
    """The spellings (:func:`_spelling`) of the words of ``name``, in one go."""
    return frozenset(_split_words(_spelling(name)))


def _by_spelling(parsed: _Query, name: str) -> int:
    """How many query words are a word of ``name`` as spelled: ``Randoʻ`` and ``Rando`` share a key."""
    spellings = _spellings(name)
    last = len(parsed.tokens) - 1
    return sum(w.spelling in spellings or (index == last and bool(parsed.last_prefixes)
                                           and any(s.startswith(w.spelling) for s in spellings))
               for index, w in enumerate(parsed.tokens))


def lookup(store: Store, query: str, limit: int = 20) -> list[Match]:
    """Agencies matching ``query`` best first: licence number, then same name, then name, then similar name.

    Never raises because of what ``query`` contains; [] when nothing matches.
    """
    if limit <= 0 or not isinstance(query, str):
        return []
    # A lone surrogate (an undecodable byte typed on a command line) cannot be bound as a
    # parameter; U+FFFD in its place is a character no key or licence number holds.
    query = without_surrogates(query[: MAX_QUERY_CHARS * 2].replace("\x00", " "))
    parsed = _parse(query)
    db = store.db.conn
    found: dict[str, Match] = {}
    # Per agency, for ranking: the stage's score (without coverage), how closely the name fits,
    # and whether it has every word typed (not so when a legal form being typed was left out).
    ranks: dict[str, tuple[float, _Fit, bool]] = {}

    def add(match: Match, stage: float = 0.0, keys: str = "", name_key: str = "", whole: bool = True) -> None:
        if match.agency_id not in found or found[match.agency_id].score < match.score:
            found[match.agency_id] = match
            near = stage <= SCORE_SIMILAR
            ranks[match.agency_id] = (stage, _fit(parsed, keys, name_key, near) if stage else _NO_FIT, whole)

    def search(expression: str, stage: float, matched: str, words_typed: int = len(parsed.tokens),
               whole: bool = True) -> set[str]:
        """Run one stage's MATCH and add what it finds; return the agencies found."""
        rowids = [int(r[0]) for r in db.execute(_MATCH_SQL, [expression, CANDIDATES])]
        agencies = set()
        for _, agency_id, name, keys, name_key, licence in _name_rows(db, rowids):
            add(Match(agency_id, name, licence, stage + 10 * _coverage(words_typed, name_key), matched), stage,
                keys, name_key, whole)
            agencies.add(agency_id)
        return agencies

    # 1. Licence number, exactly, then as a prefix while it is being typed.
    for licence in parsed.licences:
        for row in db.execute(
            "SELECT l.licence_key, a.id, a.licence_number, "
            "(SELECT name FROM agency_names n WHERE n.agency_id = a.id ORDER BY n.kind = 'aka', n.name LIMIT 1) "
            "FROM agency_lookup_licences l JOIN agencies a ON a.id = l.agency_id "
            "WHERE l.licence_key >= ? AND l.licence_key < ? ORDER BY length(l.licence_key), l.licence_key LIMIT ?",
            [licence, licence + "\U0010ffff", limit],
        ):
            exact = row[0] == licence
            add(Match(str(row[1]), str(row[3] or ""), str(row[2]),
                      SCORE_LICENCE if exact else SCORE_LICENCE_PREFIX, "licence number"))

    if parsed.tokens and len(found) < limit:
        # 2. The same name, in any word order; not while a legal form may be being typed: "Solles Pr"
        #    is not the whole of the name "Soʻles" XBA unless "Pr" is, and it may be "Solles Prime".
        named: set[str] = set()
        if not parsed.tail:
            rows = db.execute(f"{_NAME_SQL} WHERE n.name_key = ? ORDER BY n.id LIMIT ?",
                              [parsed.name_key, CANDIDATES]).fetchall()
            named = {str(row[1]) for row in rows}
            for _, agency_id, name, keys, name_key, licence in rows:
                add(Match(str(agency_id), str(name), str(licence), SCORE_EXACT_NAME, "name"), SCORE_EXACT_NAME,
                    str(keys), str(name_key))
        # 3. Every word, the last as a prefix; with a legal form being typed, also as words, and the
        #    names that have those words too come first.
        expression = _exact_expression(parsed)
        searches = [(expression, len(parsed.tokens), not parsed.tail)]
        if parsed.tail:
            searches.insert(0, (_exact_expression(parsed, with_tail=True), len(parsed.tokens) + len(parsed.tail), True))
        for exact, words_typed, whole in searches:
            if exact is not None and len(found) < limit:
                named |= search(exact, SCORE_NAME, "name", words_typed, whole)
        # 4. Similar words, only when the words as typed found nothing.
        similar = _Similar(db)
        tried = {expression}
        spelled = bool(named)
        if not spelled and len(found) < limit:
            for widen in _widening(_known_words(db, parsed)):
                widened = _similar_expression(parsed, similar, widen)
                if widened is None or widened in tried:
                    continue
                tried.add(widened)
                if search(widened, SCORE_SIMILAR, "similar name"):
                    spelled = True
                    break
        # 5. Words that sound alike, only when no spelling found anything (nor a licence number:
        #    "UZ 2025 00123" is not words to hear).
        if not spelled and not found:
            alike = _sounds_alike_expression(parsed, similar)
            if alike is not None and alike not in tried:
                search(alike, SCORE_SOUNDS_ALIKE, "similar name")

    def order(match: Match) -> tuple[float, bool, bool, float, int, int]:
        # Licence matches have no stage of their own: their score is one.
        stage, fit, whole = ranks.get(match.agency_id, (0.0, _NO_FIT, True))
        return (-(stage or match.score), not fit.first, not whole, -match.score, fit.distance, -fit.by_main)

    # Only the names that may be among the first ``limit`` are told apart by spelling and length.
    ordered = sorted(found.values(), key=order)
    if len(ordered) > limit:
        cut = order(ordered[limit - 1])
        ordered = [match for match in ordered if order(match) <= cut]
    ordered.sort(key=lambda match: (order(match), -_by_spelling(parsed, match.name), len(match.name), match.name,
                                    match.agency_id))
    return ordered[:limit]
