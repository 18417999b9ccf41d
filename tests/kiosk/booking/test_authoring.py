"""The catalogue administrators author: the bundled demo, and what the check says about mistakes."""

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

import pytest

from kiosk import languages
from kiosk.booking.authoring import CatalogueError, check_catalogue, read_catalogue
from kiosk.booking.slots import generate_slots
from kiosk.paths import BUNDLED_CONTENT_DIR
from kiosk.text.uzbek import latin_to_cyrillic

BUNDLED = BUNDLED_CONTENT_DIR / "booking"
FICTIONAL = {"en": "fictional", "ru": "вымышлен", "uz-Latn": "toʻqima", "uz-Cyrl": "тўқима",
             "ky": "ойдон чыгарылган", "tg": "тахайюлӣ"}


def test_the_bundled_catalogue_has_no_problems_at_all() -> None:
    report = check_catalogue(BUNDLED, today=date(2026, 12, 4))
    assert [str(problem) for problem in report.problems] == []
    assert report.files == 4


def test_the_bundled_catalogue_has_the_four_services_and_fixed_and_mobile_offices() -> None:
    catalogue = read_catalogue(BUNDLED)
    assert {service.id for service in catalogue.services} == {
        "visa-submission", "pre-departure-orientation", "language-test-registration", "legal-consultation"}
    kinds = defaultdict(int)
    for location in catalogue.locations:
        kinds[location.kind] += 1
    assert kinds["office"] >= 2 and kinds["mobile"] >= 2


def test_every_bundled_text_is_in_all_six_languages_with_uzbek_cyrillic_generated() -> None:
    catalogue = read_catalogue(BUNDLED)
    texts = [texts for location in catalogue.locations for texts in (location.names, location.address, location.town)]
    texts += [service.names for service in catalogue.services]
    for per_language in texts:
        assert set(per_language) == set(languages.TAGS)
        assert per_language["uz-Cyrl"] == latin_to_cyrillic(per_language["uz-Latn"])
        assert "'" not in per_language["uz-Latn"] and "‘" not in per_language["uz-Latn"]  # oʻ and gʻ are U+02BB
    for service in catalogue.services:
        assert set(service.documents) == set(languages.TAGS)
        assert len({len(items) for items in service.documents.values()}) == 1
        assert service.documents["uz-Cyrl"] == tuple(latin_to_cyrillic(item) for item in service.documents["uz-Latn"])


def test_every_bundled_location_is_fictional_and_says_so_in_every_language() -> None:
    for location in read_catalogue(BUNDLED).locations:
        assert location.fictional
        for tag, word in FICTIONAL.items():
            assert word in location.names[tag].lower(), (location.id, tag)
            assert word in location.address[tag].lower(), (location.id, tag)


def test_the_mobile_offices_have_dated_visits_from_december_to_march() -> None:
    catalogue = read_catalogue(BUNDLED)
    mobile = {location.id for location in catalogue.locations if location.kind == "mobile"}
    dated = [day for schedule in catalogue.schedules if schedule.location_id in mobile for day in schedule.dates]
    assert dated and all(date(2026, 12, 1) <= day <= date(2027, 3, 31) for day in dated)
    assert any(schedule.monthly for schedule in catalogue.schedules if schedule.location_id in mobile)


def test_the_demo_can_be_booked_everywhere_on_any_day_of_the_next_three_years() -> None:
    # From the day the demo shipped, every service at every place that offers it has a
    # slot inside a 30-day window starting tomorrow: dated visits run out, monthly
    # rounds and weekly hours do not, and holidays never leave a month-long gap.
    catalogue = read_catalogue(BUNDLED)
    first = date(2026, 12, 4)  # pinned: the same answer on any day the tests run
    last = first + timedelta(days=3 * 365 + 31)
    days: dict[tuple[str, str], set[date]] = defaultdict(set)
    for slot in generate_slots(catalogue.service_map(), catalogue.schedules, catalogue.closures, first, last):
        days[(slot.location_id, slot.service_id)].add(slot.day)
    offered = {(schedule.location_id, service_id) for schedule in catalogue.schedules
               for service_id in schedule.service_ids}
    assert set(days) == offered
    for pair, open_days in days.items():
        for offset in range(3 * 365):
            today = first + timedelta(days=offset)
            assert any(today < day <= today + timedelta(days=30) for day in open_days), (pair, today)


# -- mistakes -------------------------------------------------------------------------

