import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.booking.errors import InvalidDetails
from kiosk.booking.model import BookingRequest
from kiosk.booking.person import (
    checked_details,
    clean_last4,
    clean_name,
    clean_phone,
    identifies,
    name_key,
    same_person,
)


@pytest.mark.parametrize(("one", "other"), [
    ("Bobur Aliyev", "Aliyev Bobur"),
    ("Bobur Aliyev", "BOBUR   ALIYEV"),
    ("Bobur Aliyev", "Бобур Алиев"),
    ("Oʻktam Yoʻldoshev", "ЙЎЛДОШЕВ Ўктам"),
    ("Oʻktam Yoʻldoshev", "yo'ldoshev o`ktam"),
    ("Xurshid Qodirov", "Хуршид Қодиров"),
    ("Jamshed Shodmonov", "Шодмонов Ҷамшед"),
    ("Chyngyz Aytmatov", "Чыңгыз Айтматов"),
    ("Sergey Ivanov", "Сергей Иванов"),
])
def test_the_same_name_in_any_script_case_or_order_is_one_name(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(("one", "other"), [
    ("Bobur Aliyev", "Bobur Aliyeva"),
    ("Bobur Aliyev", "Bobur"),
    ("Ali Valiyev", "Vali Aliyev"),
])
def test_different_names_stay_different(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


@given(st.permutations(["Gʻulom", "Oʻrinov", "Toshpoʻlat", "oʻgʻli"]), st.sampled_from([str.upper, str.lower, str]))
def test_word_order_and_case_never_change_the_key(words: list[str], case: object) -> None:
    assert callable(case)
    assert name_key(case(" ".join(words))) == name_key("Gʻulom Oʻrinov Toshpoʻlat oʻgʻli")


def test_namesakes_are_told_apart_only_by_the_passport_digits_both_gave() -> None:
    key = name_key("Bobur Aliyev")
    assert same_person(key, "1234", key, "1234")
    assert not same_person(key, "1234", key, "5678")
    # Leaving the digits out cannot get a second booking past the rule.
    assert same_person(key, "", key, "1234")
    assert same_person(key, "1234", key, "")
    assert not same_person(key, "", name_key("Bobur Aliyeva"), "")


def test_details_are_cleaned_and_the_person_key_made() -> None:
    details = checked_details(BookingRequest("slot", "  Bobur   Aliyev ", " +000 90 123 45 67 ", " 12 34", "uz-Latn"))
    assert (details.name, details.phone, details.passport_last4) == ("Bobur Aliyev", "+000 90 123 45 67", "1234")
    assert details.person_key == name_key("Aliyev Bobur")


def test_phone_and_passport_digits_are_optional() -> None:
    details = checked_details(BookingRequest("slot", "Bobur"))
    assert (details.phone, details.passport_last4, details.language) == ("", "", "en")


@pytest.mark.parametrize("name", ["", "   ", "1234", "--", "A" * 101, "Bobur\x00Aliyev", "Bobur\u202eAliyev"])
def test_a_name_is_required_and_must_be_a_name(name: str) -> None:
    with pytest.raises(InvalidDetails) as caught:
        clean_name(name)
    assert caught.value.field == "name"


@pytest.mark.parametrize("phone", ["+000 12 345 6789", "000123456", "+00012345678901", "12 34 5"])
def test_phones_of_digits_spaces_and_a_leading_plus_are_taken(phone: str) -> None:
    assert clean_phone(phone) == " ".join(phone.split())


@pytest.mark.parametrize("phone", ["+", "call me", "000-123-456", "000 123 456 ext 7", "00+0123456", "1234",
                                   "1234567890123456", "(000) 123456", "٠١٢٣٤٥٦٧"])
def test_anything_else_in_the_phone_box_is_refused(phone: str) -> None:
    with pytest.raises(InvalidDetails) as caught:
        clean_phone(phone)
    assert caught.value.field == "phone"


@pytest.mark.parametrize("typed", ["123", "12345", "12a4", "AA1234567", "١٢٣٤", "１２３４"])
def test_passport_digits_must_be_exactly_the_last_four(typed: str) -> None:
    # A full passport number is refused, never cut down to four and kept.
    with pytest.raises(InvalidDetails) as caught:
        clean_last4(typed)
    assert caught.value.field == "passport_last4"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidDetails) as caught:
        checked_details(BookingRequest("slot", "Bobur", language="uz"))
    assert caught.value.field == "language"


def test_the_surname_alone_or_the_passport_digits_identify_the_holder() -> None:
    assert identifies("Aliyev", "Bobur Aliyev", "1234")
    assert identifies("алиев бобур", "Bobur Aliyev", "")
    assert identifies("1234", "Bobur Aliyev", "1234")
    assert identifies(" 12 34 ", "Bobur Aliyev", "1234")


def test_a_wrong_name_or_digits_do_not_identify_the_holder() -> None:
    assert not identifies("Valiyev", "Bobur Aliyev", "1234")
    assert not identifies("Bobur Aliyev Karimovich", "Bobur Aliyev", "1234")
    assert not identifies("5678", "Bobur Aliyev", "1234")
    assert not identifies("1234", "Bobur Aliyev", "")  # no digits were given at booking
    assert not identifies("", "Bobur Aliyev", "1234")
    assert not identifies("Ali Ali", "Ali Valiyev", "")
