import base64
import inspect
import json
import string
from datetime import UTC, datetime, timedelta, timezone

import pytest
import qrcode
from hypothesis import given
from hypothesis import strategies as st

from kiosk.receipts.device_key import DeviceKey
from kiosk.receipts.token import (
    PREFIX,
    ForgedToken,
    MalformedToken,
    TokenError,
    UnknownKiosk,
    issue_token,
    name_hash,
    name_key,
    unverified_claims,
    verify,
)
from kiosk.reference import InvalidReference, display, new_reference

KEY = DeviceKey.generate()
KNOWN = {KEY.kiosk_id: KEY.public_key}
REFERENCE = new_reference()
START = datetime(2027, 1, 15, 9, 30)
ISSUED = datetime(2026, 11, 20, 8, 15, 42, tzinfo=UTC)
NAME = "Айгүл Төрөбаева"


def make(key: DeviceKey = KEY, **changes: object) -> str:
    fields: dict[str, object] = {"reference": REFERENCE, "service_id": "visa-submission",
                                 "location_id": "sample-visa-centre", "start": START, "name": NAME,
                                 "issued_at": ISSUED}
    fields.update(changes)
    return issue_token(key, **fields)  # type: ignore[arg-type]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def payload_of(token: str) -> dict[str, object]:
    return json.loads(unb64(token.split(".")[1]))  # type: ignore[no-any-return]


def test_a_token_verifies_and_says_what_was_booked() -> None:
    claims = verify(make(), KNOWN)
    assert claims.reference == REFERENCE and claims.reference_display == display(REFERENCE)
    assert claims.service_id == "visa-submission"
    assert claims.location_id == "sample-visa-centre"
    assert claims.start == START
    assert claims.issued_at == ISSUED.replace(microsecond=0)
    assert claims.kiosk_id == KEY.kiosk_id


def test_the_format_is_prefix_payload_and_signature_in_unpadded_base64url() -> None:
    token = make()
    version, payload, signature = token.split(".")
    assert f"{version}." == PREFIX == "KQ1."
    assert set(payload + signature) <= set(string.ascii_letters + string.digits + "-_")
    assert len(unb64(signature)) == 64
    assert list(payload_of(token)) == ["r", "s", "l", "t", "i", "k", "n"]
    assert payload_of(token)["t"] == "2027-01-15T09:30"
    assert payload_of(token)["i"] == int(ISSUED.timestamp())


def test_a_typical_token_fits_a_small_qr_code() -> None:
    token = make(service_id="language-test-registration", location_id="mobile-office-north-route")
    assert len(token) <= 300
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(token)
    code.make(fit=True)
    assert code.version <= 13


def test_the_token_holds_no_name_phone_or_passport_digits() -> None:
    parameters = set(inspect.signature(issue_token).parameters)
    assert not {"phone", "passport", "passport_last4"} & parameters, "nothing to put them in"
    token = make(name="Jamshed Rahimov")
    decoded = unb64(token.split(".")[1]).decode()
    for word in ("Jamshed", "Rahimov", "jamshed", "rahimov", "jamshed rahimov"):
        assert word not in decoded
    assert len(unb64(str(payload_of(token)["n"]))) == 3


@pytest.mark.parametrize(("booked", "at_the_desk"), [
    ("Айгүл Төрөбаева", "TOROBAEVA AIGUL"),
    ("Oʻktam Gʻulomov", "Ўктам Ғуломов"),
    ("Ўктам Ғуломов", "OKTAM GULOMOV"),
    ("Ҷамшед Раҳимов", "Jamshed Rakhimov"),
    ("Юлия  Щербакова", "IULIIA SHCHERBAKOVA"),
])
def test_staff_can_check_the_name_in_either_script_and_any_order(booked: str, at_the_desk: str) -> None:
    claims = verify(make(name=booked), KNOWN)
    assert claims.name_matches(at_the_desk)
    assert not claims.name_matches("Aziz Karimov")


def test_the_name_hash_is_salted_by_the_booking() -> None:
    other = new_reference()
    assert name_hash(REFERENCE, NAME) != name_hash(other, NAME)
    assert name_key("Karimov  Aziz") == name_key("AZIZ KARIMOV") == "aziz karimov"


def test_every_changed_character_is_caught() -> None:
    token = make()
    alphabet = string.ascii_letters + string.digits + "-_."
    for at, char in enumerate(token):
        for replacement in (alphabet[(alphabet.index(char) + 1) % len(alphabet)] if char in alphabet else "A",
                            alphabet[(alphabet.index(char) + 17) % len(alphabet)] if char in alphabet else "b"):
            tampered = token[:at] + replacement + token[at + 1:]
            with pytest.raises(TokenError):
                verify(tampered, KNOWN)


