"""What a sync costs on the wire and in time, beside the compressed size of what really changed.

Run: ``.venv/bin/python tests/benchmarks/sync_wire.py [--agencies N] [--articles N]``.

A real central service (uvicorn on 127.0.0.1, SQLite) publishes a content tree of
about 500 article records and a registry of 100,000 generated (fictional)
agencies; a real sync agent on a fresh kiosk cache syncs through a counting TCP
proxy, so every byte the centre sent is counted. Cases:

(a) nothing new: one round after the kiosk is current;
(b) one of ~500 articles changed; (c) one of 100,000 agencies changed: each
    beside the gzip size of the changed record (its canonical JSON), the floor;
(d) the first full sync, beside the gzip size of the dataset (the registry CSV,
    and the records' canonical JSON).

Also: the publish time for 100,000 agencies, outbox delivery throughput, and,
while (d) downloads and applies on the agent's thread, the longest stall of a Qt
event loop ticking every 5 ms on the main thread (the GUI thread's share of the
GIL; floor: the same loop with nothing else running) and the commit latency of
agency reports saved meanwhile from another thread.

Prints figures and writes benchmark-results/sync_wire.json. Not a test.
"""

from __future__ import annotations

import argparse
import gzip
import random
import shutil
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from kiosk import outbox  # noqa: E402
from kiosk.agencies.reports import AgencyReport, submit_report  # noqa: E402
from kiosk.agencies.sample import generate, write_csv  # noqa: E402
from kiosk.paths import DataPaths  # noqa: E402
from kiosk.release.records import read_datasets  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from sync.agent.agent import AgentSettings, SyncAgent  # noqa: E402
from sync.agent.enrollment import enroll  # noqa: E402
from sync.agent.files import AgentPaths  # noqa: E402
from sync.agent.http import Timeouts  # noqa: E402
from sync.protocol.canonical import canonical_bytes  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402
from tests.sync.central.central_server import enrollment_codes, put_keys, running_central  # noqa: E402
from tests.sync.central.test_releases import publish  # noqa: E402
from tests.sync.faultproxy import FaultProxy  # noqa: E402


def gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def make_tree(tree: Path, articles: int, agencies: int) -> None:
    """The bundled content, its articles copied under new ids up to ``articles`` records, and a big registry.

    A record is one article in one language; each Uzbek Latin file also gives an
    Uzbek Cyrillic record, made from it.
    """
    shutil.copytree(ROOT / "content", tree)
    sets = sorted({(p.parent, p.name.split(".")[0]) for p in (tree / "articles").glob("*/*.md")})

    def records(path: Path) -> int:
        return 2 if path.name.endswith(".uz-Latn.md") else 1

    have = sum(records(p) for p in (tree / "articles").glob("*/*.md"))
    copy = 0
    while have < articles:
        folder, article = sets[copy % len(sets)]
        new_id = f"{article}-copy-{copy}"
        for source in folder.glob(f"{article}.*.md"):
            text = source.read_text(encoding="utf-8").replace(f'id = "{article}"', f'id = "{new_id}"', 1)
            (folder / source.name.replace(article, new_id, 1)).write_text(text, encoding="utf-8")
            have += records(source)
        copy += 1
    write_csv(generate(agencies, 2026), tree / "agencies" / "registry.csv")


def change_one_article(tree: Path) -> Path:
    path = sorted((tree / "articles").glob("*/*.en.md"))[0]
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence, added for the benchmark.\n",
                    encoding="utf-8")
    return path


def change_one_agency(tree: Path) -> None:
    path = tree / "agencies" / "registry.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("+000", "+001", 1) if "+000" in lines[1] else lines[1].replace(",", ", ", 1)
    path.write_text("".join(lines), encoding="utf-8")


def changed_records(before: dict[str, list[dict[str, Any]]], after: dict[str, list[dict[str, Any]]]) -> bytes:
    old = {record["key"]: record for records in before.values() for record in records}
    return canonical_bytes([r for records in after.values() for r in records if old.get(r["key"]) != r])


