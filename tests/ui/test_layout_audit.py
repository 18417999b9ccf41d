"""Every screen right for every traveller: the layout audit, one process per language.

Each language's process walks every stop of the tour in 12 variants (portrait and
landscape, text sizes 1 to 3, normal and high contrast) and reports what breaks
(tests/ui/layout_audit.py lists the rules). A process per language keeps each
one's Qt state apart; as many run at once as the machine has cores.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from kiosk import languages
from tests.ui.layout_audit import VARIANTS, Finding, summarise
from ui.tour import STOPS

ROOT = Path(__file__).resolve().parents[2]


def audit(language: str, folder: Path) -> dict[str, Any]:
    out = folder / f"audit-{language}.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    env.update(QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software", XDG_CONFIG_HOME=str(folder))
    result = subprocess.run([sys.executable, "-m", "tests.ui.layout_audit", "--lang", language, "--json", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    if not out.exists():
        return {"error": f"the audit did not finish (status {result.returncode}):\n{result.stderr[-4000:]}"}
    report: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    report["status"] = result.returncode
    return report


@pytest.fixture(scope="module")
def audits(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("layout-audit")
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        reports = dict(zip(languages.TAGS, pool.map(lambda tag: audit(tag, folder), languages.TAGS), strict=True))
    for tag, report in reports.items():
        if "seconds" in report:
            print(f"layout audit {tag}: {len(report['timing'])} screens x {len(VARIANTS)} variants "
                  f"in {report['seconds']:.0f} s")
    return reports


@pytest.mark.parametrize("language", languages.TAGS)
def test_every_screen_passes_the_layout_audit(audits: dict[str, dict[str, Any]], language: str) -> None:
    report = audits[language]
    assert "error" not in report, report.get("error")
    assert len(report["timing"]) >= len(STOPS)  # every stop was visited
    findings = [Finding(**f) for f in report["findings"]]
    assert not findings, "\n".join(summarise(findings))
    assert report["status"] == 0


def test_the_audit_visits_every_screen_of_the_shell() -> None:
    """A screen added to the kiosk but not to the tour would escape the audit."""
    declared = {match for qml in (ROOT / "ui" / "qml").rglob("*.qml")
                for match in re.findall(r'screenName: "(\w+)"', qml.read_text(encoding="utf-8"))}
    assert len(declared) >= 20
    assert declared <= {stop.screen for stop in STOPS.values()}, "the tour never reaches some screens"
