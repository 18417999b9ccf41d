"""Full-text search over the articles, as the traveller types (DESIGN §3).

The index is the FTS5 table ``article_search`` (migration 3), one row per
article and language:

- ``title``, ``body``: the text in the normalised form of
  :mod:`kiosk.text.normalise` (folded; Uzbek in both scripts; Russian, Kyrgyz
  and Tajik with a Latin sound key), Markdown stripped from the body;
- ``article_id``, ``language``, ``display`` (UNINDEXED): which article, and the
  body as the reader sees it, cut into words for snippets (:func:`display_text`).

Rows of one language share a block of rowids (``_rowid_block``), so "only this
language" is a rowid range FTS5 applies while it walks the index, not a filter
on everything every language matched.

Each body and title line of forms is followed by lines of the same words'
stems (:func:`kiosk.text.normalise.stem_forms`), so ``регистрацией`` finds
``регистрация`` and ``shartnomangizda`` finds ``shartnoma``.

A query never reaches ``MATCH`` as typed. :func:`to_match_query` cuts it into
words, drops the words that carry no meaning (:mod:`kiosk.text.stopwords`),
gives each word the forms and stems the index holds, quotes them and joins them:
the forms of one word with OR, and the words with OR too, each as a prefix
(endings, and the word still being typed; see :func:`query_terms`). Not every
word has to match: people describe a problem in more words than any article
uses. Anything people can type gives results or nothing, never an error.

Ranking: articles holding more of the query's words come first (each word's
rowids are one MATCH; see :func:`_coverage_sql`), then articles whose title
matches, then by bm25 with a title hit worth ten body hits. "Title matches" is exact, not a large weight: bm25 with the
body weighted 0 is negative exactly when some query word is in the title.
Snippets are cut from the text the reader sees, around the first matched word,
with the matched words in ``<b>``...``</b>`` and everything else HTML-escaped
(the QML shows them as StyledText).

:func:`rebuild_index` fills the index from ``articles``; whatever replaces the
articles should call it in the same transaction. A release builds the rows
ahead (:func:`index_rows`) and writes them whole (:func:`write_index`), or one
article at a time (:func:`index_article`, :func:`unindex_article`). The index is derived data whose
layout belongs to this module, not to the schema: :func:`ensure_index` rebuilds
it when it was written by code with another ``INDEX_FORMAT`` (call it at start-up).
"""

from __future__ import annotations

import html
import itertools
import json
import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, TextIO

from kiosk import languages
from kiosk.content import synonyms
from kiosk.text.normalise import (
    SOUND_KEYED,
    UZBEK,
    fold,
    has_cyrillic,
    normalise,
    sound_key,
    stem_forms,
    strip_markdown,
    variant_count,
    word_forms,
    word_spans,
    words,
)
from kiosk.text.similar import gram_rows, overlapping_terms, similar_terms, term_grams
from kiosk.text.stopwords import is_stopword

if TYPE_CHECKING:
    from kiosk.store import Store

__all__ = [
    "HELP_ARTICLE",
    "IndexRow",
    "QueryWord",
    "SearchAnswer",
    "SearchHit",
    "TopicTile",
    "display_text",
    "ensure_index",
    "index_article",
    "index_row",
    "index_rows",
    "main_search",
    "query_terms",
    "rebuild_index",
    "search",
    "search_articles",
    "searched_words",
    "to_match_query",
    "typo_key",
    "unindex_article",
    "write_index",
]

log = logging.getLogger(__name__)

# Long input is cut, not refused: a traveller's query is a few words, and past
# this FTS5 would only do more work for the same answer. The first 12 words count,
# each up to 64 characters, found within the first 4,000 characters typed.
MAX_TOKENS = 12
MAX_TOKEN_CHARS = 64
MAX_QUERY_CHARS = 4000
# Words are searched as prefixes once they have two letters; one letter would
# match most of the index and tell the reader nothing.
MIN_PREFIX_CHARS = 2
MIN_STEM_CHARS = 3
# A stem this long is searched as a prefix too (регистрац finds регистрационный);
# a shorter one only whole, or бер (from бербей, "does not give") would find
# every word beginning with бер.
MIN_STEM_PREFIX_CHARS = 3
# A word no article holds is widened to at most this many indexed words like it.
SIMILAR_WORDS = 3
# Vocabulary words shorter than this are never offered for a typo (see
# kiosk.text.similar.allowed_edits: no edits under four letters).
MIN_TYPO_CHARS = 4
# When nothing matches: how many of the closest topics are offered.
CLOSEST_TOPICS = 4
# The article offered whenever nothing matches (when it is on the kiosk).
HELP_ARTICLE = "where-to-get-help"
SNIPPET_WORDS = 20
SNIPPET_WORDS_BEFORE = 5

