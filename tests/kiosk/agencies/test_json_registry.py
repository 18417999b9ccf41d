"""A registry given as JSON: a list of objects with the CSV's columns as keys, problems told by item and line."""

import csv
import io
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kiosk.agencies.importer import RegistryFileError, looks_like_json, main_import, read_registry
from kiosk.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.store import Store, open_store

GOOD = {"id": "a1", "name": "Zarvin MChJ", "licence_number": "UZ-1", "status": "active", "issued": "2025-01-01"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(DataPaths(tmp_path / "data"))
    yield opened
    opened.close()


def write(tmp_path: Path, text: str, name: str = "registry.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[str]:
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    return [str(problem) for problem in caught.value.problems]


def line_of(text: str, needle: str) -> int:
    """The line of ``text`` (counted from 1) where the object holding ``needle`` starts."""
    return text[:text.rindex("{", 0, text.index(needle))].count("\n") + 1


def test_each_bad_item_is_told_with_the_line_where_it_starts(tmp_path: Path) -> None:
    items = [GOOD,
             {**GOOD, "id": "a2", "licence_number": "UZ-2", "status": "sleeping"},
             {**GOOD, "id": "a3", "licence_number": "UZ-3", "name": "", "expires": "31.02.2026"}]
    text = json.dumps(items, indent=2, ensure_ascii=False)
    second, third = line_of(text, '"sleeping"'), line_of(text, '"UZ-3"')
    assert 1 < second < third
    with pytest.raises(RegistryFileError) as caught:
        read_registry(write(tmp_path, text))
    problems = caught.value.problems
    assert [(p.row, p.line, p.column) for p in problems] == [
        (2, second, "status"), (3, third, "name"), (3, third, "expires")]
    assert str(problems[0]).startswith(f'item 2 (line {second}), column "status": "sleeping" is not a status')
    assert problems[0].file_line == second


def test_the_same_file_as_csv_and_as_json_gives_the_same_agencies(tmp_path: Path) -> None:
    csv_path = BUNDLED_CONTENT_DIR / "agencies" / "registry.csv"
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    json_path = write(tmp_path, json.dumps(rows, indent=1, ensure_ascii=False))
    from_csv, from_json = read_registry(csv_path), read_registry(json_path)
    assert len(from_json) == len(rows) > 100
    assert from_json == from_csv


def test_keys_may_be_any_of_the_csv_column_names(tmp_path: Path) -> None:
    items = [{"Наименование": ["ООО «Велористан»", "Veloriston LLC"], "Номер лицензии": "КР №004512",
              "Статус": "Действует", "Дата выдачи": "01.05.2025", "Страны": ["Южная Корея", "DE:2027-01-01"]}]
    (agency,) = read_registry(write(tmp_path, json.dumps(items, ensure_ascii=False)))
    assert agency.official_name == "ООО «Велористан»" and agency.status == "active"
    assert [(d.country, d.valid_until) for d in agency.destinations] == [("KR", None), ("DE", date(2027, 1, 1))]


def test_two_keys_for_one_column_in_an_item_is_a_problem(tmp_path: Path) -> None:
    text = json.dumps([GOOD, {**GOOD, "id": "a2", "Nomi": "Tolvar"}], indent=2)
    assert problems_of(write(tmp_path, text)) == [
        f'item 2 (line {line_of(text, "Tolvar")}), column "Nomi": is a second "name" field']


def test_the_same_agency_twice_names_where_it_was_first(tmp_path: Path) -> None:
    text = "[\n" + json.dumps(GOOD) + ",\n\n" + json.dumps({**GOOD, "name": "Twin"}) + "\n]\n"
    assert problems_of(write(tmp_path, text)) == ['item 2 (line 4), column "id": same agency as item 1 (line 2)']


@pytest.mark.parametrize(("text", "said"), [
    ('{"name": "X"}', "file: must be a JSON list of agency objects"),
    ('"registry"', "file: must be a JSON list of agency objects"),
    ('[\n  {"name": "X",\n   "status": }\n]', "line 3: is not JSON: Expecting value"),
    ('[\n  {"name": "X"}\n  {"name": "Y"}\n]', "line 3: is not JSON: Expecting ',' delimiter"),
    ('[\n  {"name": "X"}\n', "line 3: is not JSON: Expecting ',' delimiter"),
    ('[{"name": "X"}] trailing', "line 1: is not JSON: Extra data"),
    ("[\n  1,\n  []\n]", None),
])
def test_a_file_that_is_no_list_of_objects_is_told_so(tmp_path: Path, text: str, said: str | None) -> None:
    problems = problems_of(write(tmp_path, text))
    if said is None:
        assert problems == ["item 1 (line 2): is not an object", "item 2 (line 3): is not an object"]
    else:
        assert problems == [said]


def test_an_empty_list_is_an_empty_registry(tmp_path: Path) -> None:
    assert read_registry(write(tmp_path, "\ufeff [ \n ] \n")) == []


def test_a_file_not_named_json_or_csv_is_told_by_its_first_bytes(tmp_path: Path) -> None:
    (agency,) = read_registry(write(tmp_path, "\n  " + json.dumps([GOOD]), "registry.txt"))
    assert agency.id == "a1"
    (agency,) = read_registry(write(tmp_path, "name,licence_number,status,issued\nX,UZ-9,active,2025-01-01\n",
                                    "registry.txt"))
    assert agency.licence_number == "UZ-9"
    assert looks_like_json(b"\xef\xbb\xbf\r\n [") and looks_like_json(b"{")
    assert not looks_like_json(b"name,status\n") and not looks_like_json(b"")


def test_kiosk_agencies_import_prints_a_json_files_problems_by_item_and_line(tmp_path: Path, store: Store) -> None:
    text = json.dumps([GOOD, {**GOOD, "id": "a2", "licence_number": "UZ-2", "countries": "Narnia"}], indent=2)
    path = write(tmp_path, text)
    out = io.StringIO()
    assert main_import(store, path, None, False, out, as_of=date(2026, 11, 20)) == 1
    first, last = out.getvalue().splitlines()
    assert first.startswith(f'item 2 (line {line_of(text, "Narnia")}), column "countries": "Narnia" is not a country')
    assert last == f"{path}: 1 problem(s); nothing was imported"
    good = write(tmp_path, json.dumps([GOOD]), "good.json")
    assert main_import(store, good, None, False, io.StringIO(), as_of=date(2026, 11, 20)) == 0