ALL = 'uz-Latn = "x", ru = "x", ky = "x", tg = "x", en = "x"'
GOOD = {
    "locations.toml": f"""[[location]]
id = "office-a"
kind = "office"
name = {{ {ALL} }}
address = {{ {ALL} }}
town = {{ {ALL} }}

[[location]]
id = "mobile-b"
kind = "mobile"
name = {{ {ALL} }}
address = {{ {ALL} }}
town = {{ {ALL} }}
""",
    "services.toml": f"""[[service]]
id = "consult"
duration_minutes = 30
capacity = 2
lead_minutes = 60
name = {{ {ALL} }}
documents = {{ uz-Latn = ["a"], ru = ["a"], ky = ["a"], tg = ["a"], en = ["a"] }}
""",
    "schedules.toml": """[[hours]]
location = "office-a"
services = ["consult"]
weekdays = ["mon", "tue"]
times = ["09:00-12:00"]

[[visit]]
location = "mobile-b"
services = ["consult"]
monthly = ["2nd tue"]
times = ["10:00-12:00"]
""",
    "closures.toml": """[[closure]]
annual = ["01-01"]
""",
}


def write(folder: Path, **changed: str) -> Path:
    for name, text in {**GOOD, **{key.replace("_", ".", 1): value for key, value in changed.items()}}.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def problems(folder: Path) -> list[str]:
    report = check_catalogue(folder, today=date(2027, 1, 1))
    return [str(problem).replace(f"{folder}/", "") for problem in report.problems]


def test_a_small_good_catalogue_reads_without_problems(tmp_path: Path) -> None:
    assert problems(write(tmp_path)) == []
    catalogue = read_catalogue(write(tmp_path))
    assert [location.id for location in catalogue.locations] == ["office-a", "mobile-b"]
    assert catalogue.locations[0].names["uz-Cyrl"] == "х"


def test_problems_in_locations_are_reported_at_their_lines(tmp_path: Path) -> None:
    locations = GOOD["locations.toml"] + f"""
[[location]]
id = "office-a"
kind = "shop"
colour = "red"
[location.name]
uz-Latn = "Ofis"
ru = "Офис"
ky = "Кеңсе"
en = "Office"
[location.address]
{ALL.replace(", ", chr(10))}
[location.town]
{ALL.replace(", ", chr(10)).replace('en = "x"', 'en = "[[FILL: the town]]"')}
"""
    assert problems(write(tmp_path, locations_toml=locations)) == [
        "locations.toml:16: error: duplicate location id 'office-a' (first at line 1)",
        "locations.toml:17: error: kind must be 'office' or 'mobile', not 'shop'",
        "locations.toml:18: error: unknown key 'colour' in [[location]]; allowed: id, kind, fictional, name, address, "
        "town",
        "locations.toml:19: error: name has no text in tg",
        "locations.toml:35: warning: placeholder to fill: the town",
    ]


def test_problems_in_services_are_reported_at_their_lines(tmp_path: Path) -> None:
    services = f"""[[service]]
id = "consult"
duration_minutes = 30
capacity = 0
lead_minutes = 60
name = {{ {ALL} }}
[service.documents]
uz-Latn = ["a", "b"]
ru = ["a", "b"]
ky = ["a"]
tg = ["a", "b"]
en = ["a", "b"]
"""
    assert problems(write(tmp_path, services_toml=services)) == [
        "services.toml:4: error: capacity must be a whole number from 1 to 500, not 0",
        "services.toml:10: error: documents in ky has 1 items, in en 2: every language lists the same documents",
    ]


def test_every_service_says_how_far_ahead_it_must_be_booked(tmp_path: Path) -> None:
    without = GOOD["services.toml"].replace("lead_minutes = 60\n", "")
    assert problems(write(tmp_path, services_toml=without)) == [
        "services.toml:1: error: lead_minutes is required (a whole number from 0 to 10080)"]
    too_long = GOOD["services.toml"].replace("lead_minutes = 60", "lead_minutes = 20000")
    assert problems(write(tmp_path, services_toml=too_long)) == [
        "services.toml:5: error: lead_minutes must be a whole number from 0 to 10080, not 20000"]