# Bump when what rebuild_index writes changes (normalise, display_text, strip_markdown), so
# ensure_index rebuilds indexes written by older code.
INDEX_FORMAT = "6"
_FORMAT_KEY = "search_index_format"
_WORDS_TABLE = "article_search_words"
_GRAMS_TABLE = "article_search_grams"

TITLE_WEIGHT = 10.0
BODY_WEIGHT = 1.0
_ROWID_BLOCK = 1 << 32
_SPACES = re.compile(r"\s+")

# Latin letters that begin a two-letter spelling of one Cyrillic letter (ts, kh,
# zh, ye, dj): until the second letter is typed, the prefix is read as the first
# letter alone, so it is also searched without it.
_UNFINISHED_DIGRAPH = frozenset("tkzyd")

_RANK_SQL = f"""
SELECT rowid, bm25(article_search, 1.0, 0.0) < 0, bm25(article_search, {TITLE_WEIGHT}, {BODY_WEIGHT})
FROM article_search
WHERE article_search MATCH ? AND rowid >= ? AND rowid < ?
ORDER BY 2 DESC, 3, 1
LIMIT ?
"""



@lru_cache(maxsize=16)
def _coverage_sql(groups: int) -> str:
    """Ranking for a phrase: how many of its meaningful words an article holds, then title hits, then bm25.

    Each word is its own MATCH (one doclist walk each), scored as it is walked and
    materialised before grouping, so FTS5 never evaluates a query once per rowid.
    bm25 is a sum over the query's phrases, so the sum of the words' scores is the
    score of the query of any word, without walking every doclist a second time.
    """
    covers = " UNION ALL ".join(
        f"SELECT rowid AS id, bm25(article_search, 1.0, 0.0) < 0 AS title_hit, "
        f"bm25(article_search, {TITLE_WEIGHT}, {BODY_WEIGHT}) AS score "
        f"FROM article_search WHERE article_search MATCH ?{3 + index} AND rowid >= ?1 AND rowid < ?2"
        for index in range(groups))
    return f"""
WITH hits AS MATERIALIZED ({covers})
SELECT id, count(*) AS words, max(title_hit) AS title_hit, sum(score) AS score
FROM hits GROUP BY id
ORDER BY words DESC, title_hit DESC, score, id
LIMIT ?{3 + groups}
"""


# Rows by rowid, without MATCH: FTS5 would evaluate the whole query again for
# every rowid in the list (prefix expansion included), which cost more than the
# ranking itself. Hits in the body are found in Python instead (_Matcher).
_DETAIL_SQL = """
SELECT s.rowid, s.article_id, s.language, s.display, s.body, a.title, a.topic_id
FROM article_search AS s JOIN articles AS a ON a.id = s.article_id AND a.language = s.language
WHERE s.rowid IN ({marks})
"""


@dataclass(frozen=True)
class SearchHit:
    article_id: str
    language: str
    title: str  # as written, not escaped
    topic_id: str
    snippet: str  # HTML-escaped text with the matched words in <b>...</b>
    title_hit: bool  # some query word is in the title
    score: float  # bm25 relevance, higher is better (title hits count ten times)


def _rowid_block(language: str) -> int:
    """The first rowid of ``language``'s block; raises :class:`languages.UnknownLanguage`."""
    languages.get(language)
    return (languages.TAGS.index(language) + 1) * _ROWID_BLOCK


# -- building the index -------------------------------------------------------------


def rebuild_index(store: Store) -> int:
    """Index every article from ``articles`` again, in one transaction; return how many rows.

    Articles in a language the kiosk does not speak are skipped (and logged): no
    query could reach them.
    """
    with store.transaction() as db:
        rows = db.execute(
            "SELECT id, language, title, body FROM articles ORDER BY language, topic_id, position, id"
        ).fetchall()
        return write_index(db.conn, index_rows((str(r[0]), str(r[1]), str(r[2]), str(r[3])) for r in rows))


@dataclass(frozen=True)
class IndexRow:
    """One article's row of the index, worked out ahead of the transaction that writes it."""

    article_id: str
    language: str
    title: str  # normalised
    body: str  # normalised
    display: str  # display_text of the body
    vocabulary: tuple[tuple[str, str], ...] = ()  # (typo_key, the word as shown), each key once