def test_every_changed_byte_of_the_payload_is_caught_even_re_encoded() -> None:
    token = make()
    _, payload, signature = token.split(".")
    data = unb64(payload)
    for at in range(len(data)):
        for flip in (0x01, 0x20, 0x80):
            changed = bytearray(data)
            changed[at] ^= flip
            with pytest.raises(TokenError):
                verify(f"{PREFIX}{b64(bytes(changed))}.{signature}", KNOWN)


def test_a_believable_change_is_a_forgery() -> None:
    token = make()
    _, payload, signature = token.split(".")
    moved = json.loads(unb64(payload))
    moved["t"] = "2027-01-16T09:30"  # another day, still a well-formed payload
    altered = f"{PREFIX}{b64(json.dumps(moved, separators=(',', ':')).encode())}.{signature}"
    with pytest.raises(ForgedToken) as caught:
        verify(altered, KNOWN)
    assert caught.value.kiosk_id == KEY.kiosk_id


def test_a_token_from_an_unknown_kiosk_is_not_verified() -> None:
    stranger = DeviceKey.generate()
    with pytest.raises(UnknownKiosk) as caught:
        verify(make(stranger), KNOWN)
    assert caught.value.kiosk_id == stranger.kiosk_id
    assert verify(make(stranger), {**KNOWN, stranger.kiosk_id: stranger.public_key}).kiosk_id == stranger.kiosk_id


def test_signing_with_another_key_in_a_known_kiosks_name_is_a_forgery() -> None:
    forger = DeviceKey.generate()
    _, payload, _ = make(forger).split(".")
    claimed = json.loads(unb64(payload))
    claimed["k"] = KEY.kiosk_id
    signed = PREFIX + b64(json.dumps(claimed, separators=(",", ":")).encode())
    with pytest.raises(ForgedToken):
        verify(f"{signed}.{b64(forger.sign(signed.encode()))}", KNOWN)


def test_a_key_filed_under_the_wrong_id_verifies_nothing() -> None:
    stranger = DeviceKey.generate()
    with pytest.raises(UnknownKiosk):
        verify(make(), {KEY.kiosk_id: stranger.public_key})


def test_the_version_prefix_is_signed() -> None:
    token = make()
    with pytest.raises(MalformedToken):
        verify("KQ2." + token[len(PREFIX):], KNOWN)


def test_another_spelling_of_the_same_signature_bytes_is_refused() -> None:
    token = make()
    head, signature = token.rsplit(".", 1)
    # 64 bytes leave 4 unused bits in the last character; setting one spells the same bytes differently.
    alphabet = string.ascii_uppercase + string.ascii_lowercase + string.digits + "-_"
    respelled = signature[:-1] + alphabet[alphabet.index(signature[-1]) ^ 1]
    assert unb64(respelled) == unb64(signature)
    with pytest.raises(MalformedToken, match="canonical"):
        verify(f"{head}.{respelled}", KNOWN)


@pytest.mark.parametrize("text", [
    "", "KQ1.", "KQ1..", "https://example.org/", "KQ1.e30.AAAA", "KQ1.!!!!.AAAA", "kq1." + "A" * 100,
    "KQ1." + "A" * 2000, "KQ1.a.b.c",
])
def test_what_is_not_a_token_is_malformed(text: str) -> None:
    with pytest.raises(MalformedToken):
        verify(text, KNOWN)


def test_surrounding_whitespace_from_a_scanner_is_forgiven() -> None:
    assert verify(f"  {make()}\n", KNOWN).reference == REFERENCE


@given(st.text(max_size=400))
def test_verifying_any_text_either_succeeds_or_raises_a_token_error(text: str) -> None:
    try:
        verify(text, KNOWN)
    except TokenError:
        pass


@given(st.binary(max_size=300))
def test_any_payload_bytes_are_refused_without_a_crash(data: bytes) -> None:
    with pytest.raises(TokenError):
        verify(f"{PREFIX}{b64(data)}.{b64(bytes(64))}", KNOWN)


def test_issuing_refuses_what_it_cannot_sign_honestly() -> None:
    with pytest.raises(InvalidReference):
        make(reference=REFERENCE[:-1] + ("A" if REFERENCE[-1] != "A" else "B"))  # a mistyped check character
    with pytest.raises(ValueError, match="naive"):
        make(start=START.replace(tzinfo=timezone(timedelta(hours=5))))
    with pytest.raises(ValueError, match="time zone"):
        make(issued_at=datetime(2026, 11, 20, 8, 15))
    with pytest.raises(ValueError, match="not an id"):
        make(service_id="visa submission")
    with pytest.raises(ValueError, match="name"):
        make(name="  ")


def test_a_token_can_be_read_without_a_key_but_only_verify_trusts_it() -> None:
    stranger = DeviceKey.generate()
    token = make(stranger)
    assert unverified_claims(token).kiosk_id == stranger.kiosk_id
    with pytest.raises(UnknownKiosk):
        verify(token, KNOWN)
