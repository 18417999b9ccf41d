"""Finding an agency as the traveller types: by licence number or, forgivingly, by name.

The index (migration 5) is derived from ``agencies`` and ``agency_names`` by
:func:`rebuild_lookup_index`, which the registry import calls after every import
(a release writes the same rows, worked out ahead with :func:`name_entries`, or
changes one agency's rows only: :func:`unindex_agencies`, :func:`index_agencies`):

- ``agency_lookup_names``: one row per name, with its word *keys* and its
  ``name_key``; rowids are given shortest name first;
- ``agency_lookup_search``: contentless FTS5 over the keys, same rowids;
- ``agency_lookup_grams``: every distinct key cut into trigrams, to find the keys
  one or two edits away from a mistyped word without reading every key;
- ``agency_lookup_licences``: licence numbers normalised (:func:`licence_key`).

A word's keys are Latin *sound keys* (:func:`kiosk.text.normalise.sound_key`),
one alphabet for every script: ``Samarqand``, ``Samarkand`` and ``Самарқанд``
are all ``samarkand``; ``Oʻzbek``, ``O'zbek``, ``Ozbek`` are ``ozbek``; a
Cyrillic word is also keyed through the Uzbek transliteration (``Ўзбек`` is
``uzbek`` and ``ozbek``). Legal-form words (MChJ, ООО, LLC, XK, "mas'uliyati
cheklangan jamiyati" ...) are dropped from names and queries alike, so they are
neither needed nor in the way.

A query is answered in stages, each an indexed read, and ranked by stage:

1. licence number: the normalised query equal to a licence key, then a prefix
   of one (typing a number); "licence number";
2. the same words as a name, in any order (``name_key`` equality); "name";
3. every word found, the last one as a prefix (FTS5); "name";
4. only if 2 and 3 found nothing: every word, or a key one edit away (two in
   words of eight letters or more); "similar name". The words the index does
   not know are widened to their similar keys first; if that finds nothing
   (or every word is known), every word is. So a name found as typed is not
   padded out with look-alikes, and a typo that is itself another agency's
   word ("Zarvim" for "Zarvin") still finds the name meant.

A stage runs only while fewer than ``limit`` agencies are found: every later
stage scores lower, so it could not change the answer.

User input never reaches ``MATCH``: only quoted keys, ``OR``, ``AND``,
parentheses and ``*`` do. Any input returns matches or nothing, never an error.
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kiosk.agencies.registry import normalise_licence
from kiosk.text.clean import without_surrogates
from kiosk.text.normalise import sound_key, words
from kiosk.text.uzbek import cyrillic_to_latin

if TYPE_CHECKING:
    from kiosk.store import Store

__all__ = [
    "INSERT_GRAM",
    "INSERT_LICENCE",
    "INSERT_NAME",
    "INSERT_SEARCH",
    "Match",
    "NameEntry",
    "index_agencies",
    "licence_key",
    "licence_rows",
    "lookup",
    "lookup_rows",
    "name_entries",
    "name_keys",
    "rebuild_lookup_index",
    "unindex_agencies",
]

# A query is a few words; past these limits the answer would not change.
MAX_QUERY_CHARS = 200
MAX_TOKENS = 8
MAX_TOKEN_CHARS = 40
# Rows read from the index per stage before scoring in Python.
CANDIDATES = 200
# Keys per mistyped word taken from the trigram index, before the edit distance check.
FUZZY_CANDIDATES = 48

# Scores: a stage always outranks the next one.
SCORE_LICENCE = 100.0
SCORE_LICENCE_PREFIX = 90.0
SCORE_EXACT_NAME = 80.0
SCORE_NAME = 60.0
SCORE_SIMILAR = 40.0

_FTS_TABLE = "agency_lookup_search"

# Legal forms, written as people write them; compared by key, so every script and
# spelling of one (ООО, OOO; МЧЖ, MChJ; ХК, XK) is one entry.
_LEGAL_FORMS = (
    "MChJ", "МЧЖ", "ООО", "ОсОО", "LLC", "Ltd", "XK", "ХК", "ЧП", "ИП", "АО", "ОАО", "ЗАО", "ПАО",
    "AJ", "АЖ", "QK", "ҚК", "XT", "ХТ", "YaTT", "ЯТТ", "Inc", "LLP", "GmbH", "JSC", "ЖЧК", "ДФ",
    "mas'uliyati cheklangan jamiyati", "mas'uliyati cheklangan jamiyat",
    "масъулияти чекланган жамияти", "масъулияти чекланган жамият",
    "общество с ограниченной ответственностью", "жоопкерчилиги чектелген коому",
    "limited liability company", "xususiy korxona", "хусусий корхона", "частное предприятие",
    "индивидуальный предприниматель", "aksiyadorlik jamiyati", "акциядорлик жамияти",
    "акционерное общество", "ҷамъияти дорои масъулияти маҳдуд",
)  # fmt: skip

# Letters that begin a Latin digraph (sh, ch, zh, kh, ts, ya, ...): a word typed so
# far that ends in one is also looked up without it.
_DIGRAPH_STARTS = frozenset("cdgkstyz")
_UZBEK_CYRILLIC = frozenset("ўқғҳ")


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


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in word)


@lru_cache(maxsize=65536)
def word_keys(word: str) -> tuple[str, ...]:
    """The keys one word is indexed and looked up under; the first is its main key. May be empty."""
    keys = [sound_key(word)]
    if _is_cyrillic(word):
        # Uzbek Cyrillic (ў қ ғ ҳ): the Uzbek Latin spelling's key is the main one.
        uzbek = sound_key(cyrillic_to_latin(word))
        keys.insert(0 if _UZBEK_CYRILLIC.intersection(word.lower()) else 1, uzbek)
    elif "shch" in word.lower():  # Latin "shch" is ш+ч in Uzbek (ishchi) more often than щ
        keys.insert(0, sound_key(re.sub("(?i)shch", "sh'ch", word)))
    return tuple(key for key in dict.fromkeys(keys) if key)


def _legal_form_sequences() -> tuple[tuple[str, ...], ...]:
    sequences = {tuple(word_keys(word)[0] for word in words(form) if word_keys(word)) for form in _LEGAL_FORMS}
    return tuple(sorted(sequences, key=len, reverse=True))


_LEGAL_SEQUENCES = _legal_form_sequences()
_LEGAL_STARTS = frozenset(sequence[0] for sequence in _LEGAL_SEQUENCES)
# The sequences by their first key, longest first: most words begin none, and are passed over at one look.
_LEGAL_BY_START = {start: tuple(seq for seq in _LEGAL_SEQUENCES if seq[0] == start) for start in _LEGAL_STARTS}


def _legal_sequences_from(keys: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The legal-form sequences a word with ``keys`` may begin, longest first."""
    if len(keys) == 1:
        return _LEGAL_BY_START.get(keys[0], ())
    found = {sequence for key in keys for sequence in _LEGAL_BY_START.get(key, ())}
    return tuple(sorted(found, key=len, reverse=True))