def index_row(article_id: str, language: str, title: str, body: str) -> IndexRow | None:
    """The index row for one article (the slow part: normalising); None for a language the kiosk does not speak."""
    if language not in languages.TAGS:
        log.warning("search: skipped article %r in unknown language %r", article_id, language)
        return None
    plain = strip_markdown(body, language)
    vocabulary: dict[str, str] = {}
    for word in (*words(title), *words(plain)):
        key = typo_key(word, language)
        if _offered_for_typos(key):
            vocabulary.setdefault(key, word.lower())
    return IndexRow(article_id, language, normalise(title, language, stems=True),
                    normalise(plain, language, stems=True), display_text(plain), tuple(vocabulary.items()))


# -- the vocabulary typos are corrected to ------------------------------------------------


def _latin_form(forms: tuple[str, ...], language: str) -> str:
    if language in SOUND_KEYED:
        return forms[1]
    if language in UZBEK:
        return next((form for form in forms if not has_cyrillic(form)), forms[0])
    return forms[0]


def typo_key(word: str, language: str) -> str:
    """The form of ``word`` typos are measured in: its Latin form (Uzbek Latin, the sound key, English).

    One of the forms the index holds, so a word found this way is searched as is.
    In Latin, and for Russian, Kyrgyz and Tajik a sound key, ``pasprt``, ``паспрт``
    and ``pasport`` are one letter from ``паспорт`` whichever script was typed.
    """
    return _latin_form(word_forms(word, language), language)


def _offered_for_typos(key: str) -> bool:
    return len(key) >= MIN_TYPO_CHARS and key.isalpha()


def _stored_keys(title: str, body: str, language: str) -> set[str]:
    """The typo keys of an indexed row, read back from its normalised columns (each word's forms, line by line)."""
    keys = set()
    for text in (title, body):
        lines = [line.split(" ") for line in text.split("\n")[: variant_count(language)]]
        for forms in zip(*lines, strict=False):
            key = _latin_form(forms, language)
            if _offered_for_typos(key):
                keys.add(key)
    return keys


def _write_vocabulary(conn: sqlite3.Connection, rows: Sequence[IndexRow]) -> None:
    """Make the vocabulary exactly that of ``rows``: each word shown as most articles write it."""
    conn.execute(f"DELETE FROM {_WORDS_TABLE}")
    conn.execute(f"DELETE FROM {_GRAMS_TABLE}")
    shown: dict[tuple[str, str], dict[str, int]] = {}
    for row in rows:
        for key, display in row.vocabulary:
            counts = shown.setdefault((row.language, key), {})
            counts[display] = counts.get(display, 0) + 1
    conn.executemany(f"INSERT INTO {_WORDS_TABLE}(scope, term, display, articles) VALUES (?, ?, ?, ?)",
                     [(language, key, max(counts, key=lambda d: (counts[d], d)), sum(counts.values()))
                      for (language, key), counts in sorted(shown.items())])
    for language in sorted({language for language, _ in shown}):
        keys = [key for scope, key in shown if scope == language]
        conn.executemany(f"INSERT INTO {_GRAMS_TABLE}(scope, gram, length, term) VALUES (?, ?, ?, ?)",
                         [(language, *gram_row) for gram_row in gram_rows(keys)])


def _add_words(conn: sqlite3.Connection, language: str, vocabulary: Iterable[tuple[str, str]]) -> None:
    for key, display in vocabulary:
        known = conn.execute(f"UPDATE {_WORDS_TABLE} SET articles = articles + 1 WHERE scope = ? AND term = ?",
                             [language, key]).rowcount
        if not known:
            conn.execute(f"INSERT INTO {_WORDS_TABLE}(scope, term, display, articles) VALUES (?, ?, ?, 1)",
                         [language, key, display])
            conn.executemany(f"INSERT INTO {_GRAMS_TABLE}(scope, gram, length, term) VALUES (?, ?, ?, ?)",
                             [(language, *row) for row in term_grams(key)])


def _remove_words(conn: sqlite3.Connection, language: str, keys: Iterable[str]) -> None:
    for key in keys:
        gone = conn.execute(f"DELETE FROM {_WORDS_TABLE} WHERE scope = ? AND term = ? AND articles <= 1",
                            [language, key]).rowcount
        if gone:
            conn.executemany(f"DELETE FROM {_GRAMS_TABLE} WHERE scope = ? AND gram = ? AND length = ? AND term = ?",
                             [(language, *row) for row in term_grams(key)])
        else:
            conn.execute(f"UPDATE {_WORDS_TABLE} SET articles = articles - 1 WHERE scope = ? AND term = ?",
                         [language, key])


def index_rows(articles: Iterable[tuple[str, str, str, str]]) -> list[IndexRow]:
    """Index rows for ``(id, language, title, body)``, in the order given (the order rowids are handed out)."""
    return [row for row in (index_row(*article) for article in articles) if row is not None]


_INSERT_ROW = ("INSERT INTO article_search(rowid, title, body, article_id, language, display) "
               "VALUES (?, ?, ?, ?, ?, ?)")


