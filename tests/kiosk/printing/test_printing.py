"""Printing receipts through a real CUPS scheduler (tests/kiosk/printing/cups_server.py) and a cups-pdf printer.

Every failure here is a real one: queues stopped with cupsdisable, a scheduler that was stopped, a
socket that never answers, and printers whose backend reports paper out, offline or a failure the way
a real printer's backend does.
"""

from __future__ import annotations

import io
import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from kiosk import printing
from kiosk.printing import (
    JobOutcome,
    JobState,
    NoScheduler,
    NoSuchPrinter,
    PaperOut,
    PrinterCondition,
    PrinterNeedsAttention,
    PrinterStopped,
    PrintFailed,
    PrintJob,
    cancel_job,
    print_and_wait,
    print_pdf,
    printer_state,
    wait_for_job,
)
from tests.kiosk.printing.cups_server import CupsServer

# cups_server (session), pdf_queue and own_cups_server.
pytest_plugins = ["tests.kiosk.printing.cups_fixtures"]

FONT = Path("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
# Long enough for a filter chain on a busy 2-core CI machine; a test never waits this long when it passes.
SETTLE = 60.0

# What a receipt carries. The PDF printer turns the PDF into PostScript and back (pdftops, then
# Ghostscript), which keeps every glyph but drops the map from glyphs to Unicode that embedded TrueType
# fonts carry, so pdftotext reads back only the ASCII lines from the printed copy (the others still show
# when it is rendered). Reading every letter of the six languages is checked on the receipt PDF itself.
READABLE_LINES = ("Reference KQ7-3HXD-9PLM", "Sample Visa Centre (fictional)", "2027-01-12 10:30")
RECEIPT_LINES = (
    *READABLE_LINES,
    "Hujjatlar roʻyxati",  # Uzbek Latin, with U+02BB
    "Кыргызча: өтүнүч",
    "Тоҷикӣ: ҳуҷҷатҳо",
)


def receipt_pdf(lines: tuple[str, ...] = RECEIPT_LINES) -> bytes:
    """A one-page PDF with an embedded TrueType font, as receipts are made."""
    pdfmetrics.registerFont(TTFont("NotoSans", str(FONT)))
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("NotoSans", 14)
    for number, line in enumerate(lines):
        page.drawString(72, 760 - 24 * number, line)
    page.showPage()
    page.save()
    return out.getvalue()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          timeout=30, check=True).stdout


def lp_directly(server: CupsServer, queue: str, pdf: bytes | None = None) -> PrintJob:
    """Submit a job behind the kiosk's back, as if the queue changed between its check and ``lp``."""
    done = server.run("lp", "-d", queue, "-t", "sneaked in", "-o", "document-format=application/pdf",
                      "--", "-", stdin=receipt_pdf() if pdf is None else pdf)
    job_id = int(done.stdout.split()[3].rsplit("-", 1)[1])  # "request id is QUEUE-ID (0 file(s))"
    return PrintJob(job_id, queue, server.address, "sneaked in")


# printing


def test_a_receipt_sent_to_the_pdf_printer_comes_out_with_its_text(cups_server: CupsServer, pdf_queue: str) -> None:
    job = print_pdf(receipt_pdf(), pdf_queue, title="receipt KQ7-3HXD-9PLM", server=cups_server.address)
    assert job.queue == pdf_queue and job.name == f"{pdf_queue}-{job.id}"

    outcome = wait_for_job(job, SETTLE)

    assert outcome.state is JobState.COMPLETED and outcome.printed, outcome
    assert outcome.message == f"Job {job.name} printed."
    [printed] = cups_server.printed_pdfs(job.id)
    text = pdf_text(printed)
    for line in READABLE_LINES:
        assert line in text


def test_print_and_wait_reports_a_printed_receipt(cups_server: CupsServer, pdf_queue: str) -> None:
    outcome = print_and_wait(receipt_pdf(), pdf_queue, title="receipt", server=cups_server.address, timeout=SETTLE)

    assert outcome.printed and not outcome.withdrawn
    assert len(cups_server.printed_pdfs(outcome.job.id)) == 1


