"""Know your rights: topics, article lists, the reader and search, for QML.

All database work runs on the task runner's ``db`` lane; results replace the
models on the GUI thread. Each request carries a generation number so that an
answer to an older request (a slow search while the person kept typing) never
overwrites a newer one.

The content, search and QR code are imported by the jobs that use them, on the
database lane: the first frame waits for none of them.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal, Slot
from PySide6.QtQml import QmlElement, QmlSingleton

from kiosk.text import dates, placeholders
from ui import registry
from ui.latest import LatestRequests
from ui.properties import qt_property
from ui.rows_model import RowsModel

if TYPE_CHECKING:
    from kiosk.content import reading
    from kiosk.store import Store
    from ui.session import Session
    from ui.speech import SpeechController
    from ui.tasks import TaskRunner

QML_IMPORT_NAME = registry.QML_IMPORT_NAME
QML_IMPORT_MAJOR_VERSION = registry.QML_IMPORT_MAJOR_VERSION

_HIGHLIGHT = '<span style="background-color:{colour}; text-decoration: underline;"><b>{text}</b></span>'


@dataclass(frozen=True)
class _Reading:
    """The open article: its blocks and, for each sentence, the block it is in."""

    article_id: str
    language: str
    blocks: list[reading.Block]
    sentence_block: list[int]


@dataclass(frozen=True)
class _Answer:
    """A search's answer as the screen shows it: the result rows, and what to say besides."""

    results: list[dict[str, str]] = field(default_factory=list)
    searched_for: str = ""
    closest_topics: list[dict[str, str]] = field(default_factory=list)
    help_article_id: str = ""
    help_article_title: str = ""


