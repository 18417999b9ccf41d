"""The README's console screenshots, made in Debian's chromium against a real central service.

    .venv/bin/python docs/console_screenshots.py [OUT_DIR]      (default: docs/screenshots)

It starts the central service on loopback with its clock pinned to 2026-12-04 09:00 UTC, publishes
the repository's content, and makes a small fictional fleet: six kiosks at made-up places, their
heartbeats (one silent for hours, one out of paper), "was this useful?" answers, two agency reports
about invented agencies, and a few bookings. Then it signs in as an owner and photographs the main
pages. Every name in it is fictional.
"""

from __future__ import annotations

import sys
import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

REPOSITORY = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPOSITORY))

from playwright.sync_api import Page, sync_playwright  # noqa: E402

from kiosk import reference  # noqa: E402
from sync.central import rollout  # noqa: E402
from sync.central.database import make_engine  # noqa: E402
from sync.central.tokens import Role  # noqa: E402
from sync.protocol.times import format_time  # noqa: E402
from tests.sync.central.central_server import (  # noqa: E402
    Central,
    Kiosk,
    enroll_kiosk,
    put_keys,
    running_central,
    tree_archive,
)
from tests.sync.central.console.console_client import PASSWORD, make_account  # noqa: E402

PLACES = ["Sample airport, departures hall (fictional)", "Sample airport, arrivals (fictional)",
          "Sample visa centre, ground floor (fictional)", "Sample visa centre, first floor (fictional)",
          "Sample mobile office, bus 1 (fictional)", "Sample migration office (fictional)"]
FEEDBACK = {"keep-your-passport": (41, 3), "copies-and-lost-documents": (28, 9), "bank-accounts-and-cards": (12, 11),
            "where-to-get-help": (35, 2), "employer-pays-recruitment-fees": (19, 4)}


def _heartbeat(central: Central, kiosk: Kiosk, release: int, **facts: object) -> None:
    body = {"release": release, "outbox_depth": 0, "outbox_parked": 0, "printer": "idle",
            "free_disk_bytes": 12 * 1024**3, "clock": format_time(central.clock()), "interval_s": 300,
            "app_version": "0.1.0", **facts}
    answer = central.call("POST", "/v1/heartbeat", kiosk.token, json=body)
    assert answer.status_code == 200, answer.text


def _send(central: Central, kiosk: Kiosk, kind: str, body: dict[str, object]) -> None:
    item = {"id": f"{kind}-{uuid.uuid4().hex}", "kind": kind, "body": body,
            "created_at": format_time(central.clock())}
    answer = central.call("POST", "/v1/outbox", kiosk.token, json=item)
    assert answer.status_code == 201, answer.text


def build_fleet(central: Central) -> list[Kiosk]:
    put_keys(central)
    published = central.call("POST", "/v1/admin/releases", central.owner_token,
                             data=tree_archive(REPOSITORY / "content"), headers={"Content-Type": "application/gzip"})
    assert published.status_code == 201, published.text
    engine = make_engine(central.database)
    kiosks = [enroll_kiosk(central) for _ in PLACES]
    for number, (kiosk, place) in enumerate(zip(kiosks, PLACES, strict=True)):
        rollout.set_group(engine, kiosk.kiosk_id, number < 2, place)
    _heartbeat(central, kiosks[4], 1, outbox_depth=7, outbox_oldest_age_s=5400)  # then silent: it went stale
    central.clock.advance(timedelta(hours=3))
    _heartbeat(central, kiosks[0], 1)
    _heartbeat(central, kiosks[1], 1, printer="media-empty: out of paper")
    _heartbeat(central, kiosks[2], 1, free_disk_bytes=300 * 1024**2)
    _heartbeat(central, kiosks[3], 1, clock=format_time(central.clock() + timedelta(minutes=40)))
    _heartbeat(central, kiosks[5], 1, outbox_depth=2, outbox_oldest_age_s=120)
    for article, (yes, no) in FEEDBACK.items():
        for count, useful in ((yes, True), (no, False)):
            for n in range(count):
                _send(central, kiosks[n % len(kiosks)], "article_feedback",
                      {"article_id": article, "language": ["ru", "uz-Latn", "ky", "tg", "en"][n % 5], "useful": useful,
                       "at": format_time(central.clock())})
    for agency, what, details in (
            ("Sample Bright Road Recruiting (fictional)", ["fee_before_job", "kept_documents"],
             "Взяли 500 долларов за визу и оставили у себя паспорт."),
            ("Namuna Yoʻl xususiy bandlik agentligi (fictional)", ["fake_job"],
             "Ish joyi yoʻq ekan, shartnoma soxta.")):
        _send(central, kiosks[2], "agency_report", {
            "reference": reference.new_reference(), "agency_name": agency, "agency_id": "", "what_happened": what,
            "details": details, "contact": "", "language": "ru", "country": "RU",
            "reported_at": format_time(central.clock())})
    _book_some(central, kiosks)
    return kiosks


