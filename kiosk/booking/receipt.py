"""The receipt of a committed booking: what :mod:`kiosk.receipts` prints, filled from the booking.

Everything on it is in the language the person booked in, and its QR token is
signed by this kiosk's device key. Made after the commit, never before: a
receipt always stands for a booking that exists.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk import reference
from kiosk.booking import catalogue
from kiosk.booking.model import Booking, in_language
from kiosk.receipts.content import ReceiptContent
from kiosk.receipts.labels import label
from kiosk.receipts.token import issue_token

if TYPE_CHECKING:
    from kiosk.receipts.device_key import DeviceKey
    from kiosk.store import Store


def receipt_for(store: Store, booking: Booking, key: DeviceKey, issued_at: datetime | None = None) -> ReceiptContent:
    """The receipt for ``booking`` in the booking's language, with a token signed by ``key``."""
    language = booking.language
    service = catalogue.service(store, booking.service_id)
    location = catalogue.location(store, booking.location_id)
    token = issue_token(key, reference=booking.reference, service_id=booking.service_id,
                        location_id=booking.location_id, start=booking.start, name=booking.name,
                        issued_at=issued_at or datetime.now(UTC), hashed_name=booking.receipt_name_hash)
    return ReceiptContent(
        language=language, reference=reference.display(booking.reference), service_name=service.name(language),
        location_name=location.name(language), address=in_language(location.address, language),
        start=booking.start, end=booking.end, documents=service.documents_in(language),
        how_to_cancel=label(language, "how_to_cancel"), token=token, fictional=location.fictional,
    )
