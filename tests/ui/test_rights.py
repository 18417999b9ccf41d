"""Know your rights, through the real screens, on the bundled content."""

import sqlite3
from pathlib import Path

from tests.ui.fixtures import make_settings
from tests.ui.kiosk_driver import KioskDriver


def open_rights(driver: KioskDriver, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)
    driver.tap(f"start_{driver.app.session.language}")
    driver.wait_for_screen("home")
    driver.tap("tile_rights")
    driver.wait_for_screen("rights")
    qtbot.waitUntil(lambda: driver.app.rights.topics.rowCount() == 8, timeout=10000)


def open_first_article(driver: KioskDriver, qtbot, topic: str = "documents") -> str:  # type: ignore[no-untyped-def]
    open_rights(driver, qtbot)
    driver.tap(f"topic_{topic}")
    driver.wait_for_screen("rights_topic")
    articles = driver.app.rights.articles
    qtbot.waitUntil(lambda: articles.rowCount() >= 4, timeout=10000)
    first = articles.rows()[0]["articleId"]
    driver.tap(f"article_{first}")
    driver.wait_for_screen("rights_article")
    qtbot.waitUntil(lambda: driver.app.rights.blocks.rowCount() > 2, timeout=10000)
    return str(first)


def test_topics_are_shown_in_the_travellers_language(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="tg")
    open_rights(driver, qtbot)
    names = [row["name"] for row in driver.app.rights.topics.rows()]
    assert "Ҳуҷҷатҳо, раводид ва бақайдгирӣ" in names
    driver.app.session.setLanguage("uz-Cyrl")
    qtbot.waitUntil(lambda: "Ҳужжатлар, визалар ва рўйхатдан ўтиш"
                    in [row["name"] for row in driver.app.rights.topics.rows()], timeout=10000)


def test_a_topic_lists_its_articles_and_the_reader_shows_one(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_first_article(driver, qtbot)
    kinds = [row["kind"] for row in driver.app.rights.blocks.rows()]
    assert kinds[0] == "title"
    assert "paragraph" in kinds or "bullet" in kinds or "numbered" in kinds
    assert driver.app.rights.articleTitle
    assert driver.visible("readerListenButton")
    assert not driver.visible("takeItWithYou")  # no public URL configured


def test_reading_aloud_goes_sentence_by_sentence_with_a_highlight(kiosk, qtbot, tmp_path: Path) -> None:
    driver: KioskDriver = kiosk(language="ky")
    open_first_article(driver, qtbot)
    speech = driver.app.speech
    driver.tap("readerListenButton")
    qtbot.waitUntil(lambda: speech.sentenceIndex >= 1, timeout=30000)
    highlighted = [row for row in driver.app.rights.blocks.rows() if "background-color" in row["html"]]
    assert len(highlighted) == 1

    driver.tap("readerListenButton")  # now it says Pause
    qtbot.waitUntil(lambda: speech.paused, timeout=5000)
    paused_at = speech.sentenceIndex
    assert paused_at >= 1
    # A sentence already being synthesised when Pause came may still land; after that, nothing.
    qtbot.wait(500)
    recorded = len(list((tmp_path / "speech").glob("*.wav")))
    qtbot.wait(500)
    assert len(list((tmp_path / "speech").glob("*.wav"))) == recorded  # nothing more while paused
    assert speech.sentenceIndex == paused_at

    driver.tap("readerListenButton")  # Continue, from where it paused
    qtbot.waitUntil(lambda: speech.sentenceIndex > paused_at, timeout=30000)
    driver.tap("readerStopButton")
    assert speech.sentenceIndex == -1
    assert not any("background-color" in row["html"] for row in driver.app.rights.blocks.rows())


def test_was_this_useful_is_counted_anonymously(kiosk, qtbot, kiosk_settings) -> None:
    driver: KioskDriver = kiosk(language="ru")
    article = open_first_article(driver, qtbot)
    driver.tap("usefulYes")
    assert driver.app.rights.feedback == "yes"
    assert not driver.visible("usefulYes")  # one answer per reading
    database = kiosk_settings.data_paths.database

    def stored() -> list[tuple[str, str, int]]:
        with sqlite3.connect(database) as connection:
            return connection.execute("SELECT article_id, language, useful FROM article_feedback").fetchall()

    qtbot.waitUntil(lambda: stored() == [(article, "ru", 1)], timeout=10000)
    with sqlite3.connect(database) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(article_feedback)")]
    assert columns == ["id", "article_id", "language", "useful", "at", "sent"]


def test_search_finds_articles_as_you_type(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_rights(driver, qtbot)
    driver.tap("rightsSearchButton")
    driver.wait_for_screen("rights_search")
    driver.type_text("passp")
    results = driver.app.rights.results
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=10000)
    assert any("<b>" in row["snippet"] or "pass" in row["title"].lower() for row in results.rows())
    driver.tap(f"result_{results.rows()[0]['articleId']}")
    driver.wait_for_screen("rights_article")


def test_a_latin_query_finds_uzbek_cyrillic_articles(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="uz-Cyrl")
    open_rights(driver, qtbot)
    driver.tap("rightsSearchButton")
    driver.wait_for_screen("rights_search")
    driver.type_text("pasport")
    results = driver.app.rights.results
    qtbot.waitUntil(lambda: results.rowCount() > 0, timeout=10000)
    assert any("\u0400" <= ch <= "\u04ff" for ch in results.rows()[0]["title"])


def test_hostile_search_input_shows_results_or_nothing(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_rights(driver, qtbot)
    driver.tap("rightsSearchButton")
    driver.wait_for_screen("rights_search")
    driver.type_text('"NOT -x col:y * (')
    qtbot.wait(300)
    assert driver.screen == "rights_search"


def test_the_wipe_forgets_the_search_and_the_article(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_rights(driver, qtbot)
    driver.tap("rightsSearchButton")
    driver.type_text("passport")
    qtbot.waitUntil(lambda: driver.app.rights.results.rowCount() > 0, timeout=10000)
    driver.app.session.wipe()
    driver.wait_for_screen("welcome")
    assert driver.app.rights.query == ""
    assert driver.app.rights.results.rowCount() == 0
    assert driver.app.rights.blocks.rowCount() == 0


def test_a_configured_public_url_gives_a_qr_code(kiosk, qtbot, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, KIOSK_CONTENT_PUBLIC_URL="https://kiosk.example/{language}/{id}")
    driver: KioskDriver = kiosk(settings=settings, language="en")
    article = open_first_article(driver, qtbot)
    assert driver.app.rights.articleUrl == f"https://kiosk.example/en/{article}"
    assert driver.app.rights.qrSource.startswith("data:image/svg+xml;base64,")
    assert driver.visible("takeItWithYou")


def test_article_images_are_shown(kiosk, qtbot, tmp_path: Path) -> None:
    tree = Path(__file__).resolve().parents[1] / "kiosk" / "content" / "trees" / "good"
    settings = make_settings(tmp_path, KIOSK_CONTENT_DIR=str(tree))
    driver: KioskDriver = kiosk(settings=settings, language="en")
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)
    driver.window.showScreen("rights_article:passport")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: any(r["kind"] == "image" for r in driver.app.rights.blocks.rows()), timeout=10000)
    images = [item for item in driver.all_items()
              if item.inherits("QQuickImage") and item.property("source").toString().endswith("images/passport.png")]
    assert images
    qtbot.waitUntil(lambda: images[0].property("implicitWidth") > 0, timeout=5000)  # decoded and drawn
