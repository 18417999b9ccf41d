"""Printing receipts through CUPS, and knowing when it did not work.

The receipt is a PDF (:mod:`kiosk.receipts`). :func:`print_pdf` hands it to a CUPS queue with ``lp``;
:func:`wait_for_job` follows the job until it is printed or cannot be; :func:`printer_state` says whether
a queue can print now, with a sentence for staff (in English, and in any of the kiosk's languages through
:mod:`kiosk.staff_words`). :func:`print_and_wait` does all three the
way the kiosk should, and :func:`cancel_job` withdraws a job.

Every call blocks (the UI runs them on its task runner) and has a timeout, so a hung scheduler costs
seconds, never the kiosk. The messages are for staff. The person at the kiosk needs only to know that
the receipt did not print: the booking is already saved, and the screen shows the QR code and reference
to photograph (DESIGN.md §5).

Two rules shape the API:

- **Refuse, do not queue.** :func:`print_pdf` checks the queue first and raises rather than leave a
  receipt in a stopped queue, out of paper or jammed. Such a job would come out when staff fix the printer,
  maybe hours later, into the hands of whoever stands there: someone else's name and appointment.
- **Never lose a job silently.** A job that was accepted but cannot print (the queue stopped under it)
  is reported as :attr:`JobState.STOPPED` at once, not after the timeout, and :func:`print_and_wait`
  cancels a receipt that has not printed by its deadline, for the same reason as above.

How: ``lp`` and ``cancel`` (package cups-client) submit and cancel, so authentication, ``client.conf``
and ``CUPS_SERVER`` work as for any CUPS program. State is read over IPP (:mod:`kiosk.ipp`) because
``lpstat`` cannot tell a completed job from an aborted one. Tools run with ``LC_ALL=C`` so their
messages can be matched.

``server`` is what ``lp -h`` takes: ``host:port`` or a Unix socket path; ``None`` means the machine's
default print server (``CUPS_SERVER``, ``client.conf``, else the local scheduler; ``lpstat -H`` says which).
"""

from __future__ import annotations

import getpass
import os
import re
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

from kiosk import ipp
from kiosk.staff_words import Notice, say

# One CUPS tool run or IPP request. A local scheduler answers in milliseconds; this bounds a hung one.
DEFAULT_TIMEOUT = 10.0
# How long print_and_wait gives a receipt to come out. A thermal roll printer takes a second or two.
DEFAULT_PRINT_TIMEOUT = 30.0
# How often wait_for_job asks about a job.
POLL_INTERVAL = 0.2

_PRINTER_ATTRIBUTES = ("printer-state", "printer-state-reasons", "printer-state-message",
                       "printer-is-accepting-jobs")
_JOB_ATTRIBUTES = ("job-state", "job-state-reasons", "job-printer-state-message")

# IPP printer-state values (RFC 8011 §5.4.11).
_PRINTER_PROCESSING = 4
_PRINTER_STOPPED = 5
# IPP job-state values (RFC 8011 §5.3.7).
_JOB_PROCESSING = 5
_JOB_PROCESSING_STOPPED = 6
_JOB_CANCELED = 7
_JOB_ABORTED = 8
_JOB_COMPLETED = 9


class PrinterCondition(Enum):
    """What a queue can do now, most specific first."""

    READY = "ready"  # idle or printing, enabled, accepting jobs; warnings may be in the message
    PAPER_OUT = "paper out"
    NEEDS_ATTENTION = "needs attention"  # jammed, door open, offline, out of toner, ...
    STOPPED = "stopped"  # disabled (cupsdisable, or a backend stopped it)
    REJECTING = "rejecting jobs"  # enabled but not accepting jobs (cupsreject)
    NO_SUCH_PRINTER = "no such printer"
    NO_SCHEDULER = "no scheduler"  # nothing answered, or not in time


