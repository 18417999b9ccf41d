"""Browser tests drive Debian's chromium (installed by packaging/setup.sh test) through Playwright.

Playwright's own browser download is never used. Any message the page logs as an error (a script
error, or a Content-Security-Policy refusal) fails the test that caused it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, Response, sync_playwright

from tests.browser.console_world import CHROMIUM, World, console_world


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: `bash packaging/setup.sh test` installs Debian's chromium")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="en-GB")
    opened = context.new_page()
    errors: list[str] = []

    def note(message: ConsoleMessage) -> None:
        # A page answered 403 or 404 is logged as a failed load too; such answers are what some tests check.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(message.text)

    def loaded(response: Response) -> None:
        if response.request.resource_type not in {"document", "xhr", "fetch"} and response.status >= 400:
            errors.append(f"{response.url} answered {response.status}")

    opened.on("console", note)
    opened.on("response", loaded)
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.set_default_timeout(20_000)
    yield opened
    context.close()
    assert not errors, f"the page logged errors: {errors}"


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    with console_world(tmp_path_factory.mktemp("world")) as made:
        yield made


def sign_in_as(page: Page, world: World, username: str, password: str) -> None:
    page.goto(f"{world.url}/console/")
    page.fill("#username", username)
    page.fill("#password", password)
    page.click("#sign-in")
    page.wait_for_url(f"{world.url}/console/**")