def test_problems_in_schedules_are_reported_at_their_lines(tmp_path: Path) -> None:
    schedules = GOOD["schedules.toml"] + """
[[hours]]
location = "office-a"
services = ["consult", "nothing"]
weekdays = ["mon", "tues"]
times = ["13:00-13:20", "15:00-14:00"]

[[visit]]
location = "office-a"
services = ["consult"]
dates = ["2027-01-14"]
times = ["10:00-12:00"]

[[hours]]
location = "office-a"
services = ["consult"]
weekdays = ["tue"]
times = ["11:30-13:00"]
"""
    assert problems(write(tmp_path, schedules_toml=schedules)) == [
        "schedules.toml:15: error: no service 'nothing' in services.toml",
        "schedules.toml:16: error: weekdays: 'tues' is not a weekday (mon, tue, wed, thu, fri, sat, sun)",
        "schedules.toml:17: error: 13:00-13:20 is shorter than one 'consult' appointment (30 minutes)",
        "schedules.toml:17: error: times: '15:00-14:00' must open before it closes, on the same day",
        "schedules.toml:20: error: 'office-a' is a fixed office: give its weekly [[hours]]",
        "schedules.toml:22: error: dates: '2027-01-14' is not a date (write dates without quotes: 2027-01-15)",
        "schedules.toml:25: error: overlaps the schedule at schedules.toml:1 for consult on 2027-01-05: "
        "the same seats would be sold twice",
    ]


def test_a_schedule_that_has_run_out_and_unused_entries_are_warned_about(tmp_path: Path) -> None:
    schedules = GOOD["schedules.toml"].replace('monthly = ["2nd tue"]', "dates = [2026-12-01]")
    locations = GOOD["locations.toml"] + f"""
[[location]]
id = "office-c"
kind = "office"
name = {{ {ALL} }}
address = {{ {ALL} }}
town = {{ {ALL} }}
"""
    assert problems(write(tmp_path, schedules_toml=schedules, locations_toml=locations)) == [
        "locations.toml:15: warning: location 'office-c' has no schedule",
        "schedules.toml:7: warning: offers no day from 2027-01-01 on: nobody can book it",
    ]


def test_problems_in_closures_are_reported_at_their_lines(tmp_path: Path) -> None:
    closures = GOOD["closures.toml"] + """
[[closure]]
locations = ["nowhere"]
from = 2027-02-15
annual = ["02-30"]
[closure.reason]
en = "Closed"
"""
    assert problems(write(tmp_path, closures_toml=closures)) == [
        "closures.toml:5: error: no location 'nowhere' in locations.toml",
        "closures.toml:6: error: a closed period needs both from and until",
        "closures.toml:7: error: annual: '02-30' is not a day of the year as MM-DD",
        "closures.toml:8: warning: reason has no text in uz-Latn, ru, ky, tg",
    ]


def test_broken_toml_and_missing_files_are_reported(tmp_path: Path) -> None:
    write(tmp_path, services_toml='[[service]]\nid = "consult"\nname = {\n')
    (tmp_path / "closures.toml").unlink()
    found = problems(tmp_path)
    assert found[0] == "closures.toml:1: error: missing: the booking catalogue needs this file"
    assert found[-1].startswith("services.toml:3: error: not valid TOML:")


def test_entries_that_are_not_tables_and_toml_nested_too_deeply_are_reported(tmp_path: Path) -> None:
    write(tmp_path, locations_toml="location = [1]\n", schedules_toml="hours = " + "[" * 5000 + "\n")
    found = problems(tmp_path)
    assert "locations.toml:1: error: write each location as a [[location]] table" in found
    assert "schedules.toml:1: error: not valid TOML: nested too deeply" in found


def test_reading_a_catalogue_with_errors_raises_with_every_problem(tmp_path: Path) -> None:
    write(tmp_path, services_toml=GOOD["services.toml"].replace("capacity = 2", "capacity = -1"))
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(tmp_path)
    assert "capacity must be a whole number" in str(caught.value)
    assert [problem.line for problem in caught.value.problems] == [4]


def test_the_checker_can_be_run_on_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from kiosk.booking.__main__ import main

    assert main([str(BUNDLED)]) == 0
    write(tmp_path, services_toml=GOOD["services.toml"].replace("capacity = 2", "capacity = -1"))
    assert main([str(tmp_path)]) == 1
    printed = capsys.readouterr().out.splitlines()
    assert printed[-2] == f"{tmp_path}/services.toml:4: error: capacity must be a whole number from 1 to 500, not -1"
    assert printed[-1] == "1 error, 0 warnings in 4 files"