def write_index(conn: sqlite3.Connection, rows: Sequence[IndexRow]) -> int:
    """Make the index exactly ``rows``, in the caller's transaction; rowids by language block, in row order."""
    conn.execute("DELETE FROM article_search")
    count = 0
    for language, group in itertools.groupby(sorted(rows, key=lambda row: languages.TAGS.index(row.language)),
                                             key=lambda row: row.language):
        first = _rowid_block(language)
        values = [(first + offset, row.title, row.body, row.article_id, row.language, row.display)
                  for offset, row in enumerate(group)]
        conn.executemany(_INSERT_ROW, values)
        count += len(values)
    # One b-tree per term instead of one per insert batch: fewer pages per query.
    conn.execute("INSERT INTO article_search(article_search) VALUES ('optimize')")
    _write_vocabulary(conn, rows)
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                 [_FORMAT_KEY, INDEX_FORMAT])
    return count


def _indexed_rowid(conn: sqlite3.Connection, article_id: str, language: str) -> int | None:
    # article_id is UNINDEXED: read within the language's block only (one language's articles).
    first = _rowid_block(language)
    row = conn.execute("SELECT rowid FROM article_search WHERE rowid >= ? AND rowid < ? AND article_id = ?",
                       [first, first + _ROWID_BLOCK, article_id]).fetchone()
    return None if row is None else int(row[0])


def index_article(conn: sqlite3.Connection, row: IndexRow) -> int:
    """Index one article in the caller's transaction, touching no other article's row; return its rowid.

    An article already indexed keeps its rowid; a new one goes at the end of its
    language's block.
    """
    rowid = _indexed_rowid(conn, row.article_id, row.language)
    if rowid is None:
        first = _rowid_block(row.language)
        last = conn.execute("SELECT max(rowid) FROM article_search WHERE rowid >= ? AND rowid < ?",
                            [first, first + _ROWID_BLOCK]).fetchone()[0]
        rowid = first if last is None else int(last) + 1
    else:
        _unindex_rowid(conn, rowid, row.language)
    conn.execute(_INSERT_ROW, [rowid, row.title, row.body, row.article_id, row.language, row.display])
    _add_words(conn, row.language, row.vocabulary)
    return rowid


def _unindex_rowid(conn: sqlite3.Connection, rowid: int, language: str) -> None:
    old = conn.execute("SELECT title, body FROM article_search WHERE rowid = ?", [rowid]).fetchone()
    _remove_words(conn, language, sorted(_stored_keys(str(old[0]), str(old[1]), language)))
    conn.execute("DELETE FROM article_search WHERE rowid = ?", [rowid])


def unindex_article(conn: sqlite3.Connection, article_id: str, language: str) -> bool:
    """Take one article out of the index, in the caller's transaction; False if it was not in it."""
    if language not in languages.TAGS:
        return False
    rowid = _indexed_rowid(conn, article_id, language)
    if rowid is None:
        return False
    _unindex_rowid(conn, rowid, language)
    return True


def ensure_index(store: Store) -> int | None:
    """Rebuild the index if this code did not write it; return the rows indexed, or None if it was current."""
    if store.get_meta(_FORMAT_KEY) == INDEX_FORMAT:
        return None
    return rebuild_index(store)


# -- turning typing into a query ------------------------------------------------------


def _quote(form: str) -> str:
    return '"' + form.replace('"', '""') + '"'


@dataclass(frozen=True)
class QueryWord:
    """One meaningful word of a query, with every form it is searched under."""

    typed: str  # as typed (cut to MAX_TOKEN_CHARS)
    start: int  # where it is in the query
    forms: tuple[tuple[str, bool], ...]  # (form, searched as a prefix), without repeats
    key: str  # typo_key of the word
    stem_key: str  # typo_key of its stem (the key itself when it has none)
    has_meaning: bool  # the synonyms lists gave it the articles' words: never widened as a typo
    shown: str = ""  # when it was widened: the indexed word it is taken for, as articles write it


