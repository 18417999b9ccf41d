"""Print jobs: send a receipt, follow it until it is printed or cannot be, withdraw it.

:func:`print_pdf` hands a PDF to a CUPS queue with ``lp``; :func:`wait_for_job` follows the job;
:func:`cancel_job` withdraws it; :func:`print_and_wait` does all three the way the kiosk should.
Job state is read over IPP because ``lpstat`` cannot tell a completed job from an aborted one.
"""

from __future__ import annotations

import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from kiosk.printing import ipp
from kiosk.printing.cups import DEFAULT_TIMEOUT, NoAddress, ToolMissing, find_server, first_line, run_tool, user_name
from kiosk.printing.errors import IppError, IppStatusError, NoScheduler, PrintFailed, PrintingError
from kiosk.printing.printer import PrinterCondition, check_ready, no_client, no_scheduler, printer_state, refusal
from kiosk.staff_words import Notice, say

# How long print_and_wait gives a receipt to come out. A thermal roll printer takes a second or two.
DEFAULT_PRINT_TIMEOUT = 30.0
# How often wait_for_job asks about a job.
POLL_INTERVAL = 0.2

_JOB_ATTRIBUTES = ("job-state", "job-state-reasons", "job-printer-state-message")

# IPP job-state values (RFC 8011 §5.3.7).
_JOB_PROCESSING = 5
_JOB_PROCESSING_STOPPED = 6
_JOB_CANCELED = 7
_JOB_ABORTED = 8
_JOB_COMPLETED = 9


@dataclass(frozen=True)
class PrintJob:
    id: int
    queue: str
    server: str | None  # as given to print_pdf; None is the default print server
    title: str

    @property
    def name(self) -> str:
        """How the CUPS tools name it: ``kiosk-receipts-42``."""
        return f"{self.queue}-{self.id}"


class JobState(Enum):
    COMPLETED = "completed"  # handed to the printer in full
    ABORTED = "aborted"  # the scheduler gave up on it (a filter or the backend failed)
    CANCELLED = "cancelled"
    STOPPED = "stopped"  # it cannot print until someone acts: the queue or the job stopped
    PENDING = "pending"  # still waiting or printing when the time ran out
    FORGOTTEN = "forgotten"  # the scheduler no longer knows the job (its history was purged)


@dataclass(frozen=True)
class JobOutcome:
    job: PrintJob
    state: JobState
    reasons: tuple[str, ...]  # IPP job-state-reasons, plus the printer's reasons when those explain it
    notices: tuple[Notice, ...]  # for staff, in any language (kiosk.staff_words)
    withdrawn: bool = False  # print_and_wait cancelled it so that it cannot print later

    @property
    def printed(self) -> bool:
        return self.state is JobState.COMPLETED

    @property
    def message(self) -> str:
        """Plain English for staff (the log's words; screens use ``notices``)."""
        return say(self.notices, "en")


_REQUEST_ID = re.compile(r"request id is (?P<name>\S+)-(?P<id>\d+) ")


def print_pdf(pdf: bytes, queue: str, *, title: str, server: str | None = None,
              timeout: float = DEFAULT_TIMEOUT) -> PrintJob:
    """Send a PDF to ``queue``; return the job once CUPS has accepted it (not once it has printed).

    ``title`` names the job in the queue and the scheduler's logs, where anyone with a terminal can read
    it: never put a person's name in it. The queue is checked first, and nothing is sent unless it is
    ready (see :mod:`kiosk.printing`); then ``lp -h server -d queue`` reads the PDF from its standard
    input, so no copy is left on disk. Raises a :class:`PrintingError` subclass saying why it was not sent.
    Raises ``ValueError`` for bytes that are not a PDF: that is a bug, not a printer fault, and CUPS's
    filters would stop such a job part way and leave it in the queue.
    """
    if not pdf.startswith(b"%PDF-"):
        raise ValueError("print_pdf needs a PDF document (bytes starting with %PDF-)")
    check_ready(queue, server, timeout=timeout)
    command = ["lp"]
    if server is not None:
        command += ["-h", server]
    command += ["-d", queue, "-t", title, "-o", "document-format=application/pdf", "--", "-"]
    try:
        done = run_tool(command, stdin=pdf, timeout=timeout)
    except subprocess.TimeoutExpired:
        # lp may have delivered it just before the deadline; only the scheduler's queue would show it.
        raise NoScheduler(Notice.of("lp_timeout", seconds=f"{timeout:g}", queue=queue)) from None
    except ToolMissing as error:
        raise NoScheduler(Notice.of("no_tool", detail=error)) from None
    match = _REQUEST_ID.search(done.stdout)
    if done.returncode == 0 and match and match["name"] == queue:
        return PrintJob(int(match["id"]), queue, server, title)
    said = first_line(done.stderr) or first_line(done.stdout) or f"exit status {done.returncode}"
    # lp says "The printer or class does not exist." when it cannot reach any scheduler, too, and
    # the queue may have changed since it was checked: ask again what it is like now.
    state = printer_state(queue, server, timeout=timeout)
    if not state.ready:
        raise refusal(state)
    raise PrintFailed(Notice.of("refused", queue=queue, detail=said), state)


def _job_attributes(job: PrintJob, timeout: float) -> ipp.Attributes | None:
    """The job's attributes, or None when the scheduler does not know it."""
    try:
        target = find_server(job.server, timeout)
    except NoAddress as error:
        state = no_client(job.queue, str(error))
        raise NoScheduler(state.notices, state) from None
    try:
        return ipp.get_job_attributes(target.server, job.id, user_name(), _JOB_ATTRIBUTES, timeout=timeout)
    except IppStatusError as error:
        if error.status == ipp.STATUS_NOT_FOUND:
            return None
        raise PrintFailed(Notice.of("job_query_refused", server=target.shown, job=job.name, detail=error)) from None
    except IppError as error:
        state = no_scheduler(job.queue, target.shown, str(error))
        raise NoScheduler(state.notices, state) from None


