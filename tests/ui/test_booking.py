"""Book an appointment through the real screens, on the bundled fictional schedule, printing to a real CUPS.

The kiosk runs on a pinned clock (tests/ui/fixtures.py), so these tests give the
same answer at any hour; test_booking_clock.py runs them again at other moments.
"""

import subprocess

import pytest

from kiosk import outbox, reference
from kiosk.booking import recent_bookings
from kiosk.booking.local import OUTBOX_BOOKING, OUTBOX_CANCELLATION
from kiosk.receipts.keyring import known_keys
from kiosk.receipts.sentences import receipt_sentences, spell
from kiosk.receipts.token import verify
from tests.kiosk.printing.cups_server import CupsServer
from tests.ui.fixtures import make_settings
from tests.ui.kiosk_driver import KioskDriver
from tests.ui.test_accessibility import MIN_TOUCH_PX

pytest_plugins = ["tests.kiosk.printing.cups_fixtures"]


def start(kiosk, qtbot, language: str = "en", **settings) -> KioskDriver:  # type: ignore[no-untyped-def]
    driver: KioskDriver = kiosk(language=language, **settings)
    qtbot.waitUntil(lambda: driver.app.store is not None, timeout=30000)
    driver.tap(f"start_{language}")
    driver.wait_for_screen("home")
    driver.tap("tile_booking")
    driver.wait_for_screen("booking")
    qtbot.waitUntil(lambda: driver.app.booking.services.rowCount() >= 4, timeout=10000)
    return driver


def choose_up_to_details(driver: KioskDriver, qtbot) -> None:  # type: ignore[no-untyped-def]
    booking = driver.app.booking
    service = booking.services.rows()[0]["serviceId"]
    driver.tap(f"service_{service}")
    driver.wait_for_screen("booking_locations")
    qtbot.waitUntil(lambda: booking.locations.rowCount() > 0, timeout=10000)
    driver.tap(f"location_{booking.locations.rows()[0]['locationId']}")
    driver.wait_for_screen("booking_calendar")
    qtbot.waitUntil(lambda: len(booking.freeDays) > 0, timeout=10000)
    day = next(row["date"] for row in booking.days.rows() if row["free"])
    driver.tap(f"day_{day}")
    driver.wait_for_screen("booking_times")
    qtbot.waitUntil(lambda: booking.times.rowCount() > 0, timeout=10000)
    time = next(row["time"] for row in booking.times.rows() if row["free"])
    driver.tap(f"time_{time.replace(':', '')}")
    driver.wait_for_screen("booking_details")


def enter_details(driver: KioskDriver, name: str, last4: str = "") -> None:
    driver.find("bookingNameField").setProperty("text", name)
    driver.find("bookingLast4Field").setProperty("text", last4)
    driver.tap("bookingDetailsNext")


def book(driver: KioskDriver, qtbot, name: str = "Айгүл Токтогулова", last4: str = "4321") -> str:  # type: ignore[no-untyped-def]
    choose_up_to_details(driver, qtbot)
    enter_details(driver, name, last4)
    driver.wait_for_screen("booking_review")
    driver.tap("bookingConfirm")
    driver.wait_for_screen("booking_done")
    return str(driver.find("bookingReference").property("text"))


def test_a_booking_is_committed_with_its_outbox_item_before_the_reference_is_shown(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot, language="ky")
    shown = book(driver, qtbot)
    code = reference.parse_reference(shown)
    store = driver.app.store
    assert store is not None
    (booking,) = driver.app.runner.call_in_lane("db", lambda: recent_bookings(store, 5))
    assert (booking.reference, booking.name, booking.passport_last4, booking.language) == \
        (code, "Айгүл Токтогулова", "4321", "ky")
    items = driver.app.runner.call_in_lane("db", lambda: outbox.items(store, OUTBOX_BOOKING))
    assert [item.body["reference"] for item in items] == [code]
    assert driver.app.booking.qrSource.startswith("data:image/svg+xml;base64,")