@lru_cache(maxsize=256)
def _query_words(query: str, language: str) -> tuple[QueryWord, ...]:
    spans = [(match.start(), match.group()[:MAX_TOKEN_CHARS])
             for match in itertools.islice(word_spans(query[:MAX_QUERY_CHARS]), MAX_TOKENS)]
    # An everyday phrase (прописка, ish xaqi, не платят) also finds the words the articles use.
    # Phrases are found before stop words go, as many hold one ("не платят", "без выходных"),
    # and a phrase of several words is one meaning: one word of the query, not several.
    phrases = {meaning.start: meaning for meaning in synonyms.meanings([token for _, token in spans], language)}
    in_phrase = {index for meaning in phrases.values() for index in range(meaning.start, meaning.start + meaning.size)}
    # Words that carry no meaning (my, the, мой, у, бу, ман) never block or dilute a
    # result; a query of nothing else is searched as typed.
    stop = [index not in in_phrase and is_stopword(fold(token), language) for index, (_, token) in enumerate(spans)]
    kept = [index for index in range(len(spans)) if not stop[index]]
    if not ((kept and len(fold(spans[kept[-1]][1])) >= MIN_PREFIX_CHARS) or len(kept) > 1):
        kept, stop = list(range(len(spans))), [False] * len(spans)
    if kept and kept[-1] not in in_phrase and len(fold(spans[kept[-1]][1])) < MIN_PREFIX_CHARS:
        kept = kept[:-1]  # a new word just begun: keep the results of the words before it
    found: list[QueryWord] = []
    last = kept[-1] if kept else -1
    for index in kept:
        meaning = phrases.get(index)
        if meaning is None and index in in_phrase:
            continue  # inside a phrase, searched with its first word
        forms: dict[tuple[str, bool], None] = {}
        for inside in range(index, index + (meaning.size if meaning else 1)):
            if not stop[inside] and not (meaning and is_stopword(fold(spans[inside][1]), language)):
                forms.update(_token_forms(spans[inside][1], language, last=inside == last))
        if meaning:
            forms.update(dict.fromkeys((form, True) for form in meaning.forms))
        start, token = spans[index]
        stems = stem_forms(token, language) if len(fold(token)) >= MIN_STEM_CHARS else ()
        usable = tuple(form for form in forms if form[0])
        key = typo_key(token, language)
        if usable and all(usable != word.forms for word in found):
            found.append(QueryWord(token, start, usable, key, _latin_form(stems, language) if stems else key,
                                   meaning is not None))
    return tuple(found)


def _token_forms(token: str, language: str, last: bool) -> dict[tuple[str, bool], None]:
    """``(form, searched as a prefix)`` for one typed word: its forms, its stem's, and the ones half typed."""
    prefix = len(fold(token)) >= MIN_PREFIX_CHARS
    forms = dict.fromkeys((form, prefix) for form in word_forms(token, language))
    if len(fold(token)) >= MIN_STEM_CHARS:
        forms.update(dict.fromkeys((stem, True) for stem in stem_forms(token, language) if len(stem) >= MIN_STEM_CHARS))
    if prefix and language in SOUND_KEYED:
        bare = sound_key(token, language).rstrip("aeiou")
        if len(bare) >= MIN_STEM_CHARS:
            forms[(bare, True)] = None
        if last and token[-1:].lower() in _UNFINISHED_DIGRAPH and len(token) > 2:
            forms[(sound_key(token[:-1], language), True)] = None
    return forms


def query_terms(query: str, language: str) -> list[QueryWord]:
    """The meaningful words of ``query``, each with its forms; capped, repeats dropped. Reads no database.

    Every word of two letters or more is a prefix: Uzbek, Kyrgyz and Tajik add
    endings (shartnoma, shartnomani, shartnomangizda) and Russian changes them,
    so a whole word typed must find its other forms, and the last word is usually
    still being typed. Its stem is searched too (whole, or as a prefix when it
    is long enough to say something), and Russian, Kyrgyz and Tajik words also
    without their final vowels (registratsiya finds регистрации and регистрацию).
    A one-letter word is matched whole, or dropped if it is the last (just begun).
    """
    return list(_query_words(query, language))


def _is_known(db: sqlite3.Connection, word: QueryWord, language: str) -> bool:
    """Whether some indexed word begins with the word's key or its stem's."""
    return any(
        db.execute(f"SELECT 1 FROM {_WORDS_TABLE} WHERE scope = ? AND term >= ? AND term < ? LIMIT 1",
                   [language, key, key + "\U0010ffff"]).fetchone() is not None
        for key in dict.fromkeys((word.key, word.stem_key)) if key
    )


def _shown(db: sqlite3.Connection, term: str, language: str) -> str:
    row = db.execute(f"SELECT display FROM {_WORDS_TABLE} WHERE scope = ? AND term = ?", [language, term]).fetchone()
    return term if row is None else str(row[0])


