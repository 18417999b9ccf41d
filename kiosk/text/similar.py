"""Words one or two typing mistakes away, found through an index of trigrams.

The agency lookup and the article search both widen a word nobody has indexed
to the indexed words that look like it. Each keeps a table of
``(gram, length, term)`` rows, one per trigram of every indexed term (:func:`term_grams`) (the article
search adds a ``scope`` column: the language), and asks :func:`similar_terms`
for the terms that share enough trigrams and are within :func:`allowed_edits`
of the word, by :func:`edit_distance`.

Before comparing, both sides go through :func:`confusion_fold`, so the mistakes
people make most are no mistake at all: Uzbek x/h/ҳ (``ish xaqi`` for ``ish
haqi``), ы/и, е/э, щ/ш and doubled letters. Those slips then cost nothing, and a
word keeps its one real typo on top of them.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

__all__ = [
    "FUZZY_CANDIDATES",
    "allowed_edits",
    "confusion_fold",
    "edit_distance",
    "gram_rows",
    "grams",
    "overlapping_terms",
    "similar_terms",
    "term_grams",
]

# Terms taken from the trigram index per word, before the edit distance check.
FUZZY_CANDIDATES = 48

# Letters people swap without noticing, each group folded to its first letter.
_CONFUSIONS = str.maketrans({"x": "h", "х": "h", "ҳ": "h", "h": "h", "ы": "и", "э": "е", "щ": "ш", "ё": "е",
                             "й": "и", "ъ": "", "ь": ""})
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def confusion_fold(term: str) -> str:
    """``term`` with the commonest confusions removed: x/h/ҳ/х, ы/и, е/э/ё, щ/ш, й/и, ъ ь, doubled letters."""
    return _DOUBLED.sub(r"\1", term.translate(_CONFUSIONS))


def grams(term: str) -> set[str]:
    """The trigrams of ``term``, with ``^`` and ``$`` marking its ends."""
    padded = f"^{term}$"
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def term_grams(term: str) -> list[tuple[str, int, str]]:
    """The ``(gram, length, term)`` rows of one term, in primary-key order.

    Grams and length are those of the term with its confusions folded
    (:func:`confusion_fold`): ``xaqqi`` and ``haqi`` then share every trigram, and
    a word typed with a doubled letter is as long as the word meant.
    """
    folded = confusion_fold(term) or term
    return [(gram, len(folded), term) for gram in sorted(grams(folded))]


def gram_rows(terms: set[str] | list[str]) -> list[tuple[str, int, str]]:
    """:func:`term_grams` for every term, in primary-key order.

    In that order each row lands at the end of the table's b-tree. Terms are put in
    (length, term) order once and dealt out to their grams, which keeps that order:
    sorting the rows themselves would compare a million tuples.
    """
    by_gram: dict[str, list[tuple[int, str]]] = {}
    rows = (row for term in set(terms) for row in term_grams(term))
    for gram, length, term in sorted(rows, key=lambda row: (row[1], row[2])):
        by_gram.setdefault(gram, []).append((length, term))
    return [(gram, length, term) for gram in sorted(by_gram) for length, term in by_gram[gram]]


def allowed_edits(term: str) -> int:
    """How many edits a word of this length may be from the word meant: none under four letters."""
    return 0 if len(term) < 4 else 1 if len(term) < 8 else 2


def edit_distance(a: str, b: str, bound: int) -> int:
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


def overlapping_terms(db: sqlite3.Connection, table: str, key: str, scope: str | None = None,
                      edits: int | None = None, need: int = 1, limit: int = FUZZY_CANDIDATES) -> list[str]:
    """Terms of ``table`` sharing the most trigrams with ``key``, at least ``need``; most shared first.

    Grams and lengths are compared with the confusions folded (:func:`term_grams`).
    ``edits`` bounds the length: only terms within that many letters of ``key``'s
    length are read (None: any length). ``table`` holds :func:`term_grams` rows,
    and a ``scope`` column when ``scope`` is given.
    """
    rows = term_grams(key)
    length = rows[0][1] if rows else len(key)
    marks = ",".join("?" * len(rows))
    where_scope = "scope = ? AND " if scope is not None else ""
    low, high = (length - edits, length + edits) if edits is not None else (0, 1 << 30)
    # Many terms share as many trigrams (every word ending "-shuh" shares three with "nbshuh"), and
    # only ``limit`` are taken: among those, the ones that begin with the same letter (a typo is
    # seldom the first letter) and are nearest in length are likeliest, so they go first.
    found = db.execute(
        f"SELECT term FROM {table} WHERE {where_scope}gram IN ({marks}) AND length BETWEEN ? AND ? "
        f"GROUP BY term HAVING count(*) >= ? "
        f"ORDER BY count(*) DESC, substr(term, 1, 1) = ? DESC, abs(length - ?), term LIMIT ?",
        [*([scope] if scope is not None else []), *(gram for gram, _, _ in rows), low, high, need, key[:1], length,
         limit],
    ).fetchall()
    return [str(term) for (term,) in found]


def similar_terms(db: sqlite3.Connection, table: str, key: str, scope: str | None = None,
                  candidates: int = FUZZY_CANDIDATES, same_start: bool = False) -> list[str]:
    """Terms of ``table`` within :func:`allowed_edits` of ``key``, closest first; never ``key`` itself.

    The candidates are the terms sharing enough trigrams (:func:`overlapping_terms`).
    Terms are compared after :func:`confusion_fold`, so a confusion alone is
    distance 0 and still counts as similar. With ``same_start``, only terms that
    begin with the same letter (after folding) count: people seldom mistype the
    first letter, and a word of the language the index does not hold (нафари,
    "person") is more often one letter from an unrelated word (сафари, "journey")
    than a typo.
    """
    edits = allowed_edits(key)
    if not edits:
        return []
    wanted = confusion_fold(key)
    # One letter changed breaks up to three trigrams; two neighbours swapped (one edit), four.
    need = max(1, len(term_grams(key)) - 4 * edits)
    scored = []
    for term in overlapping_terms(db, table, key, scope, edits, need, candidates):
        if term == key or (same_start and confusion_fold(term)[:1] != wanted[:1]):
            continue
        distance = edit_distance(wanted, confusion_fold(term), edits)
        if distance <= edits:
            # A confusion alone beats a real typo; a real typo beats two.
            scored.append((distance, edit_distance(key, term, edits + 2), term))
    return [term for _, _, term in sorted(scored)]
