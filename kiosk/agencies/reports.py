"""A traveller's report about an agency, kept in the outbox until the centre has it.

A report names the agency (as typed, or picked from the registry), says what
happened (one or more of :data:`WHAT_HAPPENED`, and/or the person's own words)
and may leave a way to get back in touch. It is committed before its reference
is shown, so a reference on screen always means a stored report; the idle wipe
and a power cut after that lose nothing.

The contact is the only personal data, it is optional, and it leaves the kiosk
with the report: once the centre confirms receipt the sync agent deletes the
outbox item (docs/architecture.md, "The outbox").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kiosk import languages, outbox, reference
from kiosk.store.database import utc_now
from kiosk.text.clean import cleaned, is_storable

if TYPE_CHECKING:
    from kiosk.store import Store

OUTBOX_KIND = "agency_report"

# The common frauds, as codes; the screens word them in each language.
WHAT_HAPPENED = (
    "fee_before_job",  # asked for money before a job or a visa
    "kept_documents",  # took or kept a passport or other documents
    "fake_job",  # the job, employer or contract did not exist
    "wrong_visa",  # sent on a tourist or student visa to work
    "contract_changed",  # the work or pay was not what was promised
    "no_licence_shown",  # would not show a licence or a contract
    "other",
)

MAX_NAME = 200
MAX_DETAILS = 2000
MAX_CONTACT = 200


class ReportIncomplete(ValueError):
    """The report cannot be sent yet: it names no agency, or says nothing about what happened."""


@dataclass(frozen=True)
class AgencyReport:
    agency_name: str
    what_happened: tuple[str, ...] = ()
    details: str = ""
    contact: str = ""
    agency_id: str = ""  # when picked from the registry
    language: str = "en"
    country: str = ""  # the destination the person asked about, if any

    def cleaned(self) -> AgencyReport:
        """Trimmed and capped to what a screen lets a person type; unknown kinds dropped; in a fixed order.

        What a person typed is kept whatever it holds (a character that cannot be
        stored becomes U+FFFD, control characters go): a report is never lost to
        a stray byte. What the screens set rather than type (the agency id, the
        language, the country) is kept only when it is one: otherwise it is empty.
        """
        what = tuple(kind for kind in WHAT_HAPPENED if kind in self.what_happened)
        country = self.country.upper()
        return AgencyReport(
            agency_name=cleaned(self.agency_name, MAX_NAME),
            what_happened=what,
            details=cleaned(self.details, MAX_DETAILS, keep_newlines=True),
            contact=cleaned(self.contact, MAX_CONTACT),
            agency_id=self.agency_id if is_storable(self.agency_id) and len(self.agency_id) <= MAX_NAME else "",
            language=self.language if self.language in languages.TAGS else "",
            country=country if len(country) == 2 and country.isascii() and country.isalpha() else "",
        )


def submit_report(store: Store, report: AgencyReport) -> str:
    """Store ``report`` durably in the outbox and return its reference code (undashed).

    Raises :class:`ReportIncomplete` before anything is written, and
    :class:`kiosk.store.StoreUnavailable` when the cache cannot be written now
    (nothing is stored then: the screen says so, and the person can report later).
    """
    report = report.cleaned()
    if not report.agency_name:
        raise ReportIncomplete("the report names no agency")
    if not report.what_happened and not report.details:
        raise ReportIncomplete("the report says nothing about what happened")
    code = reference.new_reference()
    body = {
        "reference": code,
        "agency_name": report.agency_name,
        "agency_id": report.agency_id,
        "what_happened": list(report.what_happened),
        "details": report.details,
        "contact": report.contact,
        "language": report.language,
        "country": report.country,
        "reported_at": utc_now(),
    }
    with store.transaction("save an agency report") as db:
        outbox.enqueue(db, OUTBOX_KIND, body)
    return code


def find_report(store: Store, code: str) -> dict[str, object] | None:
    """The stored report with reference ``code`` while it is still on the kiosk, for staff."""
    for item in outbox.items(store, OUTBOX_KIND):
        if item.body.get("reference") == code:
            return item.body
    return None
