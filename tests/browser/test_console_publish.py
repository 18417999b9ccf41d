"""The issue's measure of done, in a real browser: a content editor who has never used a terminal corrects
an article, sees what changes, publishes it to the canary group, watches a real test kiosk take it, offers
it to all kiosks, and the rest of the fleet takes it too."""

from __future__ import annotations

import re
import sqlite3

from playwright.sync_api import Page, expect

from tests.browser.conftest import sign_in_as
from tests.browser.console_world import SampleKiosk, World

ARTICLE = "keep-your-passport"
CORRECTED = "Keep your passport with you, and never hand it over to an employer"


def _article_title(kiosk: SampleKiosk) -> str:
    with sqlite3.connect(kiosk.data_dir / "kiosk.db") as db:
        row = db.execute("SELECT title FROM articles WHERE id = ? AND language = 'en'", (ARTICLE,)).fetchone()
    return str(row[0])


def test_an_editor_publishes_a_corrected_article_to_the_canary_then_to_all_and_sees_each_kiosk_take_it(
        page: Page, world: World) -> None:
    canary, other = world.enroll_kiosk("canary-kiosk"), world.enroll_kiosk("other-kiosk")
    canary.sync_once()
    other.sync_once()

    # The owner puts one kiosk in the canary group.
    sign_in_as(page, world, "owner", world.account("owner", "owner"))
    page.goto(f"{world.url}/console/fleet/{canary.kiosk_id}")
    page.fill("#g-place", "Sample visa centre, by the door (fictional)")
    page.check("#g-canary")
    page.click("#save-group")
    expect(page.locator("#saved")).to_be_visible()
    page.click("#sign-out")

    # A content editor corrects the article's title and a sentence.
    sign_in_as(page, world, "aziza", world.account("aziza", "content_editor"))
    page.get_by_role("navigation").get_by_role("link", name="Articles").click()
    page.click(f"#edit-{ARTICLE}-en")
    page.fill("#title", CORRECTED)
    page.fill("#body", page.input_value("#body") + "\nNobody may keep your passport: not an agency, not an employer.\n")
    page.click("#preview")

    # The preview: no problems, the change shown word by word, nothing published yet.
    expect(page.locator("#no-problems, #no-errors").first).to_be_visible()
    expect(page.locator("ins", has_text="never hand it over to an employer").first).to_be_visible()
    expect(page.locator("ins", has_text="Nobody may keep your passport").first).to_be_visible()
    page.click("#publish-canary")

    # Publishing leads to the releases page, which watches the rollout by itself (htmx, every 5 s).
    expect(page.locator("#published")).to_contain_text("was published")
    release = int(re.search(r"Release (\d+)", page.locator("#published").inner_text()).group(1))
    rollout = page.locator("#rollout-table")
    expect(rollout.locator("tr", has_text=canary.kiosk_id)).to_contain_text("waiting")
    expect(rollout.locator("tr", has_text=other.kiosk_id)).to_contain_text(str(release - 1))
    canary.sync_once()
    expect(rollout.locator("tr", has_text=canary.kiosk_id)).to_contain_text("taken", timeout=20_000)
    assert _article_title(canary) == CORRECTED
    other.sync_once()
    assert _article_title(other) != CORRECTED  # not offered to it yet

    page.click("#promote")
    expect(page.locator("#offered-to-all")).to_be_visible()
    other.sync_once()
    expect(page.locator("#rollout-table tr", has_text=other.kiosk_id)).to_contain_text("taken", timeout=20_000)
    assert _article_title(other) == CORRECTED
