"""``kiosk staff-audit verify`` and ``kiosk staff-audit summary``: what the CLI prints and returns."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk.receipts.fonts import FontMissing
from kiosk.staff import audit
from kiosk.staff.labels import labels
from kiosk.staff.summary import COUNT_KEYS, count_of, day_summary, summary_csv, summary_pdf

if TYPE_CHECKING:
    from kiosk.receipts.render import Layout
    from kiosk.store import Store

EXIT_OK, EXIT_FAILED = 0, 1


def main_verify(store: Store, out: TextIO) -> int:
    """Print every break in the staff audit log, one a line; 1 if there is any."""
    entries = audit.bodies(store.db)
    breaks = audit.verify_chain(entries)
    for found in breaks:
        print(f"break: {found}", file=out)
    if breaks:
        print(f"the staff audit log is BROKEN: {len(breaks)} break(s) in {len(entries)} entries", file=out)
        return EXIT_FAILED
    device = audit.chain_device(store.db)
    print(f"the staff audit log is intact: {len(entries)} entries"
          + (f" of device {device}" if device else ""), file=out)
    return EXIT_OK


def main_summary(store: Store, *, day: date, location_id: str, language: str, csv_path: Path | None,
                 pdf_path: Path | None, layout: Layout, now: datetime, out: TextIO, err: TextIO) -> int:
    """Print the day's counts for ``location_id``; write the CSV and the PDF when asked."""
    summary = day_summary(store, location_id, day, language=language, made_at=now,
                          device=audit.chain_device(store.db))
    words = labels(language)
    print(f"{words['title']}: {summary.location_name} ({location_id}), {day.isoformat()}", file=out)
    width = max(len(words[key]) for key in COUNT_KEYS)
    for line in (*summary.lines, None):
        name, counted = (line.service_name, line.counts) if line else (words["total"], summary.total)
        print(f"  {name}", file=out)
        for key in COUNT_KEYS:
            print(f"    {words[key]:<{width}} {count_of(counted, key):>5}", file=out)
    print(f"  {words['audit']}: {summary.audit_entries}; "
          f"{words['chain_ok'] if summary.chain_intact else words['chain_broken']}", file=out)
    try:
        if csv_path is not None:
            csv_path.write_bytes(summary_csv(summary))
            print(f"wrote {csv_path}", file=out)
        if pdf_path is not None:
            pdf_path.write_bytes(summary_pdf(summary, layout))
            print(f"wrote {pdf_path} ({layout})", file=out)
    except FontMissing as error:
        print(f"kiosk staff-audit summary: {error}", file=err)
        return EXIT_FAILED
    return EXIT_OK