def searched_words(db: sqlite3.Connection, query: str, language: str) -> tuple[QueryWord, ...]:
    """:func:`query_terms`, with each word no article holds widened to the indexed words like it (typos).

    A word is widened when neither it nor its stem begins any indexed word and the
    synonyms lists gave it nothing: ``pasprt`` is searched as ``pasport`` too
    (:func:`kiosk.text.similar.similar_terms`, by trigrams and edit distance, with
    the commonest confusions free). The similar words are whole words; ``shown``
    says which word the first of them is, as the articles write it.
    """
    found = []
    for word in _query_words(query[:MAX_QUERY_CHARS], language):
        if word.has_meaning or _is_known(db, word, language):
            found.append(word)
            continue
        similar = similar_terms(db, _GRAMS_TABLE, word.key, scope=language, same_start=True)[:SIMILAR_WORDS]
        if not similar:
            found.append(word)
            continue
        found.append(QueryWord(word.typed, word.start, (*word.forms, *((term, False) for term in similar)),
                               word.key, word.stem_key, word.has_meaning, _shown(db, similar[0], language)))
    return tuple(found)


def to_match_query(query: str, language: str) -> str | None:
    """A safe FTS5 MATCH expression for ``query`` in ``language``, as typed (no typo widening), or None.

    Only quoted forms, OR, parentheses and a trailing ``*`` appear in it, e.g.
    ``("patent" OR "патент") OR ("narx"* OR "нарх"*)``.
    """
    groups, _ = _groups_and_matcher(_query_words(query[:MAX_QUERY_CHARS], language))
    return " OR ".join(groups) if groups else None


@dataclass(frozen=True)
class _Matcher:
    """Finds the query's tokens in a line of normalised text, as FTS5 matched them.

    A line is searched padded with a space at each end, so every token has a
    space before and after it: the needle is " form " for a whole word and
    " form" for the word being typed. All needles are one regex (a space, then any
    needle's rest, looked ahead), so a line is scanned once in C however many
    forms a phrase has.
    """

    needles: tuple[str, ...]

    @property
    def _pattern(self) -> re.Pattern[str]:
        return _needle_pattern(self.needles)

    def first(self, padded: str) -> int | None:
        """Where the space before the first matching token is, or None."""
        found = self._pattern.search(padded)
        return None if found is None else found.start()

    def hits(self, padded: str, window: int, size: int) -> set[int]:
        """Which of the ``size`` tokens after the space at ``window`` match."""
        offsets = set()
        offset, previous = 0, window
        for found in self._pattern.finditer(padded, window):
            offset += padded.count(" ", previous, found.start())
            previous = found.start()
            if offset >= size:
                break
            offsets.add(offset)
        return offsets


@lru_cache(maxsize=256)
def _needle_pattern(needles: tuple[str, ...]) -> re.Pattern[str]:
    if not needles:
        return re.compile(r"(?!)")  # matches nothing
    return re.compile(" (?=" + "|".join(re.escape(needle[1:]) for needle in needles) + ")")


@lru_cache(maxsize=256)
def _groups_and_matcher(found: tuple[QueryWord, ...]) -> tuple[tuple[str, ...], _Matcher]:
    """One MATCH expression per meaningful word, and the matcher for snippets. Cached: typing repeats itself."""
    matcher = _Matcher(tuple(sorted({f" {form}" + ("" if prefix else " ") for word in found
                                     for form, prefix in word.forms})))
    groups = []
    for word in found:
        alternatives = " OR ".join(_quote(form) + ("*" if prefix else "") for form, prefix in word.forms)
        groups.append(f"({alternatives})" if len(word.forms) > 1 else alternatives)
    return tuple(groups), matcher


# -- searching ------------------------------------------------------------------------


@dataclass(frozen=True)
class TopicTile:
    topic_id: str
    name: str
    icon: str


@dataclass(frozen=True)
class SearchAnswer:
    """What the search screen shows for a query.

    ``hits`` when something matched; ``searched_for`` when a typo was corrected
    (the query with the words it was taken for: "Showing results for ..."). When
    nothing matched, never an empty screen: the topics closest to the query
    (all topics when none is close) and the "where to get help" article.
    """

    hits: list[SearchHit]
    searched_for: str = ""
    closest_topics: list[TopicTile] = field(default_factory=list)
    help_article: tuple[str, str] | None = None  # (id, title as written)


def search(store: Store, query: str, language: str, limit: int = 20) -> SearchAnswer:
    """:func:`search_articles`, and what to say besides: the corrected query, or where to look when nothing matched.

    An empty query (nothing searchable) gets an empty answer: the screen asks for a word.
    """
    _rowid_block(language)
    found = searched_words(store.db.conn, query, language)
    if not found:
        return SearchAnswer([])
    hits = _search(store, found, language, limit)
    if hits:
        return SearchAnswer(hits, _searched_for(query, found))
    return SearchAnswer([], "", _closest_topics(store, found, language), _help_article(store, language))


