import pytest

from kiosk.staff import DEMO_PIN, PinLock, PinOutcome, hash_pin, is_pin_hash, verify_pin


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_the_pin_is_stored_only_as_a_salted_hash() -> None:
    first, second = hash_pin("482915"), hash_pin("482915")
    assert "482915" not in first
    assert first != second  # different salts
    assert is_pin_hash(first)
    assert verify_pin("482915", first)
    assert not verify_pin("482916", first)


@pytest.mark.parametrize("bad", ["123", "abcd", "1234567890123", "１２３４", ""])
def test_a_pin_is_four_to_twelve_ascii_digits(bad: str) -> None:
    with pytest.raises(ValueError):
        hash_pin(bad)


def test_five_wrong_pins_lock_the_menu_for_the_configured_time() -> None:
    clock = Clock()
    lock = PinLock(hash_pin("482915"), max_attempts=5, lockout_seconds=300, clock=clock)
    results = [lock.attempt("000000") for _ in range(5)]
    assert [r.outcome for r in results] == [PinOutcome.WRONG] * 4 + [PinOutcome.LOCKED]
    assert [r.attempts_left for r in results[:4]] == [4, 3, 2, 1]

    # Even the right PIN is refused while locked.
    assert lock.attempt("482915").outcome is PinOutcome.LOCKED
    clock.now += 299
    assert lock.locked_for() == 1
    assert lock.attempt("482915").outcome is PinOutcome.LOCKED

    clock.now += 2
    assert lock.attempt("482915").outcome is PinOutcome.ACCEPTED


def test_a_right_pin_resets_the_count_of_wrong_ones() -> None:
    lock = PinLock(hash_pin("482915"), max_attempts=3, lockout_seconds=60, clock=Clock())
    lock.attempt("1111")
    lock.attempt("1111")
    assert lock.attempt("482915").outcome is PinOutcome.ACCEPTED
    assert lock.attempt("1111").attempts_left == 2


def test_without_a_configured_hash_only_the_demo_pin_opens() -> None:
    lock = PinLock("", max_attempts=5, lockout_seconds=60, clock=Clock())
    assert lock.uses_demo_pin
    assert lock.attempt("0000").outcome is PinOutcome.WRONG
    assert lock.attempt(DEMO_PIN).outcome is PinOutcome.ACCEPTED


def test_a_badge_secret_is_hashed_like_a_pin_and_may_hold_letters() -> None:
    from kiosk.staff import hash_secret, verify_secret

    hashed = hash_secret("Qx7-kP2m!z")
    assert is_pin_hash(hashed)
    assert "Qx7-kP2m!z" not in hashed
    assert verify_secret("Qx7-kP2m!z", hashed)
    assert not verify_secret("Qx7-kP2m!Z", hashed)
    assert verify_secret("482915", hash_pin("482915"))


@pytest.mark.parametrize("bad", ["short", "has space1", "x" * 65, "пароль123", ""])
def test_a_badge_secret_is_six_to_sixty_four_printable_ascii_characters(bad: str) -> None:
    from kiosk.staff import hash_secret

    with pytest.raises(ValueError):
        hash_secret(bad)
