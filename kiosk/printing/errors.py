"""Everything printing raises on purpose, in one place.

:class:`PrintingError` and its subclasses are for callers: the receipt was not (and will not be)
printed, and which subclass says what staff can do about it. The ``Ipp*`` classes are the wire's:
:mod:`kiosk.printing.printer` and :mod:`kiosk.printing.jobs` turn them into a :class:`PrintingError`
or a printer state, so only code that speaks IPP itself sees them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.staff_words import Notice, say

if TYPE_CHECKING:
    from kiosk.printing.printer import PrinterState


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


class IppError(Exception):
    """The scheduler answered, but not with what was asked for."""


class Unreachable(IppError):
    """Nothing answered at the server's address, or it did not answer in time."""


class IppStatusError(IppError):
    """The scheduler refused the request with an IPP status code (``client-error-not-found``, ...)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"IPP status 0x{status:04x}: {message}" if message else f"IPP status 0x{status:04x}")
        self.status = status
        self.status_message = message
