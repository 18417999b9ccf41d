"""Publishing from the console, through real HTTP: edit an article, see what changes, publish to the canary
group, promote; uploads, problems with file and line, stale previews, rollbacks, the audit log, hostile text."""

from __future__ import annotations

import html
import re
from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from kiosk.release.model import CONTENT
from kiosk.release.records import read_datasets
from sync.central import rollout
from sync.central.console import accounts, audit, drafts, previews
from sync.central.console.content_source import write_tree
from sync.central.database import make_engine
from sync.central.filestore import FileStore
from sync.central.publishing import Publisher
from sync.central.settings import Settings
from sync.central.tables import slots
from sync.central.tokens import Role
from sync.protocol.canonical import canonical_bytes
from tests.sync.central.central_server import Central, Kiosk, enroll_kiosk, put_keys, tree_archive
from tests.sync.central.console.console_client import ConsoleUser, sign_in

GZIP = {"Content-Type": "application/gzip"}
PASSPORT = "/console/articles/keep-your-passport/en/edit"
PASSPORT_FILE = "articles/documents/keep-your-passport.en.md"


# -- helpers --------------------------------------------------------------------------------------


class _Form(HTMLParser):
    """The values a browser would send from a page's inputs and text areas."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.values: dict[str, str] = {}
        self._area: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        name = found.get("name")
        if tag == "input" and name and found.get("type") != "file":
            self.values[name] = found.get("value") or ""
        if tag == "textarea" and name:
            self._area = name
            self.values[name] = ""

    def handle_data(self, data: str) -> None:
        if self._area is not None:
            self.values[self._area] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._area = None


def form_of(page: requests.Response) -> dict[str, str]:
    parser = _Form()
    parser.feed(page.text)
    return parser.values


def publisher(central: Central) -> Publisher:
    return Publisher(make_engine(central.database), FileStore(central.files_dir),
                     Settings(database=central.database, files_dir=central.files_dir, clock=central.clock))


def article(central: Central, article_id: str = "keep-your-passport", language: str = "en") -> dict[str, Any]:
    """The article as the latest release has it."""
    records = publisher(central).latest_records(CONTENT) or []
    return next(record for record in records if record["key"] == f"article:{article_id}:{language}")


def offered(central: Central, kiosk: Kiosk) -> int:
    answer = central.call("GET", "/v1/releases/latest", kiosk.token)
    assert answer.status_code == 200, answer.text
    number: int = answer.json()["manifest"]["signed"]["release"]
    return number


def edit(user: ConsoleUser, path: str = PASSPORT, **changes: str) -> requests.Response:
    """Open the edit form, change some fields, and ask for the preview (the redirect is followed)."""
    form = form_of(user.get(path))
    form.pop("csrf", None)
    form.update(changes)
    return user.post(path, form)


def draft_of(preview: requests.Response) -> str:
    found = re.search(r"/console/drafts/([0-9a-f]+)$", preview.url)
    assert found, preview.url
    return found.group(1)


def publish(user: ConsoleUser, draft: str, audience: str, **extra: str) -> requests.Response:
    return user.post(f"/console/drafts/{draft}/publish", {"audience": audience, **extra})


def text_of(page: requests.Response) -> str:
    """The page's words, tags dropped and entities read, as a person sees them."""
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page.text)))


def marked(page: requests.Response, tag: str) -> list[str]:
    """The texts the preview marks as removed (``del``) or added (``ins``), as a reader sees them."""
    return [html.unescape(re.sub(r'<span class="sr">.*?</span>', "", found))
            for found in re.findall(rf"<{tag}>(.*?)</{tag}>", page.text, re.S)]


def archive_of(tree: Path) -> bytes:
    return tree_archive(tree)


@pytest.fixture
def published(central: Central, content_tree: Path) -> Central:
    """A centre with keys and release 1: the repository's own content tree, published through the API."""
    put_keys(central)
    answer = central.call("POST", "/v1/admin/releases", central.owner_token, data=tree_archive(content_tree),
                          headers=GZIP)
    assert answer.status_code == 201 and answer.json()["release"] == 1, answer.text
    return central