def test_the_qr_token_on_screen_verifies_against_the_kiosk_key(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    shown = book(driver, qtbot, name="Aziza Karimova", last4="")
    receipt = driver.app.booking.shown_receipt
    assert receipt is not None and receipt.reference == shown
    key = driver.app.device_key
    claims = verify(receipt.token, known_keys(None, key))
    assert claims.reference == reference.parse_reference(shown)
    assert "Aziza" not in receipt.token  # the name travels only as a salted hash


def test_without_a_printer_the_booking_stays_and_the_screen_says_to_photograph_it(kiosk, qtbot, tmp_path) -> None:
    settings = make_settings(tmp_path, KIOSK_PRINTER_SERVER="127.0.0.1:9")  # nothing listens there
    driver = start(kiosk, qtbot, settings=settings)
    book(driver, qtbot)
    booking = driver.app.booking
    qtbot.waitUntil(lambda: booking.printState == "problem", timeout=30000)
    assert "take a photo" in str(driver.find("bookingPrintText").property("text"))
    assert driver.visible("bookingQr") and driver.visible("bookingPrintAgain")
    store = driver.app.store
    assert store is not None
    assert len(driver.app.runner.call_in_lane("db", lambda: recent_bookings(store, 5))) == 1
    events = driver.app.runner.call_in_lane("db", lambda: store.events())
    assert any(event.kind == "printer" for event in events)  # staff see the printer problem


def test_the_receipt_prints_on_a_real_cups_queue(kiosk, qtbot, tmp_path, cups_server: CupsServer,
                                                pdf_queue: str) -> None:
    settings = make_settings(tmp_path, KIOSK_PRINTER_SERVER=cups_server.address, KIOSK_PRINTER_QUEUE=pdf_queue)
    driver = start(kiosk, qtbot, language="ky", settings=settings)
    earlier = set(cups_server.output_dir.glob("*.pdf"))  # the server is shared with other tests
    shown = book(driver, qtbot)
    booking = driver.app.booking
    qtbot.waitUntil(lambda: booking.printState in ("printed", "problem"), timeout=60000)
    assert booking.printState == "printed", driver.app.printer.status
    printed = sorted(set(cups_server.output_dir.glob("*.pdf")) - earlier)
    assert len(printed) == 1, cups_server.log()
    # cups-pdf prints through PostScript, which drops the font's text map, so the page is read
    # the way staff read it: the QR code, decoded from the printed page and verified.
    page = tmp_path / "printed"
    subprocess.run(["pdftoppm", "-png", "-r", "203", "-mono", "-singlefile", str(printed[-1]), str(page)],
                   check=True, timeout=60)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(page) + ".png"], capture_output=True, text=True,
                             timeout=60).stdout.strip()
    claims = verify(decoded, known_keys(None, driver.app.device_key))
    assert claims.reference_display == shown


