from pathlib import Path

from kiosk.booking.model import BookingRequest
from kiosk.booking.receipt import receipt_for
from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.token import verify
from tests.kiosk.booking.fixtures import MONDAY, authority, open_with_catalogue, slot_id


def test_the_receipt_is_in_the_bookings_language_and_its_token_names_the_booking(tmp_path: Path) -> None:
    store = open_with_catalogue(tmp_path)
    booking = authority(store).book(BookingRequest(slot_id("office-a", "consult", MONDAY, "09:30"),
                                                   "Айгүл Токтогулова", language="ky"))
    key = DeviceKey.generate()
    receipt = receipt_for(store, booking, key)
    assert receipt.language == "ky"
    assert (receipt.service_name, receipt.location_name) == ("Consultation [ky]", "Office A (fictional) [ky]")
    assert receipt.documents == ("Passport [ky]", "Receipt [ky]")
    assert receipt.fictional
    claims = verify(receipt.token, {key.kiosk_id: key.public_key})
    assert (claims.reference, claims.service_id, claims.location_id, claims.start) == \
        (booking.reference, "consult", "office-a", booking.start)
    assert claims.name_matches("Aygul Toktogulova")  # staff may type the name in Latin letters
    assert "Токтогулова" not in receipt.token