@pytest.fixture
def editor(published: Central) -> ConsoleUser:
    return sign_in(published, Role.CONTENT_EDITOR)


# -- the way back from records to files ------------------------------------------------------------


def test_the_published_tree_written_again_from_its_records_reads_back_to_the_same_bytes(
        published: Central, tmp_path: Path) -> None:
    records = publisher(published).latest_records(CONTENT)
    assert records is not None and len(records) > 100
    tree = tmp_path / "again"
    written = write_tree(records, tree)
    assert "topics.toml" in written and PASSPORT_FILE in written
    assert not any(path.endswith(".uz-Cyrl.md") for path in written), "uz-Cyrl is made from uz-Latn, not written"
    again = read_datasets(tree.resolve())
    assert set(again) == {CONTENT}
    # A release keeps its records sorted by key; the publisher compares them by key, then by these bytes.
    assert {r["key"]: canonical_bytes(r) for r in again[CONTENT]} == {r["key"]: canonical_bytes(r) for r in records}
    assert len(again[CONTENT]) == len(records)


def test_an_edit_that_only_moves_the_date_changes_that_one_article_and_nothing_else(editor: ConsoleUser) -> None:
    preview = edit(editor, updated="2026-12-04")
    assert preview.status_code == 200, text_of(preview)
    words = text_of(preview)
    assert "Articles and topics: 0 added, 1 changed, 0 removed" in words
    assert "article:keep-your-passport:en" in preview.text
    assert re.search(r"updated</th>\s*<td>2026-11-22</td>\s*<td>2026-12-04</td>", preview.text)
    assert "<del>" not in preview.text and "<ins>" not in preview.text, "the text itself did not change"


# -- articles --------------------------------------------------------------------------------------


def test_the_articles_page_lists_the_latest_releases_articles_by_topic_with_language_and_title(
        editor: ConsoleUser) -> None:
    page = editor.get("/console/articles")
    assert page.status_code == 200
    words = text_of(page)
    assert "The articles of release 1" in words
    assert "Documents, visas and registration" in words
    assert "Keep your passport with you" in words and "Русский" in words
    assert f'href="{PASSPORT}"' in page.text
    assert "Made from Oʻzbekcha (uz-Latn)" in words  # the generated uz-Cyrl rows have no edit link
    assert 'href="/console/articles/keep-your-passport/uz-Cyrl/edit"' not in page.text


def test_the_edit_form_has_fields_never_toml_and_the_date_is_today_in_the_offices_zone(
        published: Central) -> None:
    published.clock.advance(timedelta(hours=11))  # 20:00 UTC on the 4th is 01:00 on the 5th in Tashkent
    editor = sign_in(published, Role.CONTENT_EDITOR)
    page = editor.get(PASSPORT)
    assert page.status_code == 200
    form = form_of(page)
    assert form["title"] == "Keep your passport with you"
    assert form["body"] == article(published)["body"]
    assert form["sources"].splitlines()[0] == "ILO Indicators of Forced Labour (2012)"
    assert form["updated"] == "2026-12-05"
    assert "+++" not in page.text and "sources = [" not in page.text
    for control in ("title", "body", "sources", "updated"):
        assert f'<label for="{control}">' in page.text and f'id="{control}"' in page.text


def test_a_generated_uz_cyrl_article_is_not_edited_the_page_says_it_is_made_from_uz_latn(
        editor: ConsoleUser) -> None:
    page = editor.get("/console/articles/keep-your-passport/uz-Cyrl/edit")
    assert page.status_code == 409
    assert "made from the Uzbek Latin (uz-Latn) article" in text_of(page)
    assert 'href="/console/articles/keep-your-passport/uz-Latn/edit"' in page.text
    refused = editor.post("/console/articles/keep-your-passport/uz-Cyrl/edit", {"title": "x", "body": "y"})
    assert refused.status_code == 409
    assert editor.get("/console/articles/no-such-article/en/edit").status_code == 404


