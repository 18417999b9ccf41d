"""Whether a queue can print now, read from the scheduler over IPP, with a sentence for staff.

:func:`printer_state` never raises for a printing problem: that is what it reports, in English and in any
of the kiosk's languages through :mod:`kiosk.staff_words`. :func:`check_ready` raises the
:class:`~kiosk.printing.errors.PrintingError` that says why a queue cannot print.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.printing import ipp
from kiosk.printing.cups import DEFAULT_TIMEOUT, NoAddress, find_server
from kiosk.printing.errors import (
    IppError,
    IppStatusError,
    NoScheduler,
    NoSuchPrinter,
    PaperOut,
    PrinterNeedsAttention,
    PrinterStopped,
    PrintingError,
)
from kiosk.staff_words import Notice, say

_PRINTER_ATTRIBUTES = ("printer-state", "printer-state-reasons", "printer-state-message",
                       "printer-is-accepting-jobs")

# IPP printer-state values (RFC 8011 §5.4.11).
_PRINTER_PROCESSING = 4
_PRINTER_STOPPED = 5


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


def no_scheduler(queue: str, shown: str, detail: str) -> PrinterState:
    """The state of a queue whose scheduler did not answer (``shown`` is its address, for staff)."""
    return PrinterState(queue, shown, PrinterCondition.NO_SCHEDULER, (),
                        (Notice.of("no_scheduler", server=shown, detail=detail),))


def no_client(queue: str, detail: str) -> PrinterState:
    """The state of a queue on a machine whose CUPS client cannot say where the scheduler is."""
    return PrinterState(queue, "the default print server", PrinterCondition.NO_SCHEDULER, (),
                        (Notice.of("no_client", detail=detail),))


def printer_state(queue: str, server: str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterState:
    """What ``queue`` can do now. Never raises for a printing problem: that is what it reports.

    ``NO_SCHEDULER`` also covers a scheduler that does not answer within ``timeout`` seconds, an address
    where something other than CUPS answers, and a machine without the CUPS client (cups-client).
    Raises ``ValueError`` for a ``server`` that is not an address.
    """
    try:
        target = find_server(server, timeout)
    except NoAddress as error:
        return no_client(queue, str(error))
    try:
        attributes = ipp.get_printer_attributes(target.server, queue, _PRINTER_ATTRIBUTES, timeout=timeout)
    except IppStatusError as error:
        if error.status == ipp.STATUS_NOT_FOUND:
            return PrinterState(queue, target.shown, PrinterCondition.NO_SUCH_PRINTER, (),
                                (Notice.of("no_such_queue", queue=queue, server=target.shown),))
        return no_scheduler(queue, target.shown, f"it refused to say how the queue is ({error})")
    except IppError as error:
        return no_scheduler(queue, target.shown, str(error))
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


def refusal(state: PrinterState) -> PrintingError:
    """The error that says why a queue in ``state`` (not ready) takes no job."""
    return _REFUSAL[state.condition](state.notices, state)


def check_ready(queue: str, server: str | None = None, *, timeout: float = DEFAULT_TIMEOUT) -> PrinterState:
    """The queue's state if it can print now; otherwise raise the :class:`PrintingError` that says why."""
    state = printer_state(queue, server, timeout=timeout)
    if not state.ready:
        raise refusal(state)
    return state