def _legal_form_at(tokens: list[tuple[str, ...]], index: int) -> int:
    """How many words from ``index`` on make a legal form (the longest that fits), or 0."""
    first = tokens[index]
    if _LEGAL_STARTS.isdisjoint(first):
        return 0
    for sequence in _legal_sequences_from(first):
        window = tokens[index : index + len(sequence)]
        if len(window) == len(sequence) and all(seq in keys for seq, keys in zip(sequence, window, strict=True)):
            return len(sequence)
    return 0


def _without_legal_forms(tokens: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``tokens`` (each a word's keys) without legal-form words and phrases; all of them if nothing else is left."""
    kept: list[tuple[str, ...]] = []
    index = 0
    while index < len(tokens):
        length = _legal_form_at(tokens, index)
        if length:
            index += length
        else:
            kept.append(tokens[index])
            index += 1
    return kept or tokens


def name_keys(name: str) -> list[tuple[str, ...]]:
    """The keys of each word of ``name``, legal forms removed."""
    return _without_legal_forms([keys for keys in (word_keys(word) for word in words(name)) if keys])


def _name_key(tokens: Iterable[tuple[str, ...]]) -> str:
    return " ".join(sorted({keys[0] for keys in tokens}))


def _grams(term: str) -> set[str]:
    padded = f"^{term}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def _allowed_edits(term: str) -> int:
    return 0 if len(term) < 4 else 1 if len(term) < 8 else 2


def _edit_distance(a: str, b: str, bound: int) -> int:
    """Optimal string alignment distance (a swap of neighbours is one edit), or ``bound + 1`` if above ``bound``."""
    if abs(len(a) - len(b)) > bound:
        return bound + 1
    # What both begin and end with costs nothing: only the middles are compared.
    start, shorter = 0, min(len(a), len(b))
    while start < shorter and a[start] == b[start]:
        start += 1
    end = 0
    while end < shorter - start and a[-1 - end] == b[-1 - end]:
        end += 1
    a, b = a[start : len(a) - end], b[start : len(b) - end]
    if len(a) <= 1 and len(b) <= 1:
        return max(len(a), len(b))  # one letter changed, added or dropped, or none
    if bound <= 1:
        return 1 if len(a) == len(b) == 2 and a == b[::-1] else bound + 1  # two neighbours swapped, or more
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > bound:
            return bound + 1
        previous2, previous = previous, current
    return min(previous[-1], bound + 1)


# -- building the index -----------------------------------------------------------------


def rebuild_lookup_index(store: Store) -> int:
    """Index every agency's names and licence number again, in one transaction; return the names indexed."""
    with store.transaction() as db:
        conn = db.conn
        entries = name_entries((str(agency_id), str(name))
                               for agency_id, name in conn.execute("SELECT agency_id, name FROM agency_names"))
        licences = licence_rows((str(agency_id), str(number))
                                for agency_id, number in conn.execute("SELECT id, licence_number FROM agencies"))
        names, search, grams = lookup_rows(entries)
        for table in ("agency_lookup_names", "agency_lookup_grams", "agency_lookup_licences"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}) VALUES ('delete-all')")
        conn.executemany(INSERT_NAME, names)
        conn.executemany(INSERT_SEARCH, search)
        conn.executemany(INSERT_GRAM, grams)
        conn.executemany(INSERT_LICENCE, licences)
        conn.execute(f"INSERT INTO {_FTS_TABLE}({_FTS_TABLE}) VALUES ('optimize')")
    return len(entries)


# The statements that fill the index, for whoever writes its rows (a release writes them ahead, in parts).
INSERT_NAME = "INSERT INTO agency_lookup_names(id, agency_id, name, keys, name_key) VALUES (?, ?, ?, ?, ?)"
INSERT_SEARCH = f"INSERT INTO {_FTS_TABLE}(rowid, keys) VALUES (?, ?)"
INSERT_GRAM = "INSERT INTO agency_lookup_grams(gram, length, term) VALUES (?, ?, ?)"
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
    keys: str  # every word's keys, legal forms removed
    name_key: str


def name_entries(names: Iterable[tuple[str, str]]) -> list[NameEntry]:
    """The index entries of ``(agency_id, name)`` pairs, in rowid order (the slow part: sound keys)."""
    # Keys are worked out once per distinct word: names share most of their words, and a
    # registry has more distinct words than word_keys' cache holds.
    keys_of: dict[str, tuple[str, ...]] = {}
    entries = []
    for agency_id, name in names:
        raw = []
        for word in words(name):
            keys = keys_of.get(word)
            if keys is None:
                keys = keys_of[word] = word_keys(word)
            if keys:
                raw.append(keys)
        tokens = _without_legal_forms(raw)
        if tokens:
            entries.append(NameEntry(len(tokens), len(name), name, agency_id,
                                     " ".join(key for token in tokens for key in token), _name_key(tokens)))
    entries.sort()
    return entries


def licence_rows(agencies: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(licence_key, agency_id)`` rows for ``(agency_id, licence_number)`` pairs, in key order."""
    return sorted({(key, agency_id) for agency_id, number in agencies if (key := licence_key(number))})


def lookup_rows(entries: Sequence[NameEntry], first_rowid: int = 1) -> tuple[
        list[tuple[int, str, str, str, str]], list[tuple[int, str]], list[tuple[str, int, str]]]:
    """The rows of ``agency_lookup_names``, ``agency_lookup_search`` and ``agency_lookup_grams`` for ``entries``."""
    names = [(rowid, e.agency_id, e.name, e.keys, e.name_key) for rowid, e in enumerate(entries, first_rowid)]
    search = [(rowid, e.keys) for rowid, e in enumerate(entries, first_rowid)]
    grams = list(_gram_rows({key for entry in entries for key in entry.keys.split(" ")}))
    return names, search, grams


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
            tokens = name_keys(name)
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
            removed_terms.update(keys.split(" "))
        removed += len(rows)
        licence = conn.execute("SELECT licence_number FROM agencies WHERE id = ?", [agency_id]).fetchone()
        if licence is not None:
            conn.execute("DELETE FROM agency_lookup_licences WHERE licence_key = ? AND agency_id = ?",
                         [licence_key(str(licence[0])), agency_id])
    for term in removed_terms:
        if conn.execute(f"SELECT 1 FROM {_FTS_TABLE} WHERE {_FTS_TABLE} MATCH ? LIMIT 1",
                        [_quote(term)]).fetchone() is None:
            conn.executemany("DELETE FROM agency_lookup_grams WHERE gram = ? AND length = ? AND term = ?",
                             [(gram, len(term), term) for gram in sorted(_grams(term))])
    return removed


def index_agencies(conn: sqlite3.Connection, entries: Sequence[NameEntry], licences: Iterable[tuple[str, str]]) -> int:
    """Add these names and licences to the index, in the caller's transaction; return the first rowid given.

    New names take rowids after every existing one, so no other row moves; they
    are ranked among the others by the lookup's scores, not by rowid.
    """
    last = conn.execute("SELECT max(id) FROM agency_lookup_names").fetchone()[0]
    first = 1 if last is None else int(last) + 1
    names, search, grams = lookup_rows(entries, first)
    conn.executemany(INSERT_NAME, names)
    conn.executemany(INSERT_SEARCH, search)
    conn.executemany(INSERT_GRAM.replace("INSERT", "INSERT OR IGNORE"), grams)
    conn.executemany(INSERT_LICENCE.replace("INSERT", "INSERT OR IGNORE"), licences)
    return first


def _gram_rows(terms: Iterable[str]) -> Iterator[tuple[str, int, str]]:
    """(gram, length, term) for every gram of every term, in primary key order.

    In that order each row lands at the end of the table's b-tree. Terms are put in
    (length, term) order once and dealt out to their grams, which keeps that order:
    sorting the rows themselves would compare a million tuples.
    """
    by_gram: dict[str, list[str]] = defaultdict(list)
    for term in sorted(terms, key=lambda term: (len(term), term)):
        for gram in _grams(term):
            by_gram[gram].append(term)
    for gram in sorted(by_gram):
        for term in by_gram[gram]:
            yield gram, len(term), term


# -- turning typing into queries ----------------------------------------------------------


@dataclass(frozen=True)
class _Query:
    tokens: tuple[tuple[str, ...], ...]  # each word's keys, legal forms removed
    last_prefixes: tuple[str, ...]  # keys the last word, still being typed, may begin
    name_key: str
    licences: tuple[str, ...]  # licence keys the query may be


def _parse(query: str) -> _Query:
    text = query[:MAX_QUERY_CHARS]
    raw = [word[:MAX_TOKEN_CHARS] for word in itertools.islice(words(text), MAX_TOKENS)]
    tokens = [keys for keys in (word_keys(word) for word in raw) if keys]
    prefixes: tuple[str, ...] = ()
    if tokens and raw:
        last = raw[-1]
        extra = word_keys(last[:-1]) if len(last) > 2 and last[-1:].lower() in _DIGRAPH_STARTS else ()
        prefixes = tuple(dict.fromkeys(key for key in (*word_keys(last), *extra) if key))
    tokens = _without_legal_forms(tokens)
    if (len(tokens) > 1 and raw and word_keys(raw[-1]) == tokens[-1]
            and any(legal.startswith(key) for key in prefixes for legal in _LEGAL_STARTS)):
        tokens.pop()  # a legal form being typed ("Romashka LL"): look up the words before it
    if tokens and raw and word_keys(raw[-1]) != tokens[-1]:
        prefixes = ()  # the last word typed was a legal form, or is becoming one: nothing to complete
    return _Query(tuple(tokens), prefixes, _name_key(tokens) if tokens else "", _licence_variants(text))


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


def _exact_expression(parsed: _Query) -> str | None:
    if not parsed.tokens:
        return None
    groups: list[tuple[Iterable[str], Iterable[str]]] = [(keys, ()) for keys in parsed.tokens[:-1]]
    groups.append((parsed.tokens[-1], parsed.last_prefixes))
    return _match_expression(groups)


def _similar_terms(db: sqlite3.Connection, key: str) -> list[str]:
    """Indexed keys within the allowed edits of ``key``, via shared trigrams."""
    edits = _allowed_edits(key)
    if not edits:
        return []
    grams = sorted(_grams(key))
    need = max(1, len(grams) - 3 * edits)
    marks = ",".join("?" * len(grams))
    rows = db.execute(
        f"SELECT term FROM agency_lookup_grams WHERE gram IN ({marks}) AND length BETWEEN ? AND ? "
        f"GROUP BY term HAVING count(*) >= ? ORDER BY count(*) DESC LIMIT ?",
        [*grams, len(key) - edits, len(key) + edits, need, FUZZY_CANDIDATES],
    ).fetchall()
    return [str(term) for (term,) in rows if term != key and _edit_distance(key, str(term), edits) <= edits]


# Is this key indexed? Every indexed key is in agency_lookup_grams, under its first trigram too.
_TERM_SQL = "SELECT 1 FROM agency_lookup_grams WHERE gram = ? AND length = ? AND term = ?"


def _known_words(db: sqlite3.Connection, parsed: _Query) -> tuple[bool, ...]:
    """For each word of the query: is one of its keys a key of some indexed name?"""
    known = []
    for keys in parsed.tokens:
        known.append(any(
            db.execute(_TERM_SQL, [f"^{key}$"[:3], len(key), key]).fetchone() is not None for key in keys
        ))
    return tuple(known)


def _widening(known: Sequence[bool]) -> list[tuple[bool, ...] | None]:
    """Which words to widen to their similar keys, in the order to try: the unknown ones, then all (None)."""
    unknown = tuple(not word for word in known)
    return [unknown, None] if any(unknown) and not all(unknown) else [None]


def _similar_expression(db: sqlite3.Connection, parsed: _Query,
                        widen: Sequence[bool] | None = None) -> str | None:
    """Every word, or a key similar to it; only the words ``widen`` marks (default: all) get similar keys."""
    if not parsed.tokens:
        return None
    groups: list[tuple[Iterable[str], Iterable[str]]] = []
    for index, keys in enumerate(parsed.tokens):
        widened = widen is None or widen[index]
        similar = [term for key in keys for term in _similar_terms(db, key)] if widened else []
        last = index == len(parsed.tokens) - 1
        groups.append(([*keys, *similar], parsed.last_prefixes if last else ()))
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


def _coverage(parsed: _Query, name_key: str) -> float:
    """How much of the name the query covers, 0..1: ranks "Roma Travel" above "Roma Travel Group Service"."""
    name_words = max(1, len(name_key.split()))
    return min(1.0, len(parsed.tokens) / name_words)


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

    def add(match: Match) -> None:
        if match.agency_id not in found or found[match.agency_id].score < match.score:
            found[match.agency_id] = match

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
        # 2. The same name, in any word order.
        rows = db.execute(f"{_NAME_SQL} WHERE n.name_key = ? ORDER BY n.id LIMIT ?",
                          [parsed.name_key, CANDIDATES]).fetchall()
        named = {str(row[1]) for row in rows}
        for _, agency_id, name, _, _, licence in rows:
            add(Match(str(agency_id), str(name), str(licence), SCORE_EXACT_NAME, "name"))
        # 3. Every word, the last as a prefix.
        expression = _exact_expression(parsed)
        if expression is not None and len(found) < limit:
            rowids = [int(r[0]) for r in db.execute(_MATCH_SQL, [expression, CANDIDATES])]
            for _, agency_id, name, _, key, licence in _name_rows(db, rowids):
                named.add(agency_id)
                add(Match(agency_id, name, licence, SCORE_NAME + 10 * _coverage(parsed, key), "name"))
        # 4. Similar words, only when the words as typed found nothing.
        if not named and len(found) < limit:
            for widen in _widening(_known_words(db, parsed)):
                similar = _similar_expression(db, parsed, widen)
                if similar is None or similar == expression:
                    continue
                rowids = [int(r[0]) for r in db.execute(_MATCH_SQL, [similar, CANDIDATES])]
                for _, agency_id, name, _, key, licence in _name_rows(db, rowids):
                    add(Match(agency_id, name, licence, SCORE_SIMILAR + 10 * _coverage(parsed, key),
                              "similar name"))
                if rowids:
                    break

    ranked = sorted(found.values(), key=lambda m: (-m.score, len(m.name), m.name, m.agency_id))
    return ranked[:limit]