def test_the_unix_socket_address_works_like_host_and_port(cups_server: CupsServer, pdf_queue: str) -> None:
    job = print_pdf(receipt_pdf(), pdf_queue, title="receipt", server=cups_server.socket)

    assert wait_for_job(job, SETTLE).printed
    assert printer_state(pdf_queue, cups_server.socket).ready


def test_without_a_server_the_default_print_server_is_used(
        cups_server: CupsServer, pdf_queue: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # What the machine's CUPS tools would use: here CUPS_SERVER, as a kiosk's client.conf would say.
    monkeypatch.setenv("CUPS_SERVER", cups_server.address)

    state = printer_state(pdf_queue)
    job = print_pdf(receipt_pdf(), pdf_queue, title="receipt")

    assert state.ready
    assert state.server == f"the default print server ({cups_server.address})"
    assert job.server is None
    assert wait_for_job(job, SETTLE).printed


def test_bytes_that_are_not_a_pdf_are_a_bug_and_are_not_sent(cups_server: CupsServer, pdf_queue: str) -> None:
    with pytest.raises(ValueError, match="needs a PDF"):
        print_pdf(b"Reference KQ7-3HXD-9PLM", pdf_queue, title="receipt", server=cups_server.address)
    assert cups_server.jobs(pdf_queue, "all") == []


# a ready queue


def test_a_ready_queue_says_so(cups_server: CupsServer, pdf_queue: str) -> None:
    state = printer_state(pdf_queue, cups_server.address)

    assert state.condition is PrinterCondition.READY and state.ready
    assert state.reasons == ()
    assert state.message == f"Print queue {pdf_queue!r} is ready (idle)."


def test_a_warning_from_the_printer_leaves_it_ready_and_tells_staff(cups_server: CupsServer) -> None:
    queue = cups_server.add_faulty_queue("paper-low")
    assert print_and_wait(receipt_pdf(), queue, title="receipt", server=cups_server.address, timeout=SETTLE).printed

    state = printer_state(queue, cups_server.address)

    assert state.ready
    assert "media-low-warning" in state.reasons
    assert state.message == f"Print queue {queue!r} is ready (idle). Soon: paper is running low."


# a stopped queue


def test_a_stopped_queue_is_refused_before_printing_and_nothing_is_left_to_print_later(
        cups_server: CupsServer, pdf_queue: str) -> None:
    cups_server.run("cupsdisable", "-r", "paper jam", pdf_queue)

    state = printer_state(pdf_queue, cups_server.address)
    with pytest.raises(PrinterStopped) as refused:
        print_pdf(receipt_pdf(), pdf_queue, title="receipt", server=cups_server.address)

    assert state.condition is PrinterCondition.STOPPED and not state.ready
    assert state.message == (f"Print queue {pdf_queue!r} is stopped (paper jam). Fix the printer, then resume "
                             f"the queue: cupsenable {pdf_queue}.")
    assert str(refused.value) == state.message and refused.value.state == state
    # Nothing waits in the queue to come out, for someone else, once staff resume it.
    assert cups_server.jobs(pdf_queue, "all") == []


def test_a_job_caught_in_a_queue_stopped_under_it_is_reported_at_once_and_not_lost(
        cups_server: CupsServer, pdf_queue: str) -> None:
    cups_server.run("cupsdisable", "-r", "paper jam", pdf_queue)
    job = lp_directly(cups_server, pdf_queue)  # sent between the kiosk's check and its lp

    outcome = wait_for_job(job, SETTLE)

    assert outcome.state is JobState.STOPPED and not outcome.printed
    assert "printer-stopped" in outcome.reasons
    assert outcome.message.startswith(f"Job {job.name} is waiting in a stopped queue. Print queue {pdf_queue!r} "
                                      "is stopped (paper jam).")
    assert cups_server.jobs(pdf_queue) == [job.name]

    cups_server.run("cupsenable", pdf_queue)
    assert wait_for_job(job, SETTLE).printed
    assert len(cups_server.printed_pdfs(job.id)) == 1


def test_a_queue_not_accepting_jobs_is_refused_saying_how_to_accept_them(
        cups_server: CupsServer, pdf_queue: str) -> None:
    cups_server.run("cupsreject", "-r", "closed for the night", pdf_queue)

    state = printer_state(pdf_queue, cups_server.address)
    with pytest.raises(PrinterStopped, match=f"Accept jobs again: cupsaccept {pdf_queue}"):
        print_pdf(receipt_pdf(), pdf_queue, title="receipt", server=cups_server.address)

    assert state.condition is PrinterCondition.REJECTING
    assert state.message == (f"Print queue {pdf_queue!r} is not accepting jobs (closed for the night). "
                             f"Accept jobs again: cupsaccept {pdf_queue}.")


# paper out, and other printer faults


def test_paper_out_stops_the_queue_reports_the_job_and_refuses_the_next_receipt(cups_server: CupsServer) -> None:
    queue = cups_server.add_faulty_queue("paper-out")
    assert printer_state(queue, cups_server.address).ready  # it finds out when it tries to print
    first = print_pdf(receipt_pdf(), queue, title="receipt", server=cups_server.address)

    outcome = wait_for_job(first, SETTLE)
    state = printer_state(queue, cups_server.address)
    with pytest.raises(PaperOut) as refused:
        print_pdf(receipt_pdf(), queue, title="receipt", server=cups_server.address)

    assert outcome.state is JobState.STOPPED
    assert {"printer-stopped", "media-empty-error"} <= set(outcome.reasons)
    assert state.condition is PrinterCondition.PAPER_OUT
    assert state.message == (f"The receipt printer (queue {queue!r}) is out of paper: load a new roll "
                             f"(Out of paper). Then resume the queue: cupsenable {queue}.")
    assert outcome.message == f"Job {first.name} is waiting in a stopped queue. {state.message}"
    assert refused.value.state == state
    # The first receipt is still there, not lost; the kiosk withdraws it so it cannot print later.
    assert cups_server.jobs(queue) == [first.name]
    assert cancel_job(first) is True
    assert wait_for_job(first, 0).state is JobState.CANCELLED
    assert cups_server.jobs(queue) == []


def test_print_and_wait_withdraws_a_receipt_that_cannot_print(cups_server: CupsServer) -> None:
    queue = cups_server.add_faulty_queue("paper-out")

    outcome = print_and_wait(receipt_pdf(), queue, title="receipt", server=cups_server.address, timeout=SETTLE)

    assert outcome.state is JobState.STOPPED and outcome.withdrawn and not outcome.printed
    assert outcome.message.endswith("The kiosk cancelled it so that it cannot print later for someone else.")
    assert "out of paper" in outcome.message
    assert cups_server.jobs(queue) == []


def test_an_offline_printer_needs_attention_and_a_job_waiting_for_it_times_out_pending(
        cups_server: CupsServer) -> None:
    queue = cups_server.add_faulty_queue("offline")
    job = print_pdf(receipt_pdf(), queue, title="receipt", server=cups_server.address)

    outcome = wait_for_job(job, 1)  # the backend waits for a printer that never comes
    state = printer_state(queue, cups_server.address)
    with pytest.raises(PrinterNeedsAttention, match="offline"):
        print_pdf(receipt_pdf(), queue, title="receipt", server=cups_server.address)

    assert outcome.state is JobState.PENDING and not outcome.withdrawn
    assert outcome.message.startswith(f"Job {job.name} had not printed after 1 s. The receipt printer")
    assert state.condition is PrinterCondition.NEEDS_ATTENTION
    assert state.message == (f"The receipt printer (queue {queue!r}) needs attention: the printer is offline: "
                             "check it is switched on and its cable is plugged in "
                             "(Waiting for printer to become available).")
    assert cancel_job(job) is True
    assert cups_server.jobs(queue) == []


def test_print_and_wait_withdraws_a_receipt_still_pending_at_its_deadline(cups_server: CupsServer) -> None:
    queue = cups_server.add_faulty_queue("offline")

    outcome = print_and_wait(receipt_pdf(), queue, title="receipt", server=cups_server.address, timeout=1)

    assert outcome.state is JobState.PENDING and outcome.withdrawn
    assert cups_server.jobs(queue) == []
    assert wait_for_job(outcome.job, 0).state is JobState.CANCELLED


def test_a_job_the_printer_fails_is_reported_aborted_with_its_reason(cups_server: CupsServer) -> None:
    queue = cups_server.add_faulty_queue("fail", "-o", "printer-error-policy=abort-job")
    job = print_pdf(receipt_pdf(), queue, title="receipt", server=cups_server.address)

    outcome = wait_for_job(job, SETTLE)

    assert outcome.state is JobState.ABORTED and not outcome.printed
    assert outcome.message == f"Job {job.name} failed: the print server gave up on it (the printer said no)."


def test_a_job_whose_pdf_breaks_the_filters_is_reported_stopped_with_their_complaint(
        cups_server: CupsServer, pdf_queue: str) -> None:
    # print_pdf refuses what is not a PDF at all; a damaged one gets as far as CUPS's filters.
    job = lp_directly(cups_server, pdf_queue, b"%PDF-1.4\n% cut off before any object\n")

    outcome = wait_for_job(job, SETTLE)

    assert outcome.state is JobState.STOPPED and not outcome.printed
    assert outcome.message.startswith(f"Job {job.name} stopped part way (")
    assert outcome.message.endswith("); it will not finish without staff.")
    assert printer_state(pdf_queue, cups_server.address).ready  # the job stopped, not the queue


def test_a_job_the_scheduler_has_forgotten_is_said_to_be_unknown(cups_server: CupsServer, pdf_queue: str) -> None:
    never_made = PrintJob(999_999, pdf_queue, cups_server.address, "receipt")

    outcome = wait_for_job(never_made, SETTLE)

    assert outcome.state is JobState.FORGOTTEN
    assert "whether it printed is not known" in outcome.message


def test_a_queue_that_refuses_this_user_fails_with_what_lp_said(cups_server: CupsServer) -> None:
    queue = cups_server.add_pdf_queue()
    cups_server.run("lpadmin", "-p", queue, "-u", "allow:somebody-else")
    assert printer_state(queue, cups_server.address).ready  # nothing on the queue itself says so

    with pytest.raises(PrintFailed) as refused:
        print_pdf(receipt_pdf(), queue, title="receipt", server=cups_server.address)

    assert str(refused.value) == f"Print queue {queue!r} refused the receipt: lp: Not allowed to print."


def test_cancelling_a_printed_job_says_it_had_finished(cups_server: CupsServer, pdf_queue: str) -> None:
    job = print_pdf(receipt_pdf(), pdf_queue, title="receipt", server=cups_server.address)
    assert wait_for_job(job, SETTLE).printed

    assert cancel_job(job) is False
    assert wait_for_job(job, 0).state is JobState.COMPLETED


# no such queue, no scheduler


def test_a_queue_that_does_not_exist_is_refused_saying_how_to_add_it(cups_server: CupsServer) -> None:
    state = printer_state("no-such-receipts", cups_server.address)
    with pytest.raises(NoSuchPrinter) as refused:
        print_pdf(receipt_pdf(), "no-such-receipts", title="receipt", server=cups_server.address)

    assert state.condition is PrinterCondition.NO_SUCH_PRINTER
    assert state.message.startswith(f"There is no print queue 'no-such-receipts' on {cups_server.address}. "
                                    "Add it (lpadmin -p no-such-receipts -E -v <device-uri> -m <driver>")
    assert str(refused.value) == state.message


@pytest.fixture
def stopped_scheduler(own_cups_server: CupsServer) -> tuple[str, PrintJob]:
    """The address of a CUPS scheduler that ran, took a job, and was then stopped."""
    queue = own_cups_server.add_faulty_queue("offline")
    job = print_pdf(receipt_pdf(), queue, title="receipt", server=own_cups_server.address)
    own_cups_server.stop()
    return own_cups_server.address, job


def test_a_stopped_scheduler_is_reported_and_refused(stopped_scheduler: tuple[str, PrintJob]) -> None:
    address, job = stopped_scheduler

    state = printer_state(job.queue, address)

    assert state.condition is PrinterCondition.NO_SCHEDULER and not state.ready
    assert state.message.startswith(f"The print server (CUPS) at {address} is not running or not answering: "
                                    f"nothing is listening at {address}")
    assert state.message.endswith("Start it: systemctl start cups (where there is no systemd: start cupsd).")
    with pytest.raises(NoScheduler) as refused:
        print_pdf(receipt_pdf(), job.queue, title="receipt", server=address)
    assert str(refused.value) == state.message
    with pytest.raises(NoScheduler):
        wait_for_job(job, SETTLE)
    with pytest.raises(NoScheduler):
        cancel_job(job)


def test_a_unix_socket_with_no_scheduler_behind_it_is_no_scheduler(tmp_path: Path) -> None:
    nowhere = str(tmp_path / "cups.sock")

    state = printer_state("kiosk-receipts", nowhere)

    assert state.condition is PrinterCondition.NO_SCHEDULER
    assert f"nothing is listening at {nowhere}" in state.message


@pytest.fixture
def silent_scheduler() -> Iterator[str]:
    """An address that accepts connections and never answers, like a hung cupsd."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)  # the kernel completes connections; nobody ever reads them
        yield f"127.0.0.1:{listener.getsockname()[1]}"


def test_a_scheduler_that_never_answers_costs_only_the_timeout(silent_scheduler: str) -> None:
    state = printer_state("kiosk-receipts", silent_scheduler, timeout=0.5)
    with pytest.raises(NoScheduler, match=r"no answer from .* within 0\.5 s"):
        print_pdf(receipt_pdf(), "kiosk-receipts", title="receipt", server=silent_scheduler, timeout=0.5)
    with pytest.raises(NoScheduler):
        wait_for_job(PrintJob(1, "kiosk-receipts", silent_scheduler, "receipt"), 0, poll_timeout=0.5)

    assert state.condition is PrinterCondition.NO_SCHEDULER
    assert f"no answer from {silent_scheduler} within 0.5 s" in state.message


def test_a_machine_without_the_cups_client_cannot_print_and_says_what_to_install(
        cups_server: CupsServer, pdf_queue: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, lpstat or cancel on it

    state = printer_state(pdf_queue)
    with pytest.raises(NoScheduler) as refused:
        print_pdf(receipt_pdf(), pdf_queue, title="receipt", server=cups_server.address)

    assert state.condition is PrinterCondition.NO_SCHEDULER
    assert state.message == ("Cannot tell which print server to use: lpstat is not installed "
                             "(apt-get install cups-client).")
    assert str(refused.value) == "Cannot reach the print server: lp is not installed (apt-get install cups-client)."
    monkeypatch.undo()
    assert cups_server.jobs(pdf_queue, "all") == []


def test_every_refusal_is_a_printing_error() -> None:
    for error in (NoScheduler, NoSuchPrinter, PrinterStopped, PaperOut, PrinterNeedsAttention, PrintFailed):
        assert issubclass(error, printing.PrintingError)


def test_an_outcome_is_printed_only_when_completed() -> None:
    job = PrintJob(1, "kiosk-receipts", None, "receipt")
    assert [state for state in JobState if JobOutcome(job, state, (), "").printed] == [JobState.COMPLETED]
