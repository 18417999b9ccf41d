"""A registry manager uploads the agency registry in a real browser: a bad row is shown by its line,
the corrected file is summarised, published, and a real test kiosk takes the release."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.browser.conftest import sign_in_as
from tests.browser.console_world import REPOSITORY, World

HEADER = (REPOSITORY / "content" / "agencies" / "registry.csv").read_text(encoding="utf-8").splitlines()[0]
GOOD_ROW = ("sample-900001,Sample Bright Work xususiy bandlik agentligi (fictional),UZ № 90001/26,"
            "\"[[FILL: licensing authority, Uzbekistan]]\",active,2026-01-10,,2026-01-10,2028-01-10,"
            "Россия|Janubiy Koreya,,,,,yes")


def _registry(folder: Path, *rows: str) -> Path:
    file = folder / "registry.csv"
    file.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return file


def test_a_bad_row_is_shown_then_the_fixed_file_is_published_and_a_kiosk_takes_it(
        page: Page, world: World, tmp_path: Path) -> None:
    kiosk = world.enroll_kiosk("registry-kiosk")
    kiosk.sync_once()
    password = world.account("gulnora", "registry_manager")
    sign_in_as(page, world, "gulnora", password)
    page.get_by_role("navigation").get_by_role("link", name="Registry").click()

    bad = GOOD_ROW.replace(",active,", ",licenced maybe,")
    page.set_input_files("#registry-file", str(_registry(tmp_path, GOOD_ROW.replace("900001", "900002"), bad)))
    page.click("#upload-registry")
    expect(page.locator("#registry-refused")).to_contain_text("nothing was published")
    problems = page.locator("#registry-problems")
    expect(problems).to_contain_text("3")  # the file's third line
    expect(problems).to_contain_text("status")

    page.goto(f"{world.url}/console/registry")
    page.set_input_files("#registry-file", str(_registry(tmp_path, GOOD_ROW.replace("900001", "900002"), GOOD_ROW)))
    page.click("#upload-registry")
    expect(page.locator("#draft-state")).to_contain_text("Not published yet")
    expect(page.locator("#draft-counts")).to_contain_text("Added: 2")
    expect(page.get_by_text("Sample Bright Work xususiy bandlik agentligi (fictional)").first).to_be_visible()

    page.check("#audience-all")
    if page.locator("#confirm-removals").count():
        page.check("#confirm-removals")  # the fictional sample registry is replaced by two agencies
    page.click("#publish-registry")
    expect(page.locator("#draft-state")).to_contain_text("Published as release")
    release = int(re.search(r"release (\d+)", page.locator("#draft-state").inner_text()).group(1))

    assert f"release {release}" in kiosk.sync_once() + kiosk.status()
    page.goto(f"{world.url}/console/fleet/{kiosk.kiosk_id}")
    expect(page.get_by_text(f"{release} / {release}").first).to_be_visible()


def test_a_report_from_a_kiosk_is_triaged_with_a_note(page: Page, world: World) -> None:
    kiosk = world.enroll_kiosk("report-kiosk")
    kiosk.report_agency("Sample Quick Visa <b>Agency</b> (fictional)", "Просили 500 долларов до выдачи визы.")
    kiosk.sync_once()
    password = world.account("rustam", "registry_manager")
    sign_in_as(page, world, "rustam", password)
    page.get_by_role("navigation").get_by_role("link", name="Agency reports").click()
    row = page.locator("#reports tbody tr", has_text="Sample Quick Visa <b>Agency</b> (fictional)")
    expect(row).to_contain_text("Просили 500 долларов до выдачи визы.")
    expect(row).to_contain_text("new")

    row.locator("select[name=status]").select_option("forwarded")
    row.locator("textarea[name=note]").fill("Sent to the licensing body on the hotline form.")
    row.locator("button[type=submit]").click()
    row = page.locator("#reports tbody tr", has_text="Sample Quick Visa <b>Agency</b> (fictional)")
    expect(row).to_contain_text("Sent to the licensing body on the hotline form.")
    expect(row).to_contain_text("forwarded")