def test_going_back_keeps_every_choice(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    choose_up_to_details(driver, qtbot)
    booking = driver.app.booking
    chosen = (booking.serviceId, booking.locationId, booking.day, booking.slotId)
    driver.tap("backButton")
    driver.wait_for_screen("booking_times")
    driver.tap("backButton")
    driver.wait_for_screen("booking_calendar")
    driver.tap("backButton")
    driver.wait_for_screen("booking_locations")
    assert (booking.serviceId, booking.locationId, booking.day, booking.slotId) == chosen
    assert driver.find(f"location_{booking.locationId}").property("chosen") is True


def test_the_idle_wipe_clears_an_unfinished_booking(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    choose_up_to_details(driver, qtbot)
    driver.find("bookingNameField").setProperty("text", "Aziza Karimova")
    driver.app.session.wipe()
    booking = driver.app.booking
    assert driver.screen == "welcome"
    assert (booking.serviceId, booking.day, booking.slotId, booking.name) == ("", "", "", "")
    store = driver.app.store
    assert store is not None
    assert driver.app.runner.call_in_lane("db", lambda: recent_bookings(store, 5)) == []


def test_a_wrong_passport_fragment_is_refused_with_a_plain_message(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    choose_up_to_details(driver, qtbot)
    enter_details(driver, "Aziza Karimova", "12a4")
    assert driver.screen == "booking_details"
    assert driver.app.booking.error == "passport_last4"
    assert driver.visible("bookingDetailsError")


def test_the_same_person_cannot_book_the_same_service_twice_on_one_day(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    book(driver, qtbot, name="Aziza Karimova", last4="1111")
    driver.tap("bookingDone")  # ends the session
    driver.wait_for_screen("welcome")
    driver.tap("start_en")
    driver.tap("tile_booking")
    driver.wait_for_screen("booking")
    qtbot.waitUntil(lambda: driver.app.booking.services.rowCount() >= 4, timeout=10000)
    choose_up_to_details(driver, qtbot)  # the same first service, place and day
    enter_details(driver, "aziza  KARIMOVA", "1111")
    driver.wait_for_screen("booking_review")
    driver.tap("bookingConfirm")
    qtbot.waitUntil(lambda: driver.app.booking.error == "already", timeout=10000)
    assert driver.visible("bookingProblem")


def test_a_booking_is_cancelled_with_its_code_and_the_passport_digits(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    shown = book(driver, qtbot, name="Aziza Karimova", last4="2468")
    driver.tap("homeButton")
    driver.tap("tile_booking")
    driver.tap("bookingManageButton")
    driver.wait_for_screen("booking_manage")
    booking = driver.app.booking
    mistyped = shown[:-1] + ("A" if shown[-1] != "A" else "B")
    driver.find("manageReferenceField").setProperty("text", mistyped)
    driver.find("manageWhoField").setProperty("text", "2468")
    driver.tap("manageFind")
    qtbot.waitUntil(lambda: booking.error == "reference", timeout=10000)

    driver.find("manageReferenceField").setProperty("text", shown.lower())
    driver.tap("manageFind")
    qtbot.waitUntil(lambda: booking.found.get("reference") == shown, timeout=10000)
    driver.tap("manageCancel")
    driver.tap("manageCancel")  # "Yes, cancel it"
    qtbot.waitUntil(lambda: booking.found.get("cancelled") is True, timeout=10000)
    store = driver.app.store
    assert store is not None
    items = driver.app.runner.call_in_lane("db", lambda: outbox.items(store, OUTBOX_CANCELLATION))
    assert [item.body["reference"] for item in items] == [reference.parse_reference(shown)]


def test_staff_can_reprint_a_booking_from_the_staff_menu(kiosk, qtbot) -> None:
    driver = start(kiosk, qtbot)
    shown = book(driver, qtbot)
    driver.app.session.wipe()
    driver.open_staff_menu("1234")
    qtbot.waitUntil(lambda: driver.lookup(f"staffReprint_{shown}") is not None, timeout=10000)
    assert driver.find("staffTestPrintButton").property("enabled") is True


def test_the_receipt_can_be_read_aloud(kiosk, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    driver = start(kiosk, qtbot, language="ru")
    shown = book(driver, qtbot)
    driver.tap("bookingListen")
    speech = driver.app.speech
    qtbot.waitUntil(lambda: bool(speech.sentences()), timeout=5000)  # the tap asked for the reading
    # The engine is one per process and waits up to its own timeout (60 s) for a reading an
    # earlier test left behind: a slow machine gets that long before this fails.
    qtbot.waitUntil(lambda: any((tmp_path / "speech").glob("*.wav")), timeout=90000)
    receipt = driver.app.booking.shown_receipt
    assert receipt is not None and receipt.reference == shown
    spoken = speech.sentences()
    assert spoken == receipt_sentences(receipt)
    assert spell(shown) in " ".join(spoken)  # the code is spelt out, one character at a time


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)], ids=["portrait", "landscape"])
def test_calendar_days_and_times_are_big_enough_to_touch(kiosk, qtbot, size: tuple[int, int]) -> None:
    driver = start(kiosk, qtbot, size=size)
    choose_up_to_details(driver, qtbot)
    for screen in ("booking_times", "booking_calendar"):
        driver.tap("backButton")
        driver.wait_for_screen(screen)
        found = [item for item in driver.visible_items()
                 if item.inherits("QQuickAbstractButton") and item.isEnabled()]
        offered = driver.app.booking.times if screen == "booking_times" else driver.app.booking.days
        choices = [row for row in offered.rows() if row["free"]]
        # Every time or day on offer is a button, beside the bar's own (how many depends on the clock).
        assert choices and len(found) >= len(choices) + 2
        for button in found:
            assert min(button.width(), button.height()) >= MIN_TOUCH_PX, (button.objectName(), button.width())
