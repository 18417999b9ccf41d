"""What every benchmark does with its samples: percentiles, and the JSON file it leaves behind."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def percentile(values: list[float], fraction: float) -> float:
    """The sample at ``fraction`` (0.5 is the median, 0.99 the p99) of ``values``, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def write_results(name: str, report: dict[str, Any]) -> Path:
    """Write ``benchmark-results/<name>.json`` (gitignored) and say where."""
    out = ROOT / "benchmark-results" / f"{name}.json"
    out.parent.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")
    return out