@dataclass(frozen=True)
class PrinterState:
    queue: str
    server: str  # the address asked, for messages: "127.0.0.1:631", "/run/cups/cups.sock"
    condition: PrinterCondition
    reasons: tuple[str, ...]  # IPP printer-state-reasons, e.g. ("media-empty-error", "paused"); "none" dropped
    notices: tuple[Notice, ...]  # for staff: what is wrong and what to do (kiosk.staff_words says them)
    # Known only when the scheduler answered about the queue:
    stopped: bool = False  # disabled: nothing prints until cupsenable (a staff "resume" button)
    accepting: bool = True  # takes new jobs; False after cupsreject

    @property
    def ready(self) -> bool:
        return self.condition is PrinterCondition.READY

    @property
    def message(self) -> str:
        """One or two plain English sentences for staff (the log's words; screens use ``notices``)."""
        return say(self.notices, "en")


class PrintingError(Exception):
    """The receipt was not (and will not be) printed. ``str()`` is a plain English sentence for staff.

    ``notices`` are the same sentences, to say in the staff menu's language.
    """

    def __init__(self, notices: Notice | tuple[Notice, ...], state: PrinterState | None = None) -> None:
        self.notices = (notices,) if isinstance(notices, Notice) else notices
        super().__init__(say(self.notices, "en"))
        self.state = state  # the queue's state when that was what refused, else None


class NoScheduler(PrintingError):
    """No CUPS scheduler answered (not running, or hung), or this machine has no CUPS client to ask one."""


class NoSuchPrinter(PrintingError):
    """The scheduler has no queue of that name."""


class PrinterStopped(PrintingError):
    """The queue is disabled or is not accepting jobs."""


class PaperOut(PrintingError):
    """The printer reports it has no paper."""


class PrinterNeedsAttention(PrintingError):
    """The printer reports a fault other than paper: a jam, an open cover, offline, no toner."""


class PrintFailed(PrintingError):
    """The scheduler answered but refused: the queue looked ready and ``lp`` failed, or a request was denied."""


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


_PAPER_OUT = frozenset({"media-empty", "media-needed"})
# These stop a printer whatever their suffix: a backend waiting for a printer that is off reports
# "offline-report", and jobs sent meanwhile would print when it comes back, for someone else.
_ALWAYS_BLOCKING = frozenset({"offline", "shutdown", "media-empty", "media-needed", "media-jam", "door-open",
                              "cover-open"})
# Scheduler bookkeeping, not a printer condition.
_IGNORED = frozenset({"none", "paused", "connecting-to-device", "moving-to-paused", "cups-waiting-for-job-completed"})


def _split_reason(reason: str) -> tuple[str, str]:
    for suffix in ("-error", "-warning", "-report"):
        if reason.endswith(suffix):
            return reason.removesuffix(suffix), suffix
    return reason, ""


@dataclass(frozen=True)
class _Target:
    server: ipp.Server
    shown: str  # for messages


def _tool_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "LANGUAGE"}
    env.update(LANG="C", LC_ALL="C")
    return env


class _ToolMissing(Exception):
    pass


