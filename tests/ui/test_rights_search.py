"""The search screen is never a bare screen: a corrected typo says so, and nothing found offers topics and help.

Through the real screens on the bundled content, as tests/ui/test_rights.py does.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tests.ui.kiosk_driver import KioskDriver
from tests.ui.test_rights import open_rights


def open_search(driver: KioskDriver, qtbot) -> None:  # type: ignore[no-untyped-def]
    open_rights(driver, qtbot)
    driver.tap("rightsSearchButton")
    driver.wait_for_screen("rights_search")


def read_aloud(driver: KioskDriver) -> str:
    return str(driver.window.property("currentScreen").property("readAloudText"))


def clear_field(driver: KioskDriver) -> None:
    driver.find("searchField").setProperty("text", "")
    QGuiApplication.processEvents()


def test_a_typo_says_what_was_searched_instead(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_search(driver, qtbot)
    driver.type_text("pasportt")
    rights = driver.app.rights
    qtbot.waitUntil(lambda: rights.results.rowCount() > 0 and rights.searchedFor == "passport", timeout=10000)
    qtbot.waitUntil(lambda: driver.visible("searchCorrected"), timeout=5000)
    line = str(driver.find("searchCorrected").property("text"))
    assert line.startswith("Showing results for ") and "<b>passport</b>" in line
    assert driver.visible(f"result_{rights.results.rows()[0]['articleId']}")
    assert not driver.visible("searchNothingMatches") and not driver.visible("helpArticle")
    assert read_aloud(driver).startswith("Showing results for passport. ")

    # Spelt right, the results are shown without the line.
    clear_field(driver)
    driver.type_text("passport")
    qtbot.waitUntil(lambda: rights.results.rowCount() > 0 and rights.searchedFor == "", timeout=10000)
    assert not driver.visible("searchCorrected")


def test_a_corrected_typo_is_said_in_the_travellers_language(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="ru")
    open_search(driver, qtbot)
    driver.type_text("пасспртт")
    rights = driver.app.rights
    qtbot.waitUntil(lambda: rights.results.rowCount() > 0 and rights.searchedFor == "паспорт", timeout=10000)
    qtbot.waitUntil(lambda: driver.visible("searchCorrected"), timeout=5000)
    line = str(driver.find("searchCorrected").property("text"))
    assert line == "Показаны результаты по запросу: <b>паспорт</b>"


def test_nothing_found_offers_the_closest_topics_and_where_to_get_help(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_search(driver, qtbot)
    driver.type_text("qqqqzzz")
    rights = driver.app.rights
    qtbot.waitUntil(lambda: rights.closestTopics.rowCount() > 0 and rights.helpArticleId != "", timeout=10000)
    assert rights.results.rowCount() == 0
    assert rights.helpArticleId == "where-to-get-help" and rights.helpArticleTitle == "Where to get help"
    qtbot.waitUntil(lambda: driver.visible("searchNothingMatches"), timeout=5000)
    assert driver.find("searchNothingMatches").property("text") == "Nothing matches “qqqqzzz”. These topics may help:"
    topics = [row["topicId"] for row in rights.closestTopics.rows()]
    for topic in topics:
        assert driver.visible(f"closestTopic_{topic}")
    assert driver.find("helpArticle").property("text") == "Where to get help"
    spoken = read_aloud(driver)
    assert spoken.startswith("Nothing matches “qqqqzzz”. These topics may help: ")
    assert rights.closestTopics.rows()[0]["name"] in spoken and spoken.endswith("Where to get help")

    driver.tap("helpArticle")
    driver.wait_for_screen("rights_article")
    qtbot.waitUntil(lambda: rights.articleId == "where-to-get-help", timeout=10000)


def test_a_closest_topic_opens_that_topic_and_back_returns_to_the_search(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="ru")
    open_search(driver, qtbot)
    driver.type_text("qqqqzzz")
    rights = driver.app.rights
    qtbot.waitUntil(lambda: rights.closestTopics.rowCount() > 0, timeout=10000)
    assert "«qqqqzzz»" in str(driver.settled("searchNothingMatches").property("text"))
    topic = next(row for row in rights.closestTopics.rows() if row["topicId"] == "documents")
    driver.tap("closestTopic_documents")
    driver.wait_for_screen("rights_topic")
    qtbot.waitUntil(lambda: rights.topicName == topic["name"] and rights.articles.rowCount() > 0, timeout=10000)
    driver.tap("backButton")
    driver.wait_for_screen("rights_search")
    assert driver.find("searchField").property("text") == "qqqqzzz"
    assert driver.visible("closestTopic_documents")


def test_emptying_the_field_clears_the_correction_and_the_suggestions(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_search(driver, qtbot)
    rights = driver.app.rights
    driver.type_text("qqqqzzz")
    qtbot.waitUntil(lambda: rights.closestTopics.rowCount() > 0, timeout=10000)
    clear_field(driver)
    assert (rights.closestTopics.rowCount(), rights.helpArticleId, rights.helpArticleTitle) == (0, "", "")
    assert not driver.visible("searchNothingMatches") and not driver.visible("helpArticle")
    assert read_aloud(driver) == "Search. Type a word, for example: passport."

    driver.type_text("pasportt")
    qtbot.waitUntil(lambda: rights.searchedFor == "passport", timeout=10000)
    clear_field(driver)
    assert rights.searchedFor == "" and rights.results.rowCount() == 0
    assert not driver.visible("searchCorrected")


def test_the_wipe_forgets_the_suggestions(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_search(driver, qtbot)
    rights = driver.app.rights
    driver.type_text("qqqqzzz")
    qtbot.waitUntil(lambda: rights.helpArticleId != "", timeout=10000)
    driver.app.session.wipe()
    driver.wait_for_screen("welcome")
    assert (rights.closestTopics.rowCount(), rights.helpArticleId, rights.searchedFor) == (0, "", "")


def test_the_suggestions_follow_a_change_of_language(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_search(driver, qtbot)
    rights = driver.app.rights
    driver.type_text("qqqqzzz")
    qtbot.waitUntil(lambda: rights.helpArticleTitle == "Where to get help", timeout=10000)
    driver.app.session.setLanguage("ru")
    qtbot.waitUntil(lambda: rights.helpArticleTitle == "Куда обратиться за помощью", timeout=10000)
    qtbot.waitUntil(lambda: "«qqqqzzz»" in str(driver.find("searchNothingMatches").property("text")), timeout=5000)


def test_typed_markup_in_a_corrected_query_is_shown_as_typed(kiosk, qtbot) -> None:
    driver: KioskDriver = kiosk(language="en")
    open_search(driver, qtbot)
    driver.type_text("<i>pasportt & co")
    rights = driver.app.rights
    qtbot.waitUntil(lambda: rights.searchedFor == "<i>passport & co", timeout=10000)
    qtbot.waitUntil(lambda: driver.visible("searchCorrected"), timeout=5000)
    line = str(driver.find("searchCorrected").property("text"))
    assert line == "Showing results for <b>&lt;i&gt;passport &amp; co</b>"
