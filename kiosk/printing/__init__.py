"""Printing receipts through CUPS, and knowing when it did not work.

The receipt is a PDF (:mod:`kiosk.receipts`). :func:`print_pdf` hands it to a CUPS queue with ``lp``;
:func:`wait_for_job` follows the job until it is printed or cannot be; :func:`printer_state` says whether
a queue can print now, with a sentence for staff (in English, and in any of the kiosk's languages through
:mod:`kiosk.staff_words`). :func:`print_and_wait` does all three the way the kiosk should, and
:func:`cancel_job` withdraws a job.

- :mod:`kiosk.printing.ipp`: just enough of the IPP wire format to read a queue's and a job's state;
- :mod:`kiosk.printing.cups`: talking to the print server (the CUPS tools, and which scheduler to ask);
- :mod:`kiosk.printing.printer`: a queue's state, and whether it can print now;
- :mod:`kiosk.printing.jobs`: sending, following and withdrawing a job;
- :mod:`kiosk.printing.errors`: everything raised on purpose.

Every call blocks (the UI runs them on its task runner) and has a timeout, so a hung scheduler costs
seconds, never the kiosk. The messages are for staff. The person at the kiosk needs only to know that
the receipt did not print: the booking is already saved, and the screen shows the QR code and reference
to photograph (docs/architecture.md, "Receipts").

Two rules shape the API:

- **Refuse, do not queue.** :func:`print_pdf` checks the queue first and raises rather than leave a
  receipt in a stopped queue, out of paper or jammed. Such a job would come out when staff fix the printer,
  maybe hours later, into the hands of whoever stands there: someone else's name and appointment.
- **Never lose a job silently.** A job that was accepted but cannot print (the queue stopped under it)
  is reported as :attr:`JobState.STOPPED` at once, not after the timeout, and :func:`print_and_wait`
  cancels a receipt that has not printed by its deadline, for the same reason as above.

Errors a caller can act on::

    PrintingError               the receipt was not (and will not be) printed; .notices say why, for staff
    ├── NoScheduler             no CUPS scheduler answered, or there is no CUPS client to ask one
    ├── NoSuchPrinter           the scheduler has no such queue
    ├── PrinterStopped          the queue is disabled or not accepting jobs
    ├── PaperOut                the printer has no paper
    ├── PrinterNeedsAttention   a jam, an open cover, offline, no toner
    └── PrintFailed             the scheduler answered but refused
"""

from kiosk.printing.cups import DEFAULT_TIMEOUT
from kiosk.printing.errors import (
    NoScheduler,
    NoSuchPrinter,
    PaperOut,
    PrinterNeedsAttention,
    PrinterStopped,
    PrintFailed,
    PrintingError,
)
from kiosk.printing.jobs import (
    DEFAULT_PRINT_TIMEOUT,
    JobOutcome,
    JobState,
    PrintJob,
    cancel_job,
    print_and_wait,
    print_pdf,
    wait_for_job,
)
from kiosk.printing.printer import PrinterCondition, PrinterState, check_ready, printer_state

__all__ = [
    "DEFAULT_PRINT_TIMEOUT",
    "DEFAULT_TIMEOUT",
    "JobOutcome",
    "JobState",
    "NoScheduler",
    "NoSuchPrinter",
    "PaperOut",
    "PrintFailed",
    "PrintJob",
    "PrinterCondition",
    "PrinterNeedsAttention",
    "PrinterState",
    "PrinterStopped",
    "PrintingError",
    "cancel_job",
    "check_ready",
    "print_and_wait",
    "print_pdf",
    "printer_state",
    "wait_for_job",
]