class Loop:
    """A Qt event loop ticking every 5 ms; the longest gap between ticks, beyond the 5 ms, is a stall."""

    def __init__(self) -> None:
        self.app = QCoreApplication.instance() or QCoreApplication([])
        self.worst = 0.0

    def run_while(self, work: threading.Thread) -> float:
        self.worst, last = 0.0, time.perf_counter()
        timer = QTimer()
        timer.setInterval(5)

        def tick() -> None:
            nonlocal last
            now = time.perf_counter()
            self.worst = max(self.worst, now - last - 0.005)
            last = now
            if not work.is_alive():
                self.app.quit()

        timer.timeout.connect(tick)
        timer.start()
        work.start()
        self.app.exec()
        timer.stop()
        return self.worst * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--agencies", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--outbox", type=int, default=1000)
    args = parser.parse_args()
    report: dict[str, Any] = {"agencies": args.agencies, "articles": args.articles}
    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        tree = scratch / "content"
        make_tree(tree, args.articles, args.agencies)
        datasets = read_datasets(tree)
        report["article_records"] = sum(1 for r in datasets["content"] if r["key"].startswith("article:"))
        csv_bytes = (tree / "agencies" / "registry.csv").read_bytes()
        report["registry_csv_gzip_bytes"] = gz(csv_bytes)
        report["registry_records_gzip_bytes"] = gz(canonical_bytes(datasets["registry"]))
        report["all_records_gzip_bytes"] = gz(canonical_bytes(datasets))
        (scratch / "central").mkdir()
        with running_central(scratch / "central") as central:
            # Outbox items are stamped with the real time, so the centre starts at it and the kiosk follows it.
            central.clock.moment = datetime.now(UTC)
            put_keys(central)
            started = time.perf_counter()
            answer = publish(central, tree)
            report["publish_s"] = time.perf_counter() - started
            assert answer.status_code == 201, answer.text
            data = scratch / "kiosk"
            store = open_store(DataPaths(data))
            session = requests.Session()
            enroll(session, central.url, enrollment_codes(central)[0], AgentPaths(data))
            kiosk_clock = lambda: datetime.now(UTC)  # noqa: E731
            with FaultProxy(int(central.url.rsplit(":", 1)[1])) as proxy:
                settings = AgentSettings(central_url=proxy.url, files_url=proxy.url,
                                         timeouts=Timeouts(connect_s=5, read_s=120))
                agent = SyncAgent(store, data, session, settings=settings, clock=kiosk_clock,  # type: ignore[arg-type]
                                  rng=random.Random(1))

                def wire(step: Any) -> tuple[int, float, Any]:
                    before, started = proxy.stats.bytes_to_clients, time.perf_counter()
                    result = step()
                    return proxy.stats.bytes_to_clients - before, time.perf_counter() - started, result

                # (d) the first full sync, with a Qt loop ticking and reports being saved meanwhile
                loop = Loop()
                floor_thread = threading.Thread(target=lambda: time.sleep(1.0))
                report["qt_stall_floor_ms"] = loop.run_while(floor_thread)
                latencies: list[float] = []
                reporter_store = open_store(DataPaths(data))
                outcome: dict[str, Any] = {}

                def first_sync() -> None:
                    outcome["d"] = wire(agent.sync_once)

                syncing = threading.Thread(target=first_sync)

                def report_meanwhile() -> None:
                    while not syncing.is_alive():
                        time.sleep(0.001)
                    while syncing.is_alive():
                        started = time.perf_counter()
                        submit_report(reporter_store, AgencyReport(agency_name="Fictional Agency",
                                                                   what_happened=("fake_job",)))
                        latencies.append((time.perf_counter() - started) * 1000)
                        time.sleep(0.02)

                reporter = threading.Thread(target=report_meanwhile)
                reporter.start()
                report["qt_stall_during_full_sync_ms"] = loop.run_while(syncing)
                reporter.join()
                d_bytes, d_seconds, d_result = outcome["d"]
                assert d_result.ok, d_result.error
                report["d_first_full_sync_bytes"] = d_bytes
                report["d_first_full_sync_s"] = d_seconds
                report["d_ratio_to_gzip_records"] = d_bytes / report["all_records_gzip_bytes"]
                report["reports_saved_during_d"] = len(latencies)
                report["report_commit_ms_p50"] = percentile(latencies, 0.5) if latencies else None
                report["report_commit_ms_max"] = max(latencies) if latencies else None

                # (a) nothing new: the reports saved during (d) are sent first, so the round is a quiet one
                while outbox.depth(store):
                    assert agent.send_outbox_once().delivered, "the outbox stopped"
                a_bytes, _a_seconds, a_result = wire(agent.sync_once)
                assert a_result.ok and not a_result.applied, a_result
                report["a_no_change_bytes"] = a_bytes

                # (b) one article changed
                change_one_article(tree)
                after = read_datasets(tree)
                report["b_changed_gzip_bytes"] = gz(changed_records(datasets, after))
                assert publish(central, tree).status_code == 201
                b_bytes, b_seconds, b_result = wire(agent.sync_once)
                assert b_result.ok and b_result.applied, b_result
                report["b_one_article_bytes"], report["b_one_article_s"] = b_bytes, b_seconds
                datasets = after

                # (c) one agency changed
                change_one_agency(tree)
                after = read_datasets(tree)
                report["c_changed_gzip_bytes"] = gz(changed_records(datasets, after))
                assert publish(central, tree).status_code == 201
                c_bytes, c_seconds, c_result = wire(agent.sync_once)
                assert c_result.ok and c_result.applied, c_result
                report["c_one_agency_bytes"], report["c_one_agency_sync_s"] = c_bytes, c_seconds

                # outbox throughput (the reports saved during (d) go too)
                with store.transaction() as db:
                    for n in range(args.outbox):
                        outbox.enqueue(db, "article_feedback", {"article_id": f"article-{n}", "language": "ky",
                                                                "useful": True, "at": "2026-12-04T09:00:00+00:00"})
                waiting = outbox.depth(store)
                started = time.perf_counter()
                while outbox.depth(store):
                    sent = agent.send_outbox_once()
                    assert sent.delivered, f"the outbox stopped: {sent}"
                report["outbox_items"] = waiting
                report["outbox_items_per_s"] = waiting / (time.perf_counter() - started)
            reporter_store.close()
            store.close()
    show(report)
    print(f"wrote {write_results('sync_wire', report)}")