# -- the whole path: edit, preview, canary, promote --------------------------------------------------


def test_an_edit_is_previewed_published_to_the_canary_group_then_promoted_to_every_kiosk(
        published: Central, editor: ConsoleUser) -> None:
    canary, other = enroll_kiosk(published), enroll_kiosk(published)
    rollout.set_group(make_engine(published.database), canary.kiosk_id, True, "Tashkent airport (fictional)")
    body = article(published)["body"].replace("Your passport proves who you are.",
                                              "Your passport proves who you are, wherever you work.")

    preview = edit(editor, body=body)
    assert preview.status_code == 200, text_of(preview)
    words = text_of(preview)
    assert "No errors. The warnings below do not stop publishing." in words
    assert f"Warnings in this article: 1 File Line Kind Problem {PASSPORT_FILE} 34 ⚠ warning placeholder to fill: " \
           "national hotline for migrants" in words
    assert marked(preview, "del") == ["are."] and marked(preview, "ins") == ["are, wherever you work."]
    assert "Keep your passport with you" in words and "article:keep-your-passport:en" in words
    assert 'id="publish-canary"' in preview.text and 'id="publish-all"' in preview.text
    assert 'id="L1"' in preview.text and "+++" in words, "the composed file is shown with line numbers"

    done = publish(editor, draft_of(preview), "canary")
    assert done.status_code == 200 and done.url.endswith("/console/releases?published=2")
    assert (offered(published, canary), offered(published, other)) == (2, 1)
    assert article(published)["body"] == body
    releases = text_of(done)
    assert "Release 2 is offered to the canary group only." in releases
    assert "console:" + editor.username in releases

    promoted = editor.post("/console/releases/2/promote", {})
    assert promoted.status_code == 200
    assert (offered(published, canary), offered(published, other)) == (2, 2)
    assert "Release 2 is offered to all kiosks." in text_of(promoted)
    again = editor.post("/console/releases/2/promote", {})
    assert again.status_code == 409 and "already offered to every kiosk" in text_of(again)


def test_publishing_while_a_canary_is_pending_warns_that_the_new_release_carries_its_changes(
        published: Central, editor: ConsoleUser) -> None:
    first = edit(editor, title="Keep your passport with you at all times")
    publish(editor, draft_of(first), "canary")
    second = edit(editor, "/console/articles/keep-your-passport/ru/edit", updated="2026-12-04")
    assert second.status_code == 200
    assert "Release 2 is offered to the canary group only, not yet to all kiosks" in text_of(second)


# -- problems, with file and line -----------------------------------------------------------------


def test_a_broken_link_is_shown_with_its_file_and_line_and_cannot_be_published(
        published: Central, editor: ConsoleUser) -> None:
    body = article(published)["body"] + "\n\nSee [the visa rules](article:no-such-article)."
    preview = edit(editor, body=body)
    assert preview.status_code == 422
    words = text_of(preview)
    assert "This cannot be published" in words
    assert 'id="publish-canary"' not in preview.text and 'id="publish-all"' not in preview.text
    line = _composed_line_of(preview, "article:no-such-article")
    assert re.search(rf"{re.escape(PASSPORT_FILE)} {line} ✕ error link to article 'no-such-article', which does "
                     r"not exist", words), words
    assert f'href="#L{line}"' in preview.text

    refused = publish(editor, draft_of(preview), "all")
    assert refused.status_code == 422 and "has errors and cannot be published" in text_of(refused)
    assert publisher(published).latest_number() == 1


def test_bad_front_matter_from_the_form_is_shown_with_its_line_and_the_form_can_be_filled_again(
        published: Central, editor: ConsoleUser) -> None:
    preview = edit(editor, sources="", updated="last Tuesday")
    assert preview.status_code == 422
    words = text_of(preview)
    sources_line = _composed_line_of(preview, "sources = []")
    updated_line = _composed_line_of(preview, 'updated = "last Tuesday"')
    assert f"{PASSPORT_FILE} {sources_line} ✕ error sources must be a non-empty list" in words
    assert f"{PASSPORT_FILE} {updated_line} ✕ error updated 'last Tuesday' must be a date" in words
    assert "The kiosk could not read this content at all." in words
    again = editor.get(f"{PASSPORT}?draft={draft_of(preview)}")
    assert form_of(again)["updated"] == "last Tuesday" and form_of(again)["sources"] == ""
    assert publish(editor, draft_of(preview), "canary").status_code == 422
    assert publisher(published).latest_number() == 1