def _book_some(central: Central, kiosks: list[Kiosk]) -> None:
    names = ("Sample Aziz", "Sample Dilnoza", "Sample Farrux", "Sample Gulnora", "Sample Jasur", "Sample Kamola")
    made = 0
    for day in ("2026-12-07", "2026-12-08", "2026-12-09"):
        for place in ({"service_id": "visa-submission", "location_id": "sample-visa-centre"},
                      {"service_id": "legal-consultation", "location_id": "sample-migration-office"}):
            slots = central.call("GET", "/v1/slots", kiosks[0].token, params={**place, "first": day, "days": 1})
            for slot in slots.json()["slots"][: 2 + made % 3]:
                body = {"reference": reference.new_reference(), "slot_id": slot["slot_id"],
                        "name": names[made % len(names)], "passport_last4": f"{1000 + made}",
                        "phone": "", "language": "uz-Latn"}
                central.call("POST", "/v1/bookings", kiosks[made % 3].token, json=body,
                             headers={"Idempotency-Key": uuid.uuid4().hex})
                made += 1


def photograph(page: Page, url: str, path: Path) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(path), full_page=True)
    print(f"wrote {path}")


_HEADER = (REPOSITORY / "content" / "agencies" / "registry.csv").read_text(encoding="utf-8").splitlines()[0]
_AUTHORITY = '"[[FILL: licensing authority, Uzbekistan]]"'
# The second row's status is wrong on purpose: the page lists it by line and column.
BAD_REGISTRY = "\n".join([
    _HEADER,
    f"sample-900001,Sample Bright Work xususiy bandlik agentligi (fictional),UZ № 90001/26,{_AUTHORITY},"
    "active,2026-01-10,,2026-01-10,2028-01-10,Россия|Janubiy Koreya,,,,,yes",
    f"sample-900002,Sample Yaxshi Yoʻl xususiy bandlik agentligi (fictional),UZ № 90002/26,{_AUTHORITY},"
    "licenced maybe,2026-01-10,,2026-01-10,2028-01-10,Germaniya,,,,,yes",
]) + "\n"


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with (tempfile.TemporaryDirectory() as folder,
          running_central(Path(folder), console_secure_cookies=False) as central):
        kiosks = build_fleet(central)
        make_account(central, Role.OWNER, "dilnoza")
        bad_file = Path(folder) / "registry.csv"
        bad_file.write_text(BAD_REGISTRY, encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1280, "height": 860}, locale="en-GB")
            page.goto(f"{central.url}/console/sign-in")
            page.fill("#username", "dilnoza")
            page.fill("#password", PASSWORD)
            page.click("#sign-in")
            photograph(page, f"{central.url}/console/fleet", out / "console-fleet-en.png")
            photograph(page, f"{central.url}/console/fleet/{kiosks[1].kiosk_id}", out / "console-kiosk-en.png")
            photograph(page, f"{central.url}/console/bookings?place=sample-visa-centre&day=2026-12-07",
                       out / "console-bookings-en.png")
            photograph(page, f"{central.url}/console/feedback", out / "console-feedback-en.png")
            photograph(page, f"{central.url}/console/reports", out / "console-reports-en.png")

            # A corrected article: the preview, then the canary rollout with one canary kiosk done.
            page.goto(f"{central.url}/console/articles/keep-your-passport/en/edit")
            page.fill("#title", "Keep your passport with you, and never hand it over to an employer")
            page.fill("#body", page.input_value("#body").replace(
                "Without it, you can be trapped.", "Without it, you can be trapped and cannot travel home.", 1))
            page.click("#preview")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(out / "console-preview-en.png"), full_page=True)
            print(f"wrote {out / 'console-preview-en.png'}")
            page.click("#publish-canary")
            page.wait_for_load_state("networkidle")
            _heartbeat(central, kiosks[0], 2)
            photograph(page, f"{central.url}/console/releases", out / "console-releases-en.png")

            page.goto(f"{central.url}/console/registry")
            page.set_input_files("#registry-file", str(bad_file))
            page.click("#upload-registry")
            page.wait_for_load_state("networkidle")
            page.screenshot(path=str(out / "console-registry-problems-en.png"), full_page=True)
            print(f"wrote {out / 'console-registry-problems-en.png'}")

            page.goto(f"{central.url}/console/language?lang=ru&next=/console/fleet")
            photograph(page, f"{central.url}/console/fleet", out / "console-fleet-ru.png")
            page.set_viewport_size({"width": 820, "height": 1180})  # a tablet, upright
            page.goto(f"{central.url}/console/language?lang=uz-Latn&next=/console/fleet")
            photograph(page, f"{central.url}/console/releases", out / "console-releases-tablet-uz-Latn.png")
            page.set_viewport_size({"width": 1280, "height": 860})
            page.click("#sign-out")
            photograph(page, f"{central.url}/console/sign-in", out / "console-sign-in-uz-Latn.png")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else REPOSITORY / "docs" / "screenshots"))
