from datetime import date, datetime, time

import pytest

from kiosk.booking.schedule import (
    Closure,
    MonthlyDay,
    Schedule,
    TimeRange,
    closure_from_json,
    closure_to_json,
    is_closed,
    parse_month_day,
    parse_monthly,
    parse_time_range,
    parse_weekday,
    schedule_from_json,
    schedule_to_json,
    slot_starts,
)


def test_a_time_range_is_read_from_what_authors_write() -> None:
    assert parse_time_range("09:00-13:00") == TimeRange(time(9), time(13))
    assert parse_time_range("9:30 – 12:15") == TimeRange(time(9, 30), time(12, 15))


@pytest.mark.parametrize("text", ["13:00-09:00", "09:00-09:00", "09:00", "9-13", "09:00-13:00-15:00", "25:00-26:00"])
def test_a_time_range_must_open_before_it_closes(text: str) -> None:
    with pytest.raises(ValueError, match=r"HH:MM|open before"):
        parse_time_range(text)


def test_weekdays_are_short_or_full_english_names() -> None:
    assert [parse_weekday(day) for day in ("mon", "Tuesday", "SUN")] == [0, 1, 6]
    with pytest.raises(ValueError, match="not a weekday"):
        parse_weekday("tues")


@pytest.mark.parametrize(("rule", "day", "expected"), [
    ("2nd tue", date(2027, 1, 12), True),
    ("2nd tue", date(2027, 1, 5), False),
    ("2nd tue", date(2027, 1, 19), False),
    ("1st fri", date(2027, 1, 1), True),
    ("last fri", date(2027, 2, 26), True),
    ("last fri", date(2027, 2, 19), False),
    ("last fri", date(2027, 1, 29), True),
    ("5th fri", date(2027, 1, 29), True),
    ("4th fri", date(2027, 1, 29), False),
])
def test_monthly_rules_pick_the_nth_weekday_of_every_month(rule: str, day: date, expected: bool) -> None:
    assert parse_monthly(rule).falls_on(day) is expected


def test_a_fifth_weekday_only_happens_in_some_months() -> None:
    fifth_monday = parse_monthly("5th mon")
    january = [day for day in range(1, 32) if fifth_monday.falls_on(date(2027, 1, day))]
    february = [day for day in range(1, 29) if fifth_monday.falls_on(date(2027, 2, day))]
    assert (january, february) == ([], [])
    assert fifth_monday.falls_on(date(2027, 3, 29))


@pytest.mark.parametrize("text", ["every 2nd tue", "second tue", "2nd", "0th mon", "2nd tues"])
def test_monthly_rules_are_written_like_2nd_tue(text: str) -> None:
    with pytest.raises(ValueError):
        parse_monthly(text)


def test_days_of_the_year_are_month_and_day() -> None:
    assert parse_month_day("03-21") == (3, 21)
    assert parse_month_day("02-29") == (2, 29)
    for wrong in ("02-30", "13-01", "21.03", "3"):
        with pytest.raises(ValueError):
            parse_month_day(wrong)


def test_a_schedule_runs_on_its_weekdays_dates_and_monthly_days_within_its_period() -> None:
    schedule = Schedule("office", ("svc",), (TimeRange(time(9), time(10)),), weekdays=frozenset({0}),
                        dates=frozenset({date(2027, 1, 14)}), monthly=(MonthlyDay(-1, 4),),
                        valid_from=date(2027, 1, 5), valid_until=date(2027, 1, 31))
    assert schedule.days(date(2027, 1, 1), date(2027, 2, 28)) == [
        date(2027, 1, 11), date(2027, 1, 14), date(2027, 1, 18), date(2027, 1, 25), date(2027, 1, 29)]


def test_closures_close_their_days_for_their_locations() -> None:
    closures = [
        Closure(annual=frozenset({(1, 1)})),
        Closure(ranges=((date(2027, 2, 15), date(2027, 2, 16)),), location_ids=frozenset({"office"})),
        Closure(dates=frozenset({date(2027, 3, 3)}), location_ids=frozenset({"mobile"})),
    ]
    assert is_closed(closures, "mobile", date(2028, 1, 1))
    assert is_closed(closures, "office", date(2027, 2, 16))
    assert not is_closed(closures, "mobile", date(2027, 2, 16))
    assert not is_closed(closures, "office", date(2027, 2, 17))
    assert is_closed(closures, "mobile", date(2027, 3, 3))
    assert not is_closed(closures, "office", date(2027, 3, 3))


def test_slots_follow_each_other_and_a_slot_that_does_not_fit_is_not_made() -> None:
    starts = slot_starts(date(2027, 1, 11), parse_time_range("09:00-10:10"), 20)
    assert starts == [datetime(2027, 1, 11, 9, 0), datetime(2027, 1, 11, 9, 20), datetime(2027, 1, 11, 9, 40)]


def test_schedules_and_closures_survive_storage_unchanged() -> None:
    schedule = Schedule("mobile", ("a", "b"), (TimeRange(time(10), time(12)), TimeRange(time(13), time(15))),
                        dates=frozenset({date(2027, 1, 14)}), monthly=(MonthlyDay(2, 1), MonthlyDay(-1, 4)),
                        valid_from=date(2027, 1, 1), capacity=4)
    closure = Closure(dates=frozenset({date(2027, 3, 3)}), ranges=((date(2027, 2, 15), date(2027, 2, 16)),),
                      annual=frozenset({(3, 21)}), location_ids=frozenset({"office"}), reason={"en": "Navruz"})
    assert schedule_from_json(schedule_to_json(schedule)) == schedule
    assert closure_from_json(closure_to_json(closure)) == closure