def _composed_line_of(preview: requests.Response, needle: str) -> int:
    """The line number the preview's listing of the composed file shows beside ``needle``."""
    for number, text in re.findall(r'<tr id="L(\d+)"><th scope="row" class="num">\d+</th><td><code>(.*?)</code>',
                                   preview.text):
        if needle in html.unescape(text):
            return int(number)
    raise AssertionError(f"{needle!r} is not in the composed file")


def test_an_uploaded_tree_with_a_bad_file_shows_each_problem_with_its_file_and_line(
        published: Central, editor: ConsoleUser, content_tree: Path) -> None:
    broken = content_tree / "articles" / "money" / "bank-accounts-and-cards.ru.md"
    lines = broken.read_text(encoding="utf-8").split("\n")
    lines.insert(lines.index("+++", 1) + 3, "| a | table |")
    broken.write_text("\n".join(lines), encoding="utf-8")
    table_line = lines.index("| a | table |") + 1
    other = content_tree / "articles" / "money" / "bank-accounts-and-cards.en.md"
    other.write_text(other.read_text(encoding="utf-8").replace("order = ", "order = -"), encoding="utf-8")

    preview = editor.post("/console/upload/content", {}, files={"file": ("content.tar.gz", archive_of(content_tree))})
    assert preview.status_code == 422
    words = text_of(preview)
    assert f"articles/money/bank-accounts-and-cards.ru.md {table_line} ✕ error tables are not supported" in words
    assert re.search(r"articles/money/bank-accounts-and-cards\.en\.md 4 ✕ error order -\d+ must be a whole number",
                     words), words
    assert 'id="publish-canary"' not in preview.text
    assert publisher(published).latest_number() == 1


def test_an_upload_that_is_not_a_content_tree_gets_a_clear_422(editor: ConsoleUser) -> None:
    answer = editor.post("/console/upload/content", {}, files={"file": ("notes.tar.gz", b"just some words")})
    assert answer.status_code == 422
    assert "notes.tar.gz is not a content tree" in text_of(answer)


def test_a_good_upload_is_previewed_by_name_and_published(published: Central, editor: ConsoleUser,
                                                          content_tree: Path) -> None:
    new = content_tree / "articles" / "money" / "keep-receipts.en.md"
    source = (content_tree / "articles" / "money" / "bank-accounts-and-cards.en.md").read_text(encoding="utf-8")
    for language in ("en", "ru", "uz-Latn", "ky", "tg"):
        text = source.replace('id = "bank-accounts-and-cards"', 'id = "keep-receipts"')
        text = re.sub(r"^order = \d+", "order = 99", text, flags=re.M)
        text = re.sub(r"^# .*$", f"# Keep your receipts ({language})", text, count=1, flags=re.M)
        new.with_name(f"keep-receipts.{language}.md").write_text(text, encoding="utf-8")
    (content_tree / "articles" / "money" / "bank-accounts-and-cards.tg.md").unlink()
    for language in ("en", "ru", "uz-Latn", "ky"):
        (content_tree / "articles" / "money" / f"bank-accounts-and-cards.{language}.md").unlink()

    preview = editor.post("/console/upload/content", {}, files={"file": ("content.tar.gz", archive_of(content_tree))})
    assert preview.status_code == 200, text_of(preview)
    words = text_of(preview)
    assert "+ added Article Keep your receipts (en) English article:keep-receipts:en" in words
    assert "✕ removed Article Bank accounts and cards English article:bank-accounts-and-cards:en" in words
    assert "Articles and topics: 6 added, 0 changed, 6 removed" in words  # uz-Cyrl is made for each
    done = publish(editor, draft_of(preview), "all")
    assert done.status_code == 200
    assert article(published, "keep-receipts", "en")["title"] == "Keep your receipts (en)"