def _words(values: Sequence[ipp.Value]) -> tuple[str, ...]:
    return tuple(str(value) for value in values if value and value != "none")


def _settled(job: PrintJob, attributes: ipp.Attributes | None) -> JobOutcome | None:
    """The job's outcome if it has ended or stopped by itself, else None."""
    if attributes is None:
        return JobOutcome(job, JobState.FORGOTTEN, (), (Notice.of("job_forgotten", job=job.name),))
    state = attributes.get("job-state", [0])[0]
    reasons = _words(attributes.get("job-state-reasons", []))
    said = str((attributes.get("job-printer-state-message") or [""])[0] or "").strip().rstrip(".")
    if state == _JOB_COMPLETED:
        return JobOutcome(job, JobState.COMPLETED, reasons, (Notice.of("job_printed", job=job.name),))
    if state == _JOB_ABORTED:
        return JobOutcome(job, JobState.ABORTED, reasons, (Notice.of("job_aborted", job=job.name, said=said),))
    if state == _JOB_CANCELED:
        return JobOutcome(job, JobState.CANCELLED, reasons, (Notice.of("job_cancelled", job=job.name),))
    if state == _JOB_PROCESSING_STOPPED:
        return JobOutcome(job, JobState.STOPPED, reasons, (Notice.of("job_stopped", job=job.name, said=said),))
    return None


def wait_for_job(job: PrintJob, timeout: float, *, poll_timeout: float = DEFAULT_TIMEOUT) -> JobOutcome:
    """Follow ``job`` until it has printed, failed or cannot go on, or until ``timeout`` seconds pass.

    Returns at once, with ``STOPPED`` and the printer's reason, when the job waits in a stopped queue:
    nothing will move until staff act. Returns ``PENDING`` when the time runs out first. Each question to
    the scheduler may take ``poll_timeout`` more. Raises :class:`NoScheduler` when it stops answering.
    """
    deadline = time.monotonic() + timeout
    while True:
        attributes = _job_attributes(job, poll_timeout)
        outcome = _settled(job, attributes)
        if outcome is not None:
            return outcome
        assert attributes is not None
        reasons = _words(attributes.get("job-state-reasons", []))
        remaining = deadline - time.monotonic()
        # A job sent to a queue that is already stopped says nothing about it ("none"); the queue does.
        queue = printer_state(job.queue, job.server, timeout=poll_timeout)
        if queue.condition is PrinterCondition.NO_SCHEDULER:
            raise NoScheduler(queue.notices, queue)
        if queue.stopped and attributes.get("job-state", [0])[0] != _JOB_PROCESSING:
            return JobOutcome(job, JobState.STOPPED, tuple(dict.fromkeys(("printer-stopped", *reasons,
                                                                          *queue.reasons))),
                              (Notice.of("job_waiting", job=job.name), *queue.notices))
        if remaining <= 0:
            return JobOutcome(job, JobState.PENDING, reasons,
                              (Notice.of("job_pending", job=job.name, seconds=f"{timeout:g}"), *queue.notices))
        time.sleep(min(POLL_INTERVAL, remaining))


def cancel_job(job: PrintJob, *, timeout: float = DEFAULT_TIMEOUT) -> bool:
    """Withdraw ``job`` so it can never print. False when it had already finished (printed or not).

    Raises :class:`NoScheduler` when the scheduler cannot be reached, :class:`PrintFailed` when it refuses.
    """
    command = ["cancel"]
    if job.server is not None:
        command += ["-h", job.server]
    command.append(job.name)
    try:
        done = run_tool(command, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise NoScheduler(Notice.of("cancel_timeout", seconds=f"{timeout:g}", job=job.name)) from None
    except ToolMissing as error:
        raise NoScheduler(Notice.of("cannot_cancel_tool", job=job.name, detail=error)) from None
    if done.returncode == 0:
        return True
    said = first_line(done.stderr)
    if re.search(r"already (canceled|cancelled|completed|aborted)|does not exist", said):
        return False
    if "Unable to connect" in said:
        raise NoScheduler(Notice.of("cannot_cancel", job=job.name, detail=said))
    raise PrintFailed(Notice.of("cannot_cancel", job=job.name, detail=said))


def print_and_wait(pdf: bytes, queue: str, *, title: str, server: str | None = None,
                   timeout: float = DEFAULT_PRINT_TIMEOUT) -> JobOutcome:
    """Print a receipt and say whether it came out, the way the kiosk should.

    Raises a :class:`PrintingError` when it could not be sent (see :func:`print_pdf`). A job that is
    stopped, or still not printed after ``timeout`` seconds, is cancelled (``withdrawn=True``): the person
    has been told to photograph the QR code instead, and their receipt must not come out later for someone
    else. A cancellation that fails is said in the message, and the job is then left to staff.
    """
    job = print_pdf(pdf, queue, title=title, server=server)
    outcome = wait_for_job(job, timeout)
    if outcome.state not in (JobState.STOPPED, JobState.PENDING):
        return outcome
    try:
        withdrawn = cancel_job(job)
    except PrintingError as error:
        return replace(outcome, notices=(*outcome.notices, Notice.of("not_cancelled"), *error.notices))
    if not withdrawn:  # it finished between the last look and the cancel
        return wait_for_job(job, 0)
    return replace(outcome, withdrawn=True, notices=(*outcome.notices, Notice.of("withdrawn")))