@QmlElement
@QmlSingleton
class RightsController(QObject):
    create = registry.singleton("rights")

    topicChanged = Signal()
    articleChanged = Signal()
    queryChanged = Signal()
    searchAnswerChanged = Signal()
    feedbackChanged = Signal()

    def __init__(self, runner: TaskRunner, session: Session, speech: SpeechController,
                 store: Callable[[], Store | None], public_url: str = "", content_dir: Path | None = None) -> None:
        super().__init__()
        self._runner = runner
        self._session = session
        self._speech = speech
        self._store = store
        self._public_url = public_url
        self._content_dir = content_dir
        self._requests = LatestRequests(runner, store)
        self._topics = RowsModel(("topicId", "name", "icon"))
        self._articles = RowsModel(("articleId", "title"))
        self._blocks = RowsModel(("kind", "html", "marker", "image", "firstSentence", "highlighted"))
        self._results = RowsModel(("articleId", "title", "snippet", "topicId"))
        self._closest_topics = RowsModel(("topicId", "name", "icon"))
        self._topic_id = self._topic_name = ""
        self._article: dict[str, Any] = {}
        self._reading: _Reading | None = None
        self._query = ""
        self._searched_for = self._help_article_id = self._help_article_title = ""
        self._feedback = ""
        session.languageChanged.connect(self._language_changed)
        speech.sentenceIndexChanged.connect(self._highlight_sentence)

    # --- models and properties ---------------------------------------------------------------

    @qt_property(QObject, constant=True)
    def topics(self) -> RowsModel:
        return self._topics

    @qt_property(QObject, constant=True)
    def articles(self) -> RowsModel:
        return self._articles

    @qt_property(QObject, constant=True)
    def blocks(self) -> RowsModel:
        return self._blocks

    @qt_property(QObject, constant=True)
    def results(self) -> RowsModel:
        return self._results

    @qt_property(QObject, constant=True)
    def closestTopics(self) -> RowsModel:
        """When a search matched nothing: the topics closest to it (all topics when none is close)."""
        return self._closest_topics

    @qt_property(str, notify=topicChanged)
    def topicName(self) -> str:
        return self._topic_name

    @qt_property(str, notify=articleChanged)
    def articleTitle(self) -> str:
        return str(self._article.get("title", ""))

    @qt_property(str, notify=articleChanged)
    def articleId(self) -> str:
        return str(self._article.get("id", ""))

    @qt_property(str, notify=articleChanged)
    def articleUpdated(self) -> str:
        return str(self._article.get("updated", ""))

    @qt_property(str, notify=articleChanged)
    def articleSources(self) -> str:
        return "; ".join(self._article.get("sources", []))

    @qt_property(str, notify=articleChanged)
    def articleUrl(self) -> str:
        return str(self._article.get("url", ""))

    @qt_property(str, notify=articleChanged)
    def qrSource(self) -> str:
        """The article's public URL as a QR code image (a data: URL), or empty."""
        return str(self._article.get("qr", ""))

    @qt_property(str, notify=articleChanged)
    def articleText(self) -> str:
        """The whole article as plain text, as "Listen" on the top bar reads it."""
        return str(self._article.get("text", ""))

    @qt_property(str, constant=True)
    def contentUrl(self) -> str:
        """Where article images are (``images/…`` paths in the Markdown are relative to it)."""
        return QUrl.fromLocalFile(str(self._content_dir)).toString() if self._content_dir else ""

    @qt_property(str, notify=queryChanged)
    def query(self) -> str:
        return self._query

    @qt_property(str, notify=searchAnswerChanged)
    def searchedFor(self) -> str:
        """The query as searched when a typo was corrected ("Showing results for ..."), else ""."""
        return self._searched_for

    @qt_property(str, notify=searchAnswerChanged)
    def helpArticleId(self) -> str:
        """When a search matched nothing: the "where to get help" article, if the kiosk has it; else ""."""
        return self._help_article_id

    @qt_property(str, notify=searchAnswerChanged)
    def helpArticleTitle(self) -> str:
        return self._help_article_title

    @qt_property(str, notify=feedbackChanged)
    def feedback(self) -> str:
        """"" until the person answers "Was this useful?", then "yes" or "no"."""
        return self._feedback

    # --- loading ------------------------------------------------------------------------------

    @Slot()
    def loadTopics(self) -> None:
        language = self._session.language

        def job(store: Store) -> list[tuple[str, str, str]]:
            from kiosk.content import topics

            return topics.topic_tiles(store, language)

        self._requests.on_db("topics", job, lambda rows: self._topics.replace(
            [{"topicId": i, "name": n, "icon": icon} for i, n, icon in rows]))

    @Slot(str)
    def openTopic(self, topic_id: str) -> None:
        language = self._session.language

        def job(store: Store) -> tuple[str, list[dict[str, str]]]:
            from kiosk.content import articles, topics

            name = dict(topics.topic_names(store, language)).get(topic_id, "")
            summaries = articles.articles_for_topic(store, topic_id, language)
            return name, [{"articleId": a.id, "title": placeholders.fill(a.title, language)} for a in summaries]

        def done(result: tuple[str, list[dict[str, str]]]) -> None:
            self._topic_id, (self._topic_name, rows) = topic_id, result
            self._articles.replace(rows)
            self.topicChanged.emit()

        self._requests.on_db("topic", job, done)

    @Slot(str)
    def openArticle(self, article_id: str) -> None:
        language = self._session.language
        self._speech.stop()

        def job(store: Store) -> dict[str, Any]:
            from kiosk.content import articles
            from kiosk.qr import qr_svg

            article = articles.get_article(store, article_id, language)
            if article is None:
                return {}
            # A placeholder in the title or the sources is shown as the operator's; one
            # as the address gives no QR code (there is nowhere to go yet).
            url = ("" if placeholders.has_placeholder(article.url) else article.url) or self._url_for(article.id,
                                                                                                       language)
            shown = {"id": article.id, "language": language, "title": placeholders.fill(article.title, language),
                     "updated": dates.date_text(article.updated, language),
                     "sources": [placeholders.fill(source, language) for source in article.sources],
                     "url": url, "topic": article.topic}
            # Everything the page shows is made here, on the database lane: the GUI
            # thread only swaps the rows in, so turning a page costs it one model reset.
            if url:
                shown["qr"] = "data:image/svg+xml;base64," + base64.b64encode(qr_svg(url)).decode("ascii")
            return {**shown, **self._page(str(shown["title"]), article.body, language)}

        self._requests.on_db("article", job, self._show_article)

    @classmethod
    def _page(cls, title: str, body: str, language: str) -> dict[str, Any]:
        """The reader's rows, the reading state, and the plain text, for an article's Markdown body."""
        from kiosk.content import reading

        # The stored body starts after the title, which has its own column.
        blocks = [reading.Block("title", (title,)), *reading.parse_blocks(body)]
        sentence_block: list[int] = []
        rows = []
        for number, block in enumerate(blocks):
            rows.append({"kind": block.kind, "html": cls._block_html(block, None, language), "marker": block.marker,
                         "image": block.image, "firstSentence": len(sentence_block), "highlighted": False})
            sentence_block.extend([number] * (0 if block.kind == "image" else len(block.sentences)))
        spoken = [reading.plain_text(s, language) for b in blocks if b.kind != "image" for s in b.sentences]
        return {"rows": rows, "blocks": blocks, "sentence_block": sentence_block, "text": " ".join(spoken)}

    def _url_for(self, article_id: str, language: str) -> str:
        if not self._public_url:
            return ""
        return self._public_url.replace("{id}", article_id).replace("{language}", language)

    def _show_article(self, article: dict[str, Any]) -> None:
        self._article = article
        self._feedback = ""
        language = str(article.get("language", self._session.language))
        self._reading = _Reading(str(article.get("id", "")), language, article.get("blocks", []),
                                 article.get("sentence_block", []))
        self._blocks.replace(article.get("rows", []))
        self.articleChanged.emit()
        self.feedbackChanged.emit()

    @staticmethod
    def _block_html(block: reading.Block, active: int | None, language: str, colour: str = "#ffe08a") -> str:
        from kiosk.content import reading

        parts = []
        for index, sentence in enumerate(block.sentences):
            text = reading.inline_html(sentence, language)
            parts.append(_HIGHLIGHT.format(colour=colour, text=text) if index == active else text)
        return " ".join(parts)

    # --- reading aloud -------------------------------------------------------------------------

    @Slot()
    def listen(self) -> None:
        if self._reading is None:
            return
        from kiosk.content import reading

        language = self._reading.language
        sentences = [reading.plain_text(s, language)
                     for b in self._reading.blocks if b.kind != "image" for s in b.sentences]
        self._speech.speakSentences(sentences)

    def _highlight_sentence(self) -> None:
        state = self._reading
        if state is None:
            return
        index = self._speech.sentenceIndex
        for row, block in enumerate(state.blocks):
            first = self._blocks.rows()[row]["firstSentence"]
            active = index - first if block.kind != "image" and 0 <= index - first < len(block.sentences) else None
            html = self._block_html(block, active, state.language)
            if html != self._blocks.rows()[row]["html"]:
                self._blocks.update_row(row, {"html": html, "highlighted": active is not None})

    # --- search ------------------------------------------------------------------------------

    @Slot(str)
    def search(self, query: str) -> None:
        self._query = query
        self.queryChanged.emit()
        language = self._session.language
        if not query.strip():
            self._requests.forget("search")
            self._show_answer(_Answer())
            return

        def job(store: Store) -> _Answer:
            from kiosk.content import search

            answer = search.search(store, query, language, limit=30)
            help_id, help_title = answer.help_article or ("", "")
            return _Answer(
                [{"articleId": h.article_id, "title": placeholders.fill(h.title, language), "snippet": h.snippet,
                  "topicId": h.topic_id} for h in answer.hits],
                answer.searched_for,
                [{"topicId": t.topic_id, "name": t.name, "icon": t.icon} for t in answer.closest_topics],
                help_id, placeholders.fill(help_title, language) if help_title else "")

        self._requests.on_db("search", job, self._show_answer)

    def _show_answer(self, answer: _Answer) -> None:
        self._results.replace(answer.results)
        self._closest_topics.replace(answer.closest_topics)
        self._searched_for = answer.searched_for
        self._help_article_id, self._help_article_title = answer.help_article_id, answer.help_article_title
        self.searchAnswerChanged.emit()

    # --- feedback ---------------------------------------------------------------------------

    @Slot(bool)
    def rate(self, useful: bool) -> None:
        """Anonymous: which article, which language, yes or no, and when. Nothing about the person."""
        if self._feedback or not self._article:
            return
        article_id, language = str(self._article["id"]), self._session.language
        self._feedback = "yes" if useful else "no"
        self.feedbackChanged.emit()

        def job() -> None:
            from kiosk.content.feedback import record_feedback

            store = self._store()
            if store is not None:
                record_feedback(store, article_id, language, useful)

        self._runner.submit("db", job)

    # --- session --------------------------------------------------------------------------------

    def _language_changed(self) -> None:
        self.loadTopics()
        if self._topic_id:
            self.openTopic(self._topic_id)
        if self._article:
            self.openArticle(str(self._article["id"]))
        if self._query:
            self.search(self._query)

    def wipe(self) -> None:
        self._requests.forget()
        self._query, self._feedback, self._article, self._reading = "", "", {}, None
        self._topic_id = self._topic_name = ""
        for model in (self._articles, self._blocks):
            model.replace([])
        self._show_answer(_Answer())
        self.queryChanged.emit()
        self.articleChanged.emit()
        self.topicChanged.emit()
        self.feedbackChanged.emit()