def test_an_upload_that_changes_the_booking_catalogue_refreshes_the_seats(published: Central, editor: ConsoleUser,
                                                                         content_tree: Path) -> None:
    services = content_tree / "booking" / "services.toml"
    services.write_text(services.read_text(encoding="utf-8").replace("capacity = 3", "capacity = 5", 1),
                        encoding="utf-8")
    assert _capacities(published) == {3}

    preview = editor.post("/console/upload/content", {}, files={"file": ("content.tar.gz", archive_of(content_tree))})
    assert preview.status_code == 200, text_of(preview)
    words = text_of(preview)
    assert "Booking: places, services and hours: 0 added, 1 changed, 0 removed" in words
    assert "✎ changed Service Visa document submission — service:visa-submission" in words
    assert publish(editor, draft_of(preview), "all").status_code == 200
    assert _capacities(published) == {5}


def _capacities(central: Central) -> set[int]:
    """The seats per slot of visa submissions at the sample visa centre, as the centre sells them."""
    with make_engine(central.database).connect() as connection:
        return set(connection.execute(select(slots.c.capacity).where(
            slots.c.service_id == "visa-submission", slots.c.location_id == "sample-visa-centre")).scalars())


def test_the_dataset_rules_of_each_role_hold_when_a_draft_is_published(published: Central,
                                                                       editor: ConsoleUser) -> None:
    preview = edit(editor, title="Keep your passport, always")
    engine = make_engine(published.database)
    draft = drafts.load(engine, draft_of(preview))
    desk = previews.Desk(publisher(published), FileStore(published.files_dir.parent / "console-drafts"), 1024 * 1024,
                         published.clock().date())
    scheduler = accounts.create_account(engine, "a-scheduler", "A scheduler", Role.SCHEDULER,
                                        "a long enough password", "test", published.clock())
    with pytest.raises(previews.RoleMayNotChange) as refused:
        previews.publish(desk, draft, scheduler, rollout.ALL, allow_removals=False)
    assert refused.value.datasets == [CONTENT]
    assert publisher(published).latest_number() == 1


def test_a_drafts_datasets_are_not_served_with_the_release_files(published: Central,
                                                                   editor: ConsoleUser) -> None:
    preview = edit(editor, title="Not yet for everyone's eyes")
    sha256 = drafts.load(make_engine(published.database), draft_of(preview)).datasets_sha256
    assert (published.files_dir.parent / "console-drafts" / sha256).is_file()
    assert requests.get(f"{published.url}/files/{sha256}", timeout=60).status_code == 404
    assert publish(editor, draft_of(preview), "all").status_code == 200
    assert requests.get(f"{published.url}/files/{sha256}", timeout=60).status_code == 404


# -- a stale preview, and a rollback ----------------------------------------------------------------


def test_a_preview_made_before_another_release_is_refused_and_can_be_made_again(
        published: Central, editor: ConsoleUser) -> None:
    mine = edit(editor, title="Your passport is yours")
    theirs = edit(sign_in(published, Role.OWNER), "/console/articles/keep-your-passport/ru/edit",
                  updated="2026-12-03")
    assert publish(editor, draft_of(theirs), "all").status_code == 200  # release 2

    refused = publish(editor, draft_of(mine), "all")
    assert refused.status_code == 409
    assert "Release 2 was published after this preview was made (against release 1)" in text_of(refused)
    assert publisher(published).latest_number() == 2
    shown = editor.get(f"/console/drafts/{draft_of(mine)}")
    assert 'id="stale"' in shown.text and 'id="publish-all"' not in shown.text

    again = editor.post(f"/console/drafts/{draft_of(mine)}/again", {})
    assert again.status_code == 200 and draft_of(again) != draft_of(mine)
    assert re.search(r'id="base-release">2<', again.text)
    assert publish(editor, draft_of(again), "all").status_code == 200
    assert article(published)["title"] == "Your passport is yours"
    assert article(published, language="ru")["updated"] == "2026-12-03", "the other release's change is kept"


