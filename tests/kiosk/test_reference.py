import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.reference import ALPHABET, InvalidReference, check_character, display, new_reference, parse_reference


def test_a_new_code_has_no_look_alike_characters_and_checks_out() -> None:
    for _ in range(200):
        code = new_reference()
        assert len(code) == 8
        assert not set(code) & set("01OI")
        assert parse_reference(code) == code


def test_a_code_is_shown_in_two_groups_of_four() -> None:
    assert display("7KQ4XP9M") == "7KQ4-XP9M"


def test_typing_is_forgiving_about_case_dashes_spaces_and_cyrillic_look_alikes() -> None:
    code = "7KQ4XP9" + check_character("7KQ4XP9")
    typed = f" {code[:4].lower()} - {code[4:]} ".replace("K", "К").replace("P", "Р")  # Cyrillic К and Р
    assert parse_reference(typed) == code


@given(st.text(alphabet=ALPHABET, min_size=7, max_size=7), st.integers(0, 7), st.sampled_from(ALPHABET))
def test_every_single_mistyped_character_is_caught(body: str, position: int, wrong: str) -> None:
    code = body + check_character(body)
    mistyped = code[:position] + wrong + code[position + 1:]
    if mistyped != code:
        with pytest.raises(InvalidReference):
            parse_reference(mistyped)


def test_every_swap_of_two_different_neighbours_is_caught() -> None:
    for body in ("ABCDEFG", "Z9Y8X7W", "2345678"):
        code = body + check_character(body)
        for i in range(len(code) - 1):
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
                with pytest.raises(InvalidReference):
                    parse_reference(swapped)


@pytest.mark.parametrize(("typed", "why"), [
    ("", "8 characters"), ("7KQ4-XP9", "8 characters"), ("7KQ4-XP9MM", "8 characters"),
    ("7KQ0-XP9M", "no reference contains 0"), ("IKQ4-XP9M", "no reference contains I"),
])
def test_what_is_not_a_code_is_refused_with_the_reason(typed: str, why: str) -> None:
    with pytest.raises(InvalidReference, match=why):
        parse_reference(typed)


def test_codes_differ() -> None:
    assert len({new_reference() for _ in range(2000)}) == 2000