def _searched_for(query: str, found: Sequence[QueryWord]) -> str:
    if not any(word.shown for word in found):
        return ""
    text = query[:MAX_QUERY_CHARS]
    for word in sorted(found, key=lambda word: word.start, reverse=True):
        if word.shown:
            text = text[: word.start] + word.shown + text[word.start + len(word.typed) :]
    return _SPACES.sub(" ", text).strip()


def _closest_topics(store: Store, found: Sequence[QueryWord], language: str) -> list[TopicTile]:
    """Topics whose articles hold the indexed words sharing most letters with the query's; all topics if none do."""
    # A third of the word's trigrams in common: "hospitalisation" is near "hospital", not "registration".
    terms = {term for word in found if len(word.key) >= 3
             for term in overlapping_terms(store.db.conn, _GRAMS_TABLE, word.key, scope=language,
                                           need=max(2, -(-len(term_grams(word.key)) // 3)), limit=5)}
    first = _rowid_block(language)
    counts: dict[str, int] = {}
    if terms:
        match = " OR ".join(_quote(term) for term in sorted(terms))
        for (topic_id,) in store.db.execute(
            "SELECT a.topic_id FROM article_search AS s JOIN articles AS a "
            "ON a.id = s.article_id AND a.language = s.language "
            "WHERE article_search MATCH ? AND s.rowid >= ? AND s.rowid < ?",
            [match, first, first + _ROWID_BLOCK],
        ):
            counts[str(topic_id)] = counts.get(str(topic_id), 0) + 1
    tiles = [TopicTile(str(i), str(name), str(icon)) for i, name, icon in store.db.execute(
        "SELECT t.id, n.name, t.icon FROM topics t JOIN topic_names n ON n.topic_id = t.id AND n.language = ? "
        "ORDER BY t.position, t.id", [language])]
    close = sorted((tile for tile in tiles if tile.topic_id in counts), key=lambda tile: -counts[tile.topic_id])
    return close[:CLOSEST_TOPICS] if close else tiles


def _help_article(store: Store, language: str) -> tuple[str, str] | None:
    row = store.db.execute("SELECT id, title FROM articles WHERE id = ? AND language = ?",
                           [HELP_ARTICLE, language]).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def search_articles(store: Store, query: str, language: str, limit: int = 20) -> list[SearchHit]:
    """Articles in ``language`` matching ``query``, typos widened, best first; [] when nothing matches.

    Only ``language`` is searched; when it has no hits the caller decides whether
    to offer another. Raises :class:`languages.UnknownLanguage` for a tag the kiosk
    does not speak; never raises because of what ``query`` contains.
    """
    _rowid_block(language)
    return _search(store, searched_words(store.db.conn, query, language), language, limit)


def _search(store: Store, found: tuple[QueryWord, ...], language: str, limit: int) -> list[SearchHit]:
    first = _rowid_block(language)
    if limit <= 0:
        return []
    groups, matcher = _groups_and_matcher(found)
    if not groups:
        return []
    if len(groups) == 1:
        ranked = store.db.execute(_RANK_SQL, [groups[0], first, first + _ROWID_BLOCK, limit]).fetchall()
    else:
        ranked = [(rowid, title_hit, score) for rowid, _, title_hit, score in store.db.execute(
            _coverage_sql(len(groups)), [first, first + _ROWID_BLOCK, *groups, limit])]
    if not ranked:
        return []
    details = {
        row[0]: row
        for row in store.db.execute(_DETAIL_SQL.format(marks=",".join("?" * len(ranked))),
                                    [row[0] for row in ranked])
    }
    hits = []
    for rowid, title_hit, score in ranked:
        detail = details.get(rowid)
        if detail is None:
            continue  # the article went away after the index was built
        _, article_id, article_language, display, body, title, topic_id = detail
        hits.append(SearchHit(
            article_id=str(article_id), language=str(article_language), title=str(title),
            topic_id=str(topic_id), snippet=_snippet(str(display), str(body), matcher),
            title_hit=bool(title_hit), score=-float(score),
        ))
    return hits


# -- snippets ---------------------------------------------------------------------------
#
# The index keeps each body twice: normalised (``body``: one token per word, a
# line per variant) and for display (``display``, see display_text). Word k is
# token k of every line of ``body`` and word k of ``display``, so a snippet is a
# few finds and splits, with no tokenising while the traveller waits.

_CUT = "\x1f"
_ANCHORS_END = "\x1e"
ANCHOR_EVERY = 16  # words
_ANCHOR_DIGITS = 6  # hex: offsets up to 16 MB
_CLOSING = ".,:;!?…)]»”’"


def display_text(plain: str) -> str:
    """``plain`` as the ``display`` column holds it.

    The text is HTML-escaped, runs of white space are one space (a bare line
    break, " · "), and it is cut at
    U+001F into gap, word, gap, word, ..., gap. Before it, up to U+001E, is where
    every 16th word's gap starts (6 hex digits each), so a snippet deep in a long
    article does not walk every word before it.
    """
    plain = plain.replace(_CUT, " ").replace(_ANCHORS_END, " ")
    pieces: list[str] = []
    anchors: list[str] = []
    length = 0
    position = 0
    for index, span in enumerate(word_spans(plain)):
        gap = _display_gap(plain[position : span.start()])
        word = html.escape(span.group())
        if index % ANCHOR_EVERY == 0:
            anchors.append(f"{length:0{_ANCHOR_DIGITS}x}")
        pieces += (gap, word)
        length += len(gap) + len(word) + 2
        position = span.end()
    pieces.append(_display_gap(plain[position:]))
    return "".join(anchors) + _ANCHORS_END + _CUT.join(pieces)


def _display_gap(gap: str) -> str:
    # A bare line break ends a heading or a list item: show it, or "Your rights Keep
    # your passport" reads as one sentence.
    if "\n" in gap and not gap.strip():
        return " · "
    return html.escape(_SPACES.sub(" ", gap))


@lru_cache(maxsize=64)
def _skipper(count: int) -> re.Pattern[str]:
    """A regex that steps over ``count`` display pieces, in C rather than a Python loop."""
    return re.compile(f"(?:[^{_CUT}]*{_CUT}){{{count}}}")


def _display_pieces(display: str, word: int, words: int) -> list[str]:
    """The gap before ``word``, then word, gap, ... for ``words`` words, then the gap after."""
    text_start = display.find(_ANCHORS_END) + 1
    anchor = word // ANCHOR_EVERY
    digits = display[anchor * _ANCHOR_DIGITS : (anchor + 1) * _ANCHOR_DIGITS]
    try:
        position = text_start + int(digits, 16)
    except ValueError:  # not a display column this code wrote: no snippet rather than an error
        return []
    if not text_start or len(digits) != _ANCHOR_DIGITS:
        return []
    skip = 2 * (word - anchor * ANCHOR_EVERY)
    if skip:
        skipped = _skipper(skip).match(display, position)
        if skipped is None:
            return []
        position = skipped.end()
    return display[position:].split(_CUT, 2 * words + 1)[: 2 * words + 1]


def _snippet(display: str, body: str, matcher: _Matcher) -> str:
    """About twenty words of the text around the first hit, hits in <b>...</b>."""
    lines = [f" {line} " for line in body.split("\n")]
    count = lines[0].count(" ") - 1 if len(lines[0]) > 2 else 0
    # Each line with a hit: the padded line, its first hit's token index, and the space before it.
    firsts = []
    for line in lines:
        at = matcher.first(line)
        if at is not None:
            firsts.append((line, line.count(" ", 0, at), at))
    start = max(0, min(index for _, index, _ in firsts) - SNIPPET_WORDS_BEFORE) if firsts else 0
    start = max(0, min(start, count - SNIPPET_WORDS))
    size = min(count, start + SNIPPET_WORDS) - start
    hits: set[int] = set()
    for line, index, at in firsts:
        if index < start + size:  # start <= index always; a later first hit means none in the window
            for _ in range(index - start):
                at = line.rfind(" ", 0, at)
            hits |= matcher.hits(line, at, size)
    pieces = _display_pieces(display, start, size)
    for offset in hits:
        if 2 * offset + 1 < len(pieces):
            pieces[2 * offset + 1] = f"<b>{pieces[2 * offset + 1]}</b>"
    text = "".join(pieces[1 : 2 * size])
    if start + size < count:
        text += "…"
    elif len(pieces) > 2 * size:
        tail = pieces[2 * size].strip()
        text += tail[: len(tail) - len(tail.lstrip(_CLOSING))]  # the closing full stop, say
    return "…" + text if start > 0 else text


# -- command line -----------------------------------------------------------------------


def main_search(store: Store, query: str, language: str, as_json: bool, out: TextIO) -> int:
    """``kiosk content search QUERY [--lang TAG] [--json]``: print the hits; 0 even when there are none."""
    hits = search_articles(store, query, language)
    if as_json:
        print(json.dumps([asdict(hit) for hit in hits], ensure_ascii=False, indent=1), file=out)
        return 0
    if not hits:
        print(f"No {language} article matches {query!r}.", file=out)
        return 0
    for number, hit in enumerate(hits, 1):
        where = "title" if hit.title_hit else "text"
        print(f"{number}. {hit.title}  [{hit.article_id}, {hit.topic_id}; matched in the {where}]", file=out)
        snippet = html.unescape(hit.snippet.replace("<b>", "«").replace("</b>", "»"))
        print(f"   {snippet}", file=out)
    return 0