def test_publishing_an_older_releases_content_again_makes_a_higher_release_with_the_old_text(
        published: Central, editor: ConsoleUser) -> None:
    original = article(published)
    publish(editor, draft_of(edit(editor, title="A title that was a mistake")), "all")
    assert article(published)["title"] == "A title that was a mistake"

    releases = editor.get("/console/releases")
    assert 'id="again-1"' in releases.text and 'id="again-2"' not in releases.text
    preview = editor.post("/console/releases/1/again", {})
    assert preview.status_code == 200, text_of(preview)
    words = text_of(preview)
    assert "The content of release 1, again" in words
    assert marked(preview, "del") == ["A title that was a mistake"]
    assert marked(preview, "ins") == ["Keep your passport with you"]
    done = publish(editor, draft_of(preview), "all")
    assert done.status_code == 200
    assert publisher(published).latest_number() == 3
    assert canonical_bytes(article(published)) == canonical_bytes(original)


def test_a_role_without_roll_back_may_not_publish_old_content_again(published: Central) -> None:
    registry = sign_in(published, Role.REGISTRY_MANAGER)
    assert registry.post("/console/releases/1/again", {}).status_code == 403
    viewer = sign_in(published, Role.FLEET_VIEWER)
    page = viewer.get("/console/releases")
    assert page.status_code == 200
    assert 'id="again-' not in page.text and 'id="promote"' not in page.text
    assert viewer.get("/console/articles").status_code == 403


# -- the releases page ------------------------------------------------------------------------------


def test_the_releases_page_shows_each_release_and_each_kiosks_part_in_the_rollout(
        published: Central, editor: ConsoleUser) -> None:
    canary, other = enroll_kiosk(published), enroll_kiosk(published)
    rollout.set_group(make_engine(published.database), canary.kiosk_id, True, "Samarkand office (fictional)")
    publish(editor, draft_of(edit(editor, title="Keep your passport")), "canary")
    heartbeat = {"release": 2, "clock": "2026-12-04T09:00:00Z", "interval_s": 60}
    assert published.call("POST", "/v1/heartbeat", canary.token, json=heartbeat).status_code == 200

    page = editor.get("/console/releases")
    words = text_of(page)
    assert re.search(r"2 \d{4}-\d\d-\d\d \d\d:\d\d console:content-editor-\d+ ⌛ the canary group "
                     r"Articles and topics: 0 added, 1 changed, 0 removed", words), words
    assert "1 2026-12-04 14:00 owner:first owner ✓ all kiosks" in words
    assert f"{canary.kiosk_id} Samarkand office (fictional) yes 2 2 ✓ taken" in words
    assert f"{other.kiosk_id} — no 1 — ⚠ not heard from" in words
    assert 'hx-get="/console/releases/rollout"' in page.text and 'hx-trigger="every 5s"' in page.text

    partial = editor.get("/console/releases/rollout", headers={"HX-Request": "true"})
    assert partial.status_code == 200
    assert partial.text.lstrip().startswith('<section id="rollout"') and "<html" not in partial.text
    plain = editor.get("/console/releases/rollout")
    assert "<html" in plain.text and f"{canary.kiosk_id}" in plain.text

    heartbeat["release"] = 1
    assert published.call("POST", "/v1/heartbeat", other.token, json=heartbeat).status_code == 200
    assert f"{other.kiosk_id} — no 1 1 ✓ taken" in text_of(editor.get("/console/releases/rollout"))


# -- the audit log, and hostile text ------------------------------------------------------------------


