"""Schema migrations, applied in order and recorded in ``schema_migrations``.

Append new migrations; never edit one that has shipped. Each runs in its own
transaction together with the row that records it, so a kill mid-migration
leaves the database at the previous version.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "meta, events and topics",
        (
            """CREATE TABLE meta (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
            # Things staff should know happened to this kiosk: rebuilt database,
            # refused release, printer trouble. Shown in the staff status screen.
            """CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                at TEXT NOT NULL,
                kind TEXT NOT NULL,
                detail TEXT NOT NULL
            )""",
            """CREATE TABLE topics (
                id TEXT PRIMARY KEY,
                position INTEGER NOT NULL,
                icon TEXT NOT NULL
            )""",
            """CREATE TABLE topic_names (
                topic_id TEXT NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
                language TEXT NOT NULL,
                name TEXT NOT NULL,
                PRIMARY KEY (topic_id, language)
            )""",
        ),
    ),
    Migration(
        2,
        "articles and feedback",
        (
            # One row per article per language. The body is the Markdown as authored
            # (subset checked by `kiosk content check`); the title is its first heading.
            """CREATE TABLE articles (
                id TEXT NOT NULL,
                language TEXT NOT NULL,
                topic_id TEXT NOT NULL REFERENCES topics(id),
                position INTEGER NOT NULL,
                title TEXT NOT NULL,
                body TEXT NOT NULL,
                updated TEXT NOT NULL,
                sources TEXT NOT NULL,
                url TEXT NOT NULL DEFAULT '',
                PRIMARY KEY (id, language)
            )""",
            "CREATE INDEX articles_by_topic ON articles(topic_id, language, position)",
            # "Was this useful?": anonymous, counted here, sent up by the sync agent.
            """CREATE TABLE article_feedback (
                id INTEGER PRIMARY KEY,
                article_id TEXT NOT NULL,
                language TEXT NOT NULL,
                useful INTEGER NOT NULL CHECK (useful IN (0, 1)),
                at TEXT NOT NULL,
                sent INTEGER NOT NULL DEFAULT 0
            )""",
        ),
    ),
    Migration(
        3,
        "article search index",
        (
            # Filled by kiosk.search.rebuild_index, never by triggers: the indexed
            # text is the normalised form (kiosk.text.normalise), which SQL cannot make.
            # title, body: normalised; display: the body as the reader sees it, cut
            # into words for snippets (kiosk.search.display_text).
            # Rowids come in one block per language, so a language is a rowid range.
            # Prefix indexes for 2 and 3 letters: words are searched as prefixes, and
            # the first letters typed match the most terms (tests/benchmarks/search.py).
            """CREATE VIRTUAL TABLE article_search USING fts5(
                title,
                body,
                article_id UNINDEXED,
                language UNINDEXED,
                display UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2',
                prefix = '2 3'
            )""",
            # ORDER BY rank then means what search means: a title hit is worth ten.
            "INSERT INTO article_search(article_search, rank) VALUES ('rank', 'bm25(10.0, 1.0)')",
        ),
    ),
    Migration(
        4,
        "agency registry and outbox",
        (
            # One row per licence holder. `status` is what the registry says; whether an
            # "active" licence has expired is computed from `expires` when it is shown.
            """CREATE TABLE agencies (
                id TEXT PRIMARY KEY,
                licence_number TEXT NOT NULL,
                licence_key TEXT NOT NULL,
                authority TEXT NOT NULL,
                status TEXT NOT NULL
                    CHECK (status IN ('active', 'suspended', 'revoked', 'expired', 'rejected')),
                status_since TEXT NOT NULL,
                issued TEXT,
                expires TEXT,
                address TEXT NOT NULL DEFAULT '',
                phone TEXT NOT NULL DEFAULT '',
                website TEXT NOT NULL DEFAULT '',
                fictional INTEGER NOT NULL DEFAULT 0,
                changed_at TEXT NOT NULL
            )""",
            "CREATE INDEX agencies_by_licence ON agencies(licence_key)",
            # Names in several languages and scripts; kind 'aka' for also-known-as names.
            """CREATE TABLE agency_names (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('official', 'aka')),
                PRIMARY KEY (agency_id, name)
            )""",
            # Destination countries (ISO 3166-1 alpha-2), each with its own expiry.
            """CREATE TABLE agency_destinations (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                country TEXT NOT NULL,
                valid_until TEXT,
                PRIMARY KEY (agency_id, country)
            )""",
            """CREATE TABLE agency_branches (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                address TEXT NOT NULL
            )""",
            """CREATE TABLE agency_status_history (
                agency_id TEXT NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
                status TEXT NOT NULL,
                since TEXT NOT NULL,
                reason TEXT NOT NULL DEFAULT ''
            )""",
            "CREATE INDEX agency_history_by_agency ON agency_status_history(agency_id, since)",
            # Things to send to the central service. The id is made on the kiosk and is
            # also the idempotency key; a 409 parks the item for staff (`parked`).
            """CREATE TABLE outbox (
                id TEXT PRIMARY KEY,
                kind TEXT NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                next_attempt_at TEXT NOT NULL,
                last_error TEXT NOT NULL DEFAULT '',
                parked INTEGER NOT NULL DEFAULT 0
            )""",
        ),
    ),
    Migration(
        5,
        "agency lookup index",
        (
            # Filled by kiosk.agencies.lookup.rebuild_lookup_index after every registry
            # import, never by triggers: the keys are Latin sound keys (kiosk.text.normalise)
            # that SQL cannot make. Rowids are given shortest name first, so the first
            # rows a MATCH yields in rowid order are the likeliest answers.
            # name_key: the name's words' keys, legal forms removed, sorted: "same name
            # in any word order" is one indexed equality.
            """CREATE TABLE agency_lookup_names (
                id INTEGER PRIMARY KEY,
                agency_id TEXT NOT NULL,
                name TEXT NOT NULL,
                keys TEXT NOT NULL,
                name_key TEXT NOT NULL
            )""",
            "CREATE INDEX agency_lookup_by_name_key ON agency_lookup_names(name_key)",
            # Contentless: only rowids come back; the row is read from agency_lookup_names.
            """CREATE VIRTUAL TABLE agency_lookup_search USING fts5(
                keys,
                content = '',
                tokenize = 'unicode61 remove_diacritics 0',
                prefix = '1 2 3'
            )""",
            # Every distinct key, cut into trigrams (with ^ and $ at the ends), for
            # finding the keys one or two edits away from a mistyped word.
            """CREATE TABLE agency_lookup_grams (
                gram TEXT NOT NULL,
                length INTEGER NOT NULL,
                term TEXT NOT NULL,
                PRIMARY KEY (gram, length, term)
            ) WITHOUT ROWID""",
            # Licence numbers as kiosk.agencies.lookup normalises them.
            """CREATE TABLE agency_lookup_licences (
                licence_key TEXT NOT NULL,
                agency_id TEXT NOT NULL,
                PRIMARY KEY (licence_key, agency_id)
            ) WITHOUT ROWID""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version
