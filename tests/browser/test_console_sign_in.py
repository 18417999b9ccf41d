"""A person signs in to the console in a real browser, in their own language."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import sign_in_as
from tests.browser.console_world import World


def test_a_wrong_password_is_said_plainly_and_the_right_one_opens_the_console(page: Page, world: World) -> None:
    password = world.account("dilnoza", "owner")
    page.goto(f"{world.url}/console/fleet")
    expect(page).to_have_url(f"{world.url}/console/sign-in?next=%2Fconsole%2Ffleet")
    page.fill("#username", "dilnoza")
    page.fill("#password", "not the password")
    page.click("#sign-in")
    expect(page.get_by_role("alert")).to_have_text("⚠ The username or password is wrong.")

    page.fill("#password", password)
    page.click("#sign-in")
    expect(page).to_have_url(f"{world.url}/console/fleet")


def test_the_console_switches_to_russian_and_uzbek_and_stays_so(page: Page, world: World) -> None:
    password = world.account("bahodir", "fleet_viewer")
    sign_in_as(page, world, "bahodir", password)
    page.get_by_role("link", name="Русский").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Здравствуйте")
    page.get_by_role("link", name="Oʻzbekcha").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Xush kelibsiz")
    page.reload()
    expect(page.get_by_role("button", name="Chiqish")).to_be_visible()


def test_a_fleet_viewer_is_told_the_accounts_page_is_not_for_their_role(page: Page, world: World) -> None:
    password = world.account("viewer", "fleet_viewer")
    sign_in_as(page, world, "viewer", password)
    page.goto(f"{world.url}/console/accounts")
    expect(page.locator("#error-message")).to_contain_text("may not open this page")
