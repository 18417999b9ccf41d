"""Receipt render benchmark: ``render_receipt`` beside a bare reportlab page and a bare QR matrix, in the same run.

Run: ``.venv/bin/python tests/benchmarks/receipt_render.py [--receipts N]``.

Each measured render is a whole receipt (PDF plus QR code) for a fresh booking:
a new reference and a freshly signed token, so nothing is reused between renders
but the registered font, as on a kiosk that has printed once since it started.
Languages rotate through all six. The floor, measured in the same run on the
same tokens, is what any receipt must cost at least:

- ``bare page``: one reportlab page with one line of text in the same embedded
  font (subset and all), saved to bytes;
- ``bare QR``: ``qrcode``'s matrix for the same token (error correction M);
- ``floor``: the two together.

Also: signing a token beside a bare Ed25519 signature of the same bytes.
Target: render p50 <= 60 ms for both layouts. Prints a table, writes
benchmark-results/receipt_render.json. Not a test: nothing fails.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import platform
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from kiosk.languages import TAGS  # noqa: E402
from kiosk.receipts.content import ReceiptContent, sample_content  # noqa: E402
from kiosk.receipts.device_key import DeviceKey  # noqa: E402
from kiosk.receipts.fonts import register_fonts  # noqa: E402
from kiosk.receipts.render import LAYOUTS, qr_matrix, render_receipt  # noqa: E402
from kiosk.receipts.token import issue_token  # noqa: E402
from kiosk.reference import new_reference  # noqa: E402
from tests.benchmarks.results import percentile, write_results  # noqa: E402

TARGET_P50_MS = 60.0


def timed(call: Callable[..., object], *args: object, **kwargs: object) -> float:
    started = time.perf_counter()
    call(*args, **kwargs)
    return (time.perf_counter() - started) * 1000


def bare_page(text: str) -> bytes:
    regular, _ = register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, initialFontName=regular)
    canvas.setFont(regular, 10)
    canvas.drawString(40, 800, text)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def fresh_receipts(key: DeviceKey, count: int) -> list[ReceiptContent]:
    receipts = []
    for number in range(count):
        base = sample_content(TAGS[number % len(TAGS)], key)
        reference = new_reference()
        token = issue_token(key, reference=reference, service_id="visa-document-submission",
                            location_id="sample-visa-centre", start=base.start, name="Sample Person")
        receipts.append(dataclasses.replace(base, reference=reference, token=token))
    return receipts


def summary(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(values), 3), "p99_ms": round(percentile(values, 0.99), 3),
            "mean_ms": round(statistics.fmean(values), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--receipts", type=int, default=300, help="renders per layout")
    args = parser.parse_args()

    key = DeviceKey.generate()
    started = time.perf_counter()
    register_fonts()
    first = render_receipt(sample_content("ky", key), "roll")  # parses the font files once
    first_ms = (time.perf_counter() - started) * 1000
    for content in fresh_receipts(key, 12):  # warm every language's code paths
        for layout in LAYOUTS:
            render_receipt(content, layout)

    rows: dict[str, dict[str, object]] = {}
    floors: dict[str, list[float]] = {"bare page": [], "bare QR": [], "floor": []}
    sizes: dict[str, list[int]] = {layout: [] for layout in LAYOUTS}
    ours: dict[str, list[float]] = {layout: [] for layout in LAYOUTS}
    for content in fresh_receipts(key, args.receipts):
        page = timed(bare_page, content.service_name)
        matrix = timed(qr_matrix, content.token)
        floors["bare page"].append(page)
        floors["bare QR"].append(matrix)
        floors["floor"].append(page + matrix)
        for layout in LAYOUTS:
            started = time.perf_counter()
            pdf = render_receipt(content, layout)
            ours[layout].append((time.perf_counter() - started) * 1000)
            sizes[layout].append(len(pdf))

    signing, bare_signing = [], []
    for _ in range(args.receipts):
        reference = new_reference()
        signing.append(timed(issue_token, key, reference=reference, service_id="visa-document-submission",
                             location_id="sample-visa-centre", start=datetime(2027, 1, 15, 9, 30),
                             name="Sample Person", issued_at=datetime.now(UTC)))
        bare_signing.append(timed(key.sign, reference.encode() * 24))  # ~190 bytes, as a payload is

    floor = summary(floors["floor"])
    for layout in LAYOUTS:
        row: dict[str, object] = summary(ours[layout])
        row["ratio_p50"] = round(float(row["p50_ms"]) / max(floor["p50_ms"], 1e-6), 1)  # type: ignore[arg-type]
        row["pdf_bytes_median"] = int(statistics.median(sizes[layout]))
        row["target_p50_ms"] = TARGET_P50_MS
        row["meets_target"] = float(row["p50_ms"]) <= TARGET_P50_MS  # type: ignore[arg-type]
        rows[f"render {layout}"] = row
    for name, values in floors.items():
        rows[name] = dict(summary(values))
    rows["issue_token"] = dict(summary(signing))
    rows["bare Ed25519 sign"] = dict(summary(bare_signing))
    rows["issue_token"]["ratio_p50"] = round(rows["issue_token"]["p50_ms"]  # type: ignore[operator]
                                             / max(rows["bare Ed25519 sign"]["p50_ms"], 1e-6), 1)  # type: ignore[arg-type]

    report = {
        "receipts_per_layout": args.receipts, "languages": list(TAGS), "first_render_ms": round(first_ms, 1),
        "first_render_bytes": len(first), "python": platform.python_version(), "machine": platform.machine(),
        "rows": rows,
    }
    print(f"{args.receipts} receipts per layout, languages rotating through {', '.join(TAGS)}; "
          f"first render after start {first_ms:.0f} ms (font files parsed once)")
    header = f"{'':<20}{'p50':>10}{'p99':>10}{'mean':>10}{'x floor p50':>13}  target p50 <= {TARGET_P50_MS:.0f} ms"
    print(header)
    print("-" * len(header))
    for name, row in rows.items():
        ratio = f"{row['ratio_p50']:.1f}x" if "ratio_p50" in row else ""
        verdict = ("ok" if row["meets_target"] else "OVER") if "meets_target" in row else ""
        print(f"{name:<20}{row['p50_ms']:>8.2f}ms{row['p99_ms']:>8.2f}ms{row['mean_ms']:>8.2f}ms{ratio:>13}  {verdict}")
    write_results("receipt_render", report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
