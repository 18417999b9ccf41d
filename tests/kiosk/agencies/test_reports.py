import subprocess
import sys
from pathlib import Path

import pytest

from kiosk import outbox, reference
from kiosk.agencies.reports import OUTBOX_KIND, AgencyReport, ReportIncomplete, find_report, submit_report
from kiosk.paths import DataPaths
from kiosk.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(DataPaths(tmp_path))


def test_a_report_goes_to_the_outbox_and_gets_a_valid_reference(store: Store) -> None:
    code = submit_report(store, AgencyReport(
        agency_name="  Golden   Visa Star ", what_happened=("kept_documents", "fee_before_job"),
        details=" They kept my passport. ", contact="", language="ky", country="gb"))
    assert reference.parse_reference(reference.display(code)) == code
    (item,) = outbox.items(store, OUTBOX_KIND)
    assert item.body["reference"] == code
    assert item.body["agency_name"] == "Golden Visa Star"
    assert item.body["what_happened"] == ["fee_before_job", "kept_documents"]  # a fixed order
    assert (item.body["details"], item.body["language"], item.body["country"]) == \
        ("They kept my passport.", "ky", "GB")
    assert find_report(store, code) == item.body


def test_a_report_must_name_an_agency(store: Store) -> None:
    with pytest.raises(ReportIncomplete, match="names no agency"):
        submit_report(store, AgencyReport(agency_name="   ", what_happened=("fake_job",)))
    assert outbox.depth(store) == 0


def test_a_report_must_say_what_happened(store: Store) -> None:
    with pytest.raises(ReportIncomplete, match="nothing about what happened"):
        submit_report(store, AgencyReport(agency_name="X", what_happened=("not-a-kind",), details="  "))
    assert outbox.depth(store) == 0


def test_free_text_alone_is_enough_and_overlong_text_is_capped(store: Store) -> None:
    code = submit_report(store, AgencyReport(agency_name="N" * 500, details="d" * 5000, contact="c" * 500))
    body = find_report(store, code)
    assert body is not None
    assert (len(str(body["agency_name"])), len(str(body["details"])), len(str(body["contact"]))) == (200, 2000, 200)


def test_a_report_survives_the_process_being_killed_right_after_submit(tmp_path: Path) -> None:
    """Once submit_report returns, the report is on disk: kill -9 the process and it is still there."""
    script = (
        "import os, signal, sys\n"
        "from kiosk.agencies.reports import AgencyReport, submit_report\n"
        "from pathlib import Path\nfrom kiosk.paths import DataPaths\nfrom kiosk.store import open_store\n"
        f"store = open_store(DataPaths(Path({str(tmp_path)!r})))\n"
        "print(submit_report(store, AgencyReport('Fictional Agency', ('fake_job',))), flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=Path.cwd())
    assert done.returncode == -9
    code = done.stdout.strip()
    store = open_store(DataPaths(tmp_path))
    assert find_report(store, code) is not None
