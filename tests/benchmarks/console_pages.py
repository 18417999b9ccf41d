"""The console's busiest pages on a large fleet, beside what the page cannot avoid.

Run: ``.venv/bin/python tests/benchmarks/console_pages.py [--kiosks 1000] [--feedback 50000] [--reports 5000]
[--rounds 30]``.

A real central service on loopback (SQLite) is filled straight through its tables:
``--kiosks`` kiosks, each with a last heartbeat and 20 earlier ones, ``--feedback``
"was this useful?" answers and ``--reports`` agency reports (all fictional), on top of
the repository's content published as release 1. An owner signed in through the
sign-in form then asks each page ``--rounds`` times.

The floor of each page, in the same run: the bare page (the front page: the same
HTTP, session and layout, no data) plus the raw SQL the page's data needs (every
kiosk row; one kiosk's last 50 heartbeats; every feedback body; every report body),
each timed on its own. Reported: p50 and p99 of the page, of the floor, and the ratio.

Prints figures and writes benchmark-results/console_pages.json. Not a test.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, insert, select  # noqa: E402

from sync.central.database import make_engine  # noqa: E402
from sync.central.tables import heartbeats, kiosks, outbox_items  # noqa: E402
from sync.central.tokens import Role  # noqa: E402
from sync.protocol.times import format_time  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402
from tests.sync.central.central_server import Central, put_keys, running_central, tree_archive  # noqa: E402
from tests.sync.central.console.console_client import ConsoleUser, sign_in  # noqa: E402

ARTICLES = ["keep-your-passport", "copies-and-lost-documents", "bank-accounts-and-cards", "where-to-get-help",
            "employer-pays-recruitment-fees", "signs-of-forced-labour"]


def fill(central: Central, fleet: int, feedback: int, reports: int) -> str:
    """The tables a large fleet would leave; the id of one kiosk."""
    engine = make_engine(central.database)
    now = central.clock()
    with engine.begin() as connection:
        for number in range(fleet):
            kiosk_id = f"k{number:05d}"
            beat = {"release": 1, "outbox_depth": number % 7, "printer": "idle" if number % 13 else "media-empty",
                    "free_disk_bytes": (number % 50) * 10**9, "clock": format_time(now), "interval_s": 300}
            connection.execute(insert(kiosks).values(
                kiosk_id=kiosk_id, token_hash=uuid.uuid4().hex + uuid.uuid4().hex, receipt_public_key="-",
                app_version="0.1.0", enrolled_at=now - timedelta(days=30), heartbeat_interval_s=300,
                last_seen_at=now - timedelta(minutes=number % 120), last_heartbeat=json.dumps(beat),
                last_skew_s=0, staff_device=False, place=f"Sample place {number} (fictional)", canary=number < 5))
            connection.execute(insert(heartbeats), [
                {"kiosk_id": kiosk_id, "received_at": now - timedelta(minutes=5 * n), "skew_s": 0,
                 "body": json.dumps(beat)} for n in range(21)])
        items = [{"id": f"fb-{n}", "kiosk_id": "k00000", "kind": "article_feedback", "digest": "-",
                  "body": json.dumps({"article_id": ARTICLES[n % len(ARTICLES)], "language": "ru",
                                      "useful": n % 3 != 0, "at": format_time(now)}),
                  "created_at": now, "received_at": now, "answer": "{}"} for n in range(feedback)]
        items += [{"id": f"report-{n}", "kiosk_id": "k00001", "kind": "agency_report", "digest": "-",
                   "body": json.dumps({"reference": f"R{n:07d}", "agency_name": f"Sample agency {n} (fictional)",
                                       "agency_id": "", "what_happened": ["fee_before_job"],
                                       "details": "Просили деньги до выдачи визы.", "contact": "", "language": "ru",
                                       "country": "RU", "reported_at": format_time(now)}),
                   "created_at": now, "received_at": now, "answer": "{}"} for n in range(reports)]
        for start in range(0, len(items), 5000):
            connection.execute(insert(outbox_items), items[start:start + 5000])
    return "k00042"


def timed(call: Callable[[], object], rounds: int) -> list[float]:
    call()  # warm: templates compiled, caches filled
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def raw(engine: Engine, query: object) -> Callable[[], object]:
    def run() -> object:
        with engine.connect() as connection:
            return connection.execute(query).all()  # type: ignore[call-overload]
    return run


def page(user: ConsoleUser, path: str) -> Callable[[], object]:
    def get() -> object:
        answer = user.get(path)
        assert answer.status_code == 200, (path, answer.status_code)
        return answer
    return get


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kiosks", type=int, default=1000)
    parser.add_argument("--feedback", type=int, default=50_000)
    parser.add_argument("--reports", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with (tempfile.TemporaryDirectory() as folder,
          running_central(Path(folder), console_secure_cookies=False) as central):
        put_keys(central)
        answer = central.call("POST", "/v1/admin/releases", central.owner_token,
                              data=tree_archive(ROOT / "content"), headers={"Content-Type": "application/gzip"})
        assert answer.status_code == 201, answer.text
        one = fill(central, args.kiosks, args.feedback, args.reports)
        engine = make_engine(central.database)
        owner = sign_in(central, Role.OWNER)
        bare = timed(page(owner, "/console/"), args.rounds)
        pages = {
            "fleet": ("/console/fleet", select(kiosks)),
            "one kiosk": (f"/console/fleet/{one}", select(heartbeats).where(heartbeats.c.kiosk_id == one)
                          .order_by(heartbeats.c.id.desc()).limit(50)),
            "was it useful?": ("/console/feedback",
                               select(outbox_items.c.body).where(outbox_items.c.kind == "article_feedback")),
            "agency reports": ("/console/reports",
                               select(outbox_items.c.body).where(outbox_items.c.kind == "agency_report")),
            "releases": ("/console/releases", select(kiosks)),
        }
        report: dict[str, object] = {"kiosks": args.kiosks, "feedback": args.feedback, "reports": args.reports,
                                     "rounds": args.rounds, "bare_page_ms": {"p50": percentile(bare, 0.5),
                                                                             "p99": percentile(bare, 0.99)}}
        print(f"{args.kiosks} kiosks, {args.feedback} feedback answers, {args.reports} reports, "
              f"{args.rounds} rounds; bare page p50 {percentile(bare, 0.5):.1f} ms, "
              f"p99 {percentile(bare, 0.99):.1f} ms")
        print(f"{'page':<16}{'p50 ms':>9}{'p99 ms':>9}{'floor p50':>11}{'floor p99':>11}{'ratio p50':>11}")
        for name, (path, query) in pages.items():
            ours = timed(page(owner, path), args.rounds)
            query_ms = timed(raw(engine, query), args.rounds)
            floor = [b + q for b, q in zip(sorted(bare), sorted(query_ms), strict=True)]
            row = {"p50": percentile(ours, 0.5), "p99": percentile(ours, 0.99),
                   "floor_p50": percentile(floor, 0.5), "floor_p99": percentile(floor, 0.99),
                   "raw_query_p50": percentile(query_ms, 0.5)}
            row["ratio_p50"] = row["p50"] / row["floor_p50"]
            report[name] = row
            print(f"{name:<16}{row['p50']:>9.1f}{row['p99']:>9.1f}{row['floor_p50']:>11.1f}{row['floor_p99']:>11.1f}"
                  f"{row['ratio_p50']:>10.1f}×")
        write_results("console_pages", report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