def show(r: dict[str, Any]) -> None:
    kb = 1024
    print(f"\nsync on the wire ({r['agencies']:,} agencies, {r['article_records']} article records)")
    print(f"(a) nothing new:            {r['a_no_change_bytes']:>10,} B   target <= 2 KB")
    print(f"(b) 1 article changed:      {r['b_one_article_bytes']:>10,} B   floor (gzip of the change) "
          f"{r['b_changed_gzip_bytes']:,} B; target <= floor + 8 KB = {r['b_changed_gzip_bytes'] + 8 * kb:,} B")
    print(f"(c) 1 agency changed:       {r['c_one_agency_bytes']:>10,} B   floor {r['c_changed_gzip_bytes']:,} B; "
          f"target <= {r['c_changed_gzip_bytes'] + 8 * kb:,} B; whole round {r['c_one_agency_sync_s']:.2f} s "
          f"(target: applied <= 0.5 s)")
    print(f"(d) first full sync:        {r['d_first_full_sync_bytes']:>10,} B   gzip of the records "
          f"{r['all_records_gzip_bytes']:,} B ({r['d_ratio_to_gzip_records']:.2f}x, target <= 1.1x); "
          f"registry CSV gzip {r['registry_csv_gzip_bytes']:,} B; {r['d_first_full_sync_s']:.1f} s")
    print(f"while (d) ran: worst Qt loop stall {r['qt_stall_during_full_sync_ms']:.1f} ms "
          f"(floor {r['qt_stall_floor_ms']:.1f} ms; target <= 50 ms); {r['reports_saved_during_d']} reports saved, "
          f"commit p50 {r['report_commit_ms_p50']:.1f} ms, max {r['report_commit_ms_max']:.1f} ms (target <= 250 ms)")
    print(f"publish of {r['agencies']:,} agencies: {r['publish_s']:.1f} s; outbox: {r['outbox_items']} items at "
          f"{r['outbox_items_per_s']:.0f}/s")


if __name__ == "__main__":
    main()