def test_every_publish_promotion_and_dropped_draft_is_in_the_audit_log(published: Central,
                                                                        editor: ConsoleUser) -> None:
    kept = edit(editor, title="Keep your passport safe")
    publish(editor, draft_of(kept), "canary")
    editor.post("/console/releases/2/promote", {})
    dropped = edit(editor, title="Not this after all")
    assert editor.post(f"/console/drafts/{draft_of(dropped)}/drop", {}).status_code == 200
    assert editor.post(f"/console/drafts/{draft_of(dropped)}/drop", {}).status_code == 409
    assert publish(editor, draft_of(dropped), "all").status_code == 409

    entries = [(entry.username, entry.action, entry.target)
               for entry in reversed(audit.recent(make_engine(published.database), username=editor.username))]
    assert entries == [
        (editor.username, "sign_in", editor.username),
        (editor.username, "draft_created", draft_of(kept)),
        (editor.username, "release_published", "release 2"),
        (editor.username, "release_promoted", "release 2"),
        (editor.username, "draft_created", draft_of(dropped)),
        (editor.username, "draft_dropped", draft_of(dropped)),
    ]
    published_entry = audit.recent(make_engine(published.database), action="release_published")[0]
    assert published_entry.detail["audience"] == "canary" and published_entry.detail["changed"]["content"]


HOSTILE_TITLE = "Ўзбек «паспорт» \"quoted\" & 'single' {{ 7 + 7 }} a < b"
HOSTILE_BODY = "Не отдавайте паспорт — \"никому\" & 'никогда'. {% raw %} x < y > z \\ back\\slash"


def test_hostile_text_is_escaped_on_every_page_and_published_intact(published: Central,
                                                                    editor: ConsoleUser) -> None:
    preview = edit(editor, title=HOSTILE_TITLE, body=HOSTILE_BODY)
    assert preview.status_code == 200, text_of(preview)
    pages = [preview, editor.get(f"{PASSPORT}?draft={draft_of(preview)}")]
    publish(editor, draft_of(preview), "all")
    form = editor.get(PASSPORT)
    pages += [editor.get("/console/articles"), form, sign_in(published, Role.OWNER).get("/console/audit")]
    assert article(published)["title"] == HOSTILE_TITLE
    assert article(published)["body"] == HOSTILE_BODY
    for page in pages:
        assert page.status_code == 200, page.url
        assert "«паспорт» &#34;quoted&#34; &amp; &#39;single&#39; {{ 7 + 7 }} a &lt; b" in page.text, page.url
        assert "a < b" not in page.text and '"quoted"' not in page.text and "x < y" not in page.text
    assert form_of(form)["title"] == HOSTILE_TITLE and form_of(form)["body"] == HOSTILE_BODY


def test_a_script_tag_is_shown_as_text_and_refused_by_the_checker(published: Central, editor: ConsoleUser) -> None:
    preview = edit(editor, title="<script>alert(1)</script>", body="<script>alert('Ўзбек')</script>")
    assert preview.status_code == 422
    assert "<script>alert" not in preview.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in preview.text
    assert "HTML tags are not supported" in text_of(preview)
    assert publisher(published).latest_number() == 1


def test_an_article_changed_since_the_form_was_opened_is_pointed_out(published: Central,
                                                                     editor: ConsoleUser) -> None:
    form = form_of(editor.get(PASSPORT))
    form.pop("csrf")
    publish(editor, draft_of(edit(sign_in(published, Role.OWNER), title="Changed meanwhile")), "all")
    preview = editor.post(PASSPORT, {**form, "title": "Mine"})
    assert 'id="changed-since"' in preview.text


def test_the_preview_and_the_rollout_speak_the_viewers_language(published: Central, editor: ConsoleUser) -> None:
    editor.get("/console/language", params={"lang": "ru", "next": "/console/articles"})
    preview = edit(editor, title="Keep your passport near you")
    words = text_of(preview)
    assert "Опубликовать для канареечной группы" in words and "Опубликовать для всех киосков" in words
    assert "Статьи и темы: добавлено: 0, изменено: 1, удалено: 0" in words
    publish(editor, draft_of(preview), "canary")
    uzbek = editor.get("/console/language", params={"lang": "uz-Latn", "next": "/console/releases"})
    assert "2-reliz faqat kanareyka guruhiga taklif qilingan." in text_of(uzbek)
    assert "Barcha kiosklarga taklif qilish" in text_of(uzbek)