def _run(command: Sequence[str], *, timeout: float, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run a CUPS tool in the C locale. Raises TimeoutExpired, or _ToolMissing when it is not installed."""
    try:
        done = subprocess.run(list(command), input=stdin, capture_output=True, timeout=timeout, env=_tool_env(),
                              check=False)
    except FileNotFoundError:
        raise _ToolMissing(f"{command[0]} is not installed (apt-get install cups-client)") from None
    return subprocess.CompletedProcess(done.args, done.returncode, done.stdout.decode("utf-8", "replace"),
                                       done.stderr.decode("utf-8", "replace"))


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


class _NoAddress(Exception):
    """The CUPS client cannot say which print server to use."""


def _target(server: str | None, timeout: float) -> _Target:
    """The scheduler's address; for ``None``, the one the CUPS tools would use (``lpstat -H``)."""
    if server is not None:
        return _Target(ipp.Server.parse(server), server)
    try:
        done = _run(["lpstat", "-H"], timeout=timeout)  # reads the configuration; asks no server
    except subprocess.TimeoutExpired:
        raise _NoAddress(f"lpstat -H did not answer within {timeout:g} s") from None
    except _ToolMissing as error:
        raise _NoAddress(str(error)) from None
    address = _first_line(done.stdout)
    if done.returncode != 0 or not address:
        raise _NoAddress(f"lpstat -H said {_first_line(done.stderr)!r}")
    return _Target(ipp.Server.parse(address), f"the default print server ({address})")


def _no_scheduler(queue: str, shown: str, detail: str) -> PrinterState:
    return PrinterState(queue, shown, PrinterCondition.NO_SCHEDULER, (),
                        (Notice.of("no_scheduler", server=shown, detail=detail),))


def _no_client(queue: str, detail: str) -> PrinterState:
    return PrinterState(queue, "the default print server", PrinterCondition.NO_SCHEDULER, (),
                        (Notice.of("no_client", detail=detail),))


def printer_state(queue: str, server: str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterState:
    """What ``queue`` can do now. Never raises for a printing problem: that is what it reports.

    ``NO_SCHEDULER`` also covers a scheduler that does not answer within ``timeout`` seconds, an address
    where something other than CUPS answers, and a machine without the CUPS client (cups-client).
    Raises ``ValueError`` for a ``server`` that is not an address.
    """
    try:
        target = _target(server, timeout)
    except _NoAddress as error:
        return _no_client(queue, str(error))
    try:
        attributes = ipp.get_printer_attributes(target.server, queue, _PRINTER_ATTRIBUTES, timeout=timeout)
    except ipp.IppStatusError as error:
        if error.status == ipp.STATUS_NOT_FOUND:
            return PrinterState(queue, target.shown, PrinterCondition.NO_SUCH_PRINTER, (),
                                (Notice.of("no_such_queue", queue=queue, server=target.shown),))
        return _no_scheduler(queue, target.shown, f"it refused to say how the queue is ({error})")
    except ipp.IppError as error:
        return _no_scheduler(queue, target.shown, str(error))
    return _state_from(queue, target.shown, attributes)


def _state_from(queue: str, shown: str, attributes: ipp.Attributes) -> PrinterState:
    reasons = tuple(str(r) for r in attributes.get("printer-state-reasons", []) if r and r != "none")
    cups_message = str((attributes.get("printer-state-message") or [""])[0] or "").strip()
    stopped = attributes.get("printer-state", [0])[0] == _PRINTER_STOPPED
    accepting = attributes.get("printer-is-accepting-jobs", [True])[0] is not False
    blocking: list[str] = []
    warnings: list[str] = []
    for reason in reasons:
        base, suffix = _split_reason(reason)
        if base in _IGNORED or base.startswith("cups-"):
            continue
        if suffix == "-error" or (base in _ALWAYS_BLOCKING and suffix != "-warning"):
            blocking.append(base)
        elif suffix == "-warning":
            warnings.append(base)

    afterwards = []
    if stopped:
        afterwards.append(f"cupsenable {queue}")
    if not accepting:
        afterwards.append(f"cupsaccept {queue}")
    resume = (Notice.of("resume", commands=" && ".join(afterwards)),) if afterwards else ()
    # The printer's own words (a backend's "Out of paper") or the reason staff gave cupsdisable -r.
    said = cups_message.rstrip(".")

    notices: tuple[Notice, ...]
    if blocking:
        condition = (PrinterCondition.PAPER_OUT if any(base in _PAPER_OUT for base in blocking)
                     else PrinterCondition.NEEDS_ATTENTION)
        # Paper first: it is the fault staff can fix at once, and often the cause of the rest.
        ordered = sorted(dict.fromkeys(blocking), key=lambda base: base not in _PAPER_OUT)
        key = "paper_out" if condition is PrinterCondition.PAPER_OUT else "needs_attention"
        notices = (Notice.of(key, queue=queue, problems=",".join(ordered), said=said), *resume)
    elif stopped:
        condition = PrinterCondition.STOPPED
        notices = (Notice.of("stopped", queue=queue, said=said, commands=" && ".join(afterwards)),)
    elif not accepting:
        condition = PrinterCondition.REJECTING
        notices = (Notice.of("rejecting", queue=queue, said=said),)
    else:
        condition = PrinterCondition.READY
        doing = "ready_printing" if attributes.get("printer-state", [0])[0] == _PRINTER_PROCESSING else "ready_idle"
        # A finished job's last message lingers in printer-state-message; it says nothing about now.
        notices = (Notice.of(doing, queue=queue),)
        if warnings:
            notices += (Notice.of("soon", warnings=",".join(dict.fromkeys(warnings))),)
    return PrinterState(queue, shown, condition, reasons, notices, stopped=stopped, accepting=accepting)


_REFUSAL = {
    PrinterCondition.NO_SCHEDULER: NoScheduler,
    PrinterCondition.NO_SUCH_PRINTER: NoSuchPrinter,
    PrinterCondition.PAPER_OUT: PaperOut,
    PrinterCondition.NEEDS_ATTENTION: PrinterNeedsAttention,
    PrinterCondition.STOPPED: PrinterStopped,
    PrinterCondition.REJECTING: PrinterStopped,
}


def _refuse(state: PrinterState) -> PrintingError:
    return _REFUSAL[state.condition](state.notices, state)


def check_ready(queue: str, server: str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterState:
    """The queue's state if it can print now; otherwise raise the :class:`PrintingError` that says why."""
    state = printer_state(queue, server, timeout=timeout)
    if not state.ready:
        raise _refuse(state)
    return state


_REQUEST_ID = re.compile(r"request id is (?P<name>\S+)-(?P<id>\d+) ")


def print_pdf(pdf: bytes, queue: str, *, title: str, server: str | None = None,
              timeout: float = DEFAULT_TIMEOUT) -> PrintJob:
    """Send a PDF to ``queue``; return the job once CUPS has accepted it (not once it has printed).

    ``title`` names the job in the queue and the scheduler's logs, where anyone with a terminal can read
    it: never put a person's name in it. The queue is checked first, and nothing is sent unless it is
    ready (see the module docstring); then ``lp -h server -d queue`` reads the PDF from its standard
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
        done = _run(command, stdin=pdf, timeout=timeout)
    except subprocess.TimeoutExpired:
        # lp may have delivered it just before the deadline; only the scheduler's queue would show it.
        raise NoScheduler(Notice.of("lp_timeout", seconds=f"{timeout:g}", queue=queue)) from None
    except _ToolMissing as error:
        raise NoScheduler(Notice.of("no_tool", detail=error)) from None
    match = _REQUEST_ID.search(done.stdout)
    if done.returncode == 0 and match and match["name"] == queue:
        return PrintJob(int(match["id"]), queue, server, title)
    said = _first_line(done.stderr) or _first_line(done.stdout) or f"exit status {done.returncode}"
    # lp says "The printer or class does not exist." when it cannot reach any scheduler, too, and
    # the queue may have changed since it was checked: ask again what it is like now.
    state = printer_state(queue, server, timeout=timeout)
    if not state.ready:
        raise _refuse(state)
    raise PrintFailed(Notice.of("refused", queue=queue, detail=said), state)


def _job_attributes(job: PrintJob, timeout: float) -> ipp.Attributes | None:
    """The job's attributes, or None when the scheduler does not know it."""
    try:
        target = _target(job.server, timeout)
    except _NoAddress as error:
        state = _no_client(job.queue, str(error))
        raise NoScheduler(state.notices, state) from None
    try:
        return ipp.get_job_attributes(target.server, job.id, _user(), _JOB_ATTRIBUTES, timeout=timeout)
    except ipp.IppStatusError as error:
        if error.status == ipp.STATUS_NOT_FOUND:
            return None
        raise PrintFailed(Notice.of("job_query_refused", server=target.shown, job=job.name, detail=error)) from None
    except ipp.IppError as error:
        state = _no_scheduler(job.queue, target.shown, str(error))
        raise NoScheduler(state.notices, state) from None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name and no passwd entry, as in some containers
        return "kiosk"


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
        done = _run(command, timeout=timeout)
    except subprocess.TimeoutExpired:
        raise NoScheduler(Notice.of("cancel_timeout", seconds=f"{timeout:g}", job=job.name)) from None
    except _ToolMissing as error:
        raise NoScheduler(Notice.of("cannot_cancel_tool", job=job.name, detail=error)) from None
    if done.returncode == 0:
        return True
    said = _first_line(done.stderr)
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
