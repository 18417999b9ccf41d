"""The ``content`` dataset: topics and articles, with the article search index."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from kiosk.content import search
from kiosk.content.articles import StoredArticle
from kiosk.content.topics import Topic
from kiosk.release.model import CONTENT, DatasetDelta, DatasetSnapshot, Record, ReleaseInvalid
from kiosk.release.prepared import Prepared
from kiosk.release.records import article_from_record, article_key, topic_from_record, topic_key

if TYPE_CHECKING:
    from kiosk.store import Store

_UPSERT_TOPIC = ("INSERT INTO topics(id, position, icon) VALUES (?, ?, ?) "
                 "ON CONFLICT(id) DO UPDATE SET position = excluded.position, icon = excluded.icon")
_UPSERT_ARTICLE = (
    "INSERT INTO articles(id, language, topic_id, position, title, body, updated, sources, url) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id, language) DO UPDATE SET topic_id = excluded.topic_id, "
    "position = excluded.position, title = excluded.title, body = excluded.body, updated = excluded.updated, "
    "sources = excluded.sources, url = excluded.url")


def _parse(records: Iterable[Record]) -> tuple[list[tuple[int, Topic]], list[StoredArticle]]:
    topics: list[tuple[int, Topic]] = []
    articles: list[StoredArticle] = []
    seen: set[str] = set()
    for record in records:
        key = str(record.get("key", "")) if isinstance(record, dict) else ""
        if key in seen:
            raise ReleaseInvalid(CONTENT, key, "appears twice")
        seen.add(key)
        kind = key.partition(":")[0]
        if kind == "topic":
            position, topic = topic_from_record(record)
            expected = topic_key(topic.id)
            topics.append((position, topic))
        elif kind == "article":
            article = article_from_record(record)
            expected = article_key(article.id, article.language)
            articles.append(article)
        else:
            raise ReleaseInvalid(CONTENT, key, "not a topic or article key")
        if key != expected:
            raise ReleaseInvalid(CONTENT, key, f"the record is {expected!r}")
    return topics, articles


def _index(articles: list[StoredArticle]) -> list[search.IndexRow]:
    ordered = sorted(articles, key=lambda a: (a.language, a.topic, a.order, a.id))
    return search.index_rows((a.id, a.language, a.title, a.body) for a in ordered)


def _article_row(a: StoredArticle) -> tuple[object, ...]:
    return (a.id, a.language, a.topic, a.order, a.title, a.body, a.updated.isoformat(),
            json.dumps(list(a.sources), ensure_ascii=False), a.url)


def _write_topics(conn: sqlite3.Connection, topics: list[tuple[int, Topic]]) -> None:
    for position, topic in topics:
        conn.execute(_UPSERT_TOPIC, [topic.id, position, topic.icon])
        conn.execute("DELETE FROM topic_names WHERE topic_id = ?", [topic.id])
        conn.executemany("INSERT INTO topic_names(topic_id, language, name) VALUES (?, ?, ?)",
                         [(topic.id, tag, name) for tag, name in topic.names.items()])


class ContentSnapshot(Prepared):
    def __init__(self, records: list[Record]) -> None:
        self.topics, self.articles = _parse(records)
        known = {topic.id for _, topic in self.topics}
        for article in self.articles:
            if article.topic not in known:
                raise ReleaseInvalid(CONTENT, article_key(article.id, article.language),
                                     f"its topic {article.topic!r} is not in the release")
        self.rows = _index(self.articles)
        super().__init__(CONTENT, "snapshot", len(records), 0)

    def write(self, store: Store) -> None:
        conn = store.db.conn
        conn.execute("DELETE FROM articles")  # they reference topics, so they go first
        conn.execute("DELETE FROM topics")  # topic_names go with them (ON DELETE CASCADE)
        _write_topics(conn, self.topics)
        conn.executemany(_UPSERT_ARTICLE, [_article_row(a) for a in self.articles])
        search.write_index(conn, self.rows)


class ContentDelta(Prepared):
    def __init__(self, delta: DatasetDelta) -> None:
        self.topics, self.articles = _parse(delta.upsert)
        self.rows = _index(self.articles)
        self.deleted_topics: list[str] = []
        self.deleted_articles: list[tuple[str, str]] = []
        for key in delta.delete:
            parts = key.split(":")
            if len(parts) == 2 and parts[0] == "topic":
                self.deleted_topics.append(parts[1])
            elif len(parts) == 3 and parts[0] == "article":
                self.deleted_articles.append((parts[1], parts[2]))
            else:
                raise ReleaseInvalid(CONTENT, key, "not a topic or article key")
        super().__init__(CONTENT, "delta", len(delta.upsert), len(delta.delete))

    def write(self, store: Store) -> None:
        conn = store.db.conn
        _write_topics(conn, self.topics)
        for article in self.articles:
            try:
                conn.execute(_UPSERT_ARTICLE, _article_row(article))
            except sqlite3.IntegrityError:
                raise ReleaseInvalid(CONTENT, article_key(article.id, article.language),
                                     f"its topic {article.topic!r} is not on this kiosk") from None
        for row in self.rows:
            search.index_article(conn, row)
        for article_id, language in self.deleted_articles:
            conn.execute("DELETE FROM articles WHERE id = ? AND language = ?", [article_id, language])
            search.unindex_article(conn, article_id, language)
        for topic_id in self.deleted_topics:
            try:
                conn.execute("DELETE FROM topics WHERE id = ?", [topic_id])
            except sqlite3.IntegrityError:
                raise ReleaseInvalid(CONTENT, topic_key(topic_id), "deleted while articles remain in it") from None


def prepare(change: DatasetSnapshot | DatasetDelta) -> Prepared:
    if isinstance(change, DatasetSnapshot):
        return ContentSnapshot(change.records)
    return ContentDelta(change)
