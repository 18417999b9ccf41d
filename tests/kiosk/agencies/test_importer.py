import gc
import io
import json
from datetime import date
from pathlib import Path

import pytest

from kiosk.agencies import sample
from kiosk.agencies.importer import (
    HeaderMapping,
    MappingFileError,
    RegistryFileError,
    RowProblem,
    main_import,
    read_registry,
)
from kiosk.agencies.registry import STATUSES, Destination, StatusChange, get_agency, registry_as_of
from kiosk.paths import BUNDLED_CONTENT_DIR, DataPaths
from kiosk.store import Store, open_store

HEADER = "id,name,licence_number,status,status_since,issued,expires,countries,reason\n"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = open_store(DataPaths(tmp_path / "data"))
    yield opened  # type: ignore[misc]
    opened.close()


def write(tmp_path: Path, text: str, name: str = "registry.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_dates_in_iso_and_day_month_year(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER
                 + "a1,Zarvin MChJ,UZ-1,active,2025-05-01,2025-05-01,01.05.2027,KR:2027-05-01|DE,\n"
                 + "a2,Tolvar LLC,UZ-2,active,,1.5.2025,2026-05-01,\"KR, JP:30.04.2026\",\n")
    first, second = read_registry(path)
    assert first.issued == date(2025, 5, 1) and first.expires == date(2027, 5, 1)
    assert [(d.country, d.valid_until) for d in first.destinations] == [("KR", date(2027, 5, 1)), ("DE", None)]
    assert second.status_since == second.issued == date(2025, 5, 1)  # defaults to the issue date
    assert [(d.country, d.valid_until) for d in second.destinations] == [("KR", None), ("JP", date(2026, 4, 30))]


def test_bom_semicolons_and_russian_headers(tmp_path: Path) -> None:
    text = ("Наименование;Номер лицензии;Статус;Дата выдачи;Срок действия;Страны;Примечание\n"
            "ООО «Велористан» | Veloriston LLC;КР №004512;Действует;01.05.2025;01.05.2026;KR|DE;x\n"
            "ОсОО «Тармалык»;КР №004513;приостановлена;01.05.2025;;PL;\n")
    path = write(tmp_path, "\ufeff" + text)
    agencies = read_registry(path)
    assert [a.status for a in agencies] == ["active", "suspended"]
    assert agencies[0].id == "KP004512"
    assert [(n.name, n.kind) for n in agencies[0].names] == [("ООО «Велористан»", "official"),
                                                              ("Veloriston LLC", "aka")]


def test_uzbek_headers_in_both_scripts_and_uzbek_statuses(tmp_path: Path) -> None:
    latin = "Nomi,Litsenziya raqami,Holati,Berilgan sana,Amal qilish muddati,Davlatlar\n"
    cyrillic = "Номи,Литсензия рақами,Ҳолати,Берилган сана,Амал қилиш муддати,Давлатлар\n"
    row_a = "Zarvin MChJ,UZ-1,bekor qilingan,2025-01-01,2026-01-01,KR\n"
    row_b = "Зарвин МЧЖ,UZ-2,муддати ўтган,2024-01-01,2025-01-01,TR\n"
    for index, header in enumerate((latin, cyrillic)):
        agencies = read_registry(write(tmp_path, header + row_a + row_b, f"r{index}.csv"))
        assert [a.status for a in agencies] == ["revoked", "expired"]


def test_every_russian_status_word_is_understood(tmp_path: Path) -> None:
    words = ["действует", "приостановлена", "отозвана", "истекла", "отказано"]
    rows = "".join(f"a{i},N{i},L{i},{word},2025-01-01,,,,\n" for i, word in enumerate(words))
    assert [a.status for a in read_registry(write(tmp_path, HEADER + rows))] == list(STATUSES)


def test_a_mapping_file_names_other_columns(tmp_path: Path) -> None:
    mapping_path = write(tmp_path, '[columns]\nname = ["Company"]\nlicence_number = ["Permit No."]\n', "map.toml")
    path = write(tmp_path, "Company,Permit No.,Status,Issued\nTolvar LLC,UZ 7,licensed,2025-01-01\n")
    with pytest.raises(RegistryFileError):
        read_registry(path)
    (agency,) = read_registry(path, HeaderMapping.load(mapping_path))
    assert (agency.official_name, agency.licence_number, agency.status) == ("Tolvar LLC", "UZ 7", "active")
    with pytest.raises(MappingFileError):
        HeaderMapping.load(write(tmp_path, '[columns]\nnonsense = ["x"]\n', "bad.toml"))


def test_every_bad_row_is_reported_with_row_column_and_reason(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER
                 + "a1,Good LLC,UZ-1,active,2025-01-01,,,,\n"
                 + "a2,Bad Date LLC,UZ-2,active,2025-01-01,,31.02.2026,,\n"
                 + "a3,,UZ-3,closed,2025-01-01,,,KOR,\n"
                 + "a1,Twin LLC,UZ-4,active,2025-01-01,,,,\n")
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    problems = caught.value.problems
    assert [(p.row, p.column) for p in problems] == [
        (3, "expires"), (4, "name"), (4, "status"), (4, "countries"), (5, "id")]
    assert str(problems[0]) == 'row 3, column "expires": "31.02.2026" is not a date (use 2026-05-01 or 01.05.2026)'
    assert "same agency as row 2" in problems[-1].reason


def test_problems_name_the_column_as_the_file_does(tmp_path: Path) -> None:
    path = write(tmp_path, "Наименование;Номер лицензии;Статус;Дата выдачи;Срок действия\n"
                 "X;1;действует;01.01.2025;завтра\n")
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    assert caught.value.problems == [
        RowProblem(2, "Срок действия", '"завтра" is not a date (use 2026-05-01 or 01.05.2026)')]


def test_missing_columns_and_bad_encoding_are_reported(tmp_path: Path) -> None:
    with pytest.raises(RegistryFileError) as caught:
        read_registry(write(tmp_path, "name,expires\nX,2026-01-01\n"))
    assert [(p.row, p.column) for p in caught.value.problems] == [(1, "licence_number"), (1, "status")]
    with pytest.raises(RegistryFileError) as caught:
        read_registry(write(tmp_path, "name,licence_number,status\nÖzbek,1,active\n", encoding="cp1252"))
    assert caught.value.problems[0].row == 2
    assert "UTF-8" in caught.value.problems[0].reason


def test_json_uses_the_canonical_keys(tmp_path: Path) -> None:
    items = [{"id": "a1", "name": ["Zarvin MChJ", "Зарвин МЧЖ"], "licence_number": "UZ-1", "status": "active",
              "issued": "2025-01-01", "countries": ["KR:2027-05-01", "DE"], "fictional": True},
             {"id": "a2", "name": "X", "licence_number": "UZ-2", "status": "nonsense", "issued": "2025-01-01"}]
    path = write(tmp_path, json.dumps(items, ensure_ascii=False), "registry.json")
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    assert str(caught.value.problems[0]).startswith('item 2, column "status"')
    items.pop()
    (agency,) = read_registry(write(tmp_path, json.dumps(items), "registry.json"))
    assert agency.fictional and len(agency.names) == 2 and len(agency.destinations) == 2


def run(store: Store, path: Path, dry_run: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    code = main_import(store, path, None, dry_run, out, as_of=date(2026, 11, 20))
    return code, out.getvalue()


def test_a_file_with_one_bad_row_changes_nothing(store: Store, tmp_path: Path) -> None:
    assert run(store, write(tmp_path, HEADER + "a1,Good LLC,UZ-1,active,2025-01-01,,,,\n")) == (
        0, "added 1, changed 0, removed 0\n")
    bad = write(tmp_path, HEADER + "a2,New LLC,UZ-2,active,2025-01-01,,,,\n"
                + "a3,Bad LLC,UZ-3,active,2025-01-01,,14.13.2026,,\n", "bad.csv")
    code, output = run(store, bad)
    assert code == 1
    assert 'row 3, column "expires": "14.13.2026" is not a date' in output
    assert "nothing was imported" in output
    assert get_agency(store, "a1") is not None and get_agency(store, "a2") is None


def test_second_import_summary_history_and_dry_run(store: Store, tmp_path: Path) -> None:
    first = write(tmp_path, HEADER + "a1,One LLC,UZ-1,active,2025-01-01,,,,\n"
                  + "a2,Two LLC,UZ-2,active,2025-01-01,,,,\n")
    run(store, first)
    second = write(tmp_path, HEADER + "a1,One LLC,UZ-1,suspended,02.03.2026,,,,fees taken\n"
                   + "a3,Three LLC,UZ-3,active,2025-01-01,,,,\n", "second.csv")
    before = store.db.execute("SELECT count(*) FROM agency_status_history").fetchone()[0]
    assert run(store, second, dry_run=True) == (0, "dry run: added 1, changed 1, removed 1; nothing was changed\n")
    assert get_agency(store, "a2") is not None and get_agency(store, "a3") is None
    assert store.db.execute("SELECT count(*) FROM agency_status_history").fetchone()[0] == before

    assert run(store, second) == (0, "added 1, changed 1, removed 1\n")
    a1 = get_agency(store, "a1")
    assert a1 is not None
    assert [(h.status, h.since, h.reason) for h in a1.history] == [
        ("active", date(2025, 1, 1), ""), ("suspended", date(2026, 3, 2), "fees taken")]
    assert registry_as_of(store) == date(2026, 11, 20)
    assert run(store, second) == (0, "added 0, changed 0, removed 0\n")


def test_unknown_columns_are_named_not_silently_dropped(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "name,licence_number,status,issued,Expiery\nX,1,active,2025-01-01,2026-01-01\n")
    code, output = run(store, path)
    assert code == 0
    assert 'ignored columns: "Expiery"' in output


def test_the_bundled_sample_imports_cleanly_and_covers_every_status_and_script(store: Store) -> None:
    path = BUNDLED_CONTENT_DIR / "agencies" / "registry.csv"
    agencies = read_registry(path)
    assert len(agencies) >= 300
    assert all(a.fictional for a in agencies)
    assert {a.status for a in agencies} == set(STATUSES)
    names = [n.name for a in agencies for n in a.names]
    assert any(name.isascii() for name in names)
    assert any("MChJ" in name for name in names) and any("МЧЖ" in name for name in names)
    assert any("ООО" in name for name in names) and any("ОсОО" in name for name in names)
    assert all(a.website.endswith(".example") and a.phone.startswith("+000") for a in agencies)
    assert all("[[FILL:" in a.authority for a in agencies)
    code, output = run(store, path)
    assert (code, output) == (0, f"added {len(agencies)}, changed 0, removed 0\n")


def test_the_bundled_sample_is_what_the_generator_makes(tmp_path: Path) -> None:
    out = tmp_path / "regenerated.csv"
    assert sample.main([str(out), "--count", "320", "--seed", "2026"]) == 0
    assert out.read_bytes() == (BUNDLED_CONTENT_DIR / "agencies" / "registry.csv").read_bytes()
    assert sample.generate(50, 1) == sample.generate(50, 1)


def test_a_bad_byte_far_down_the_file_is_found_on_its_line(tmp_path: Path) -> None:
    rows = "".join(f"a{i},Agency {i} LLC,UZ-{i},active,2025-01-01,,,,\n" for i in range(5000))
    path = tmp_path / "registry.csv"
    path.write_bytes((HEADER + rows).encode() + b"a9,\xff\xfe LLC,UZ-9,active,2025-01-01,,,,\n")
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    assert [(p.row, p.reason) for p in caught.value.problems] == [
        (5002, 'is not UTF-8 text (save the file as "CSV UTF-8")')]


def test_a_file_that_is_not_utf8_is_told_so_before_its_missing_columns(tmp_path: Path) -> None:
    path = tmp_path / "registry.csv"
    path.write_bytes(b"name,expires\nX,2026-01-01\n" + "Özbek,2026-01-01\n".encode("cp1252"))
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    assert [p.row for p in caught.value.problems] == [3]
    assert "UTF-8" in caught.value.problems[0].reason


def test_rows_are_numbered_as_records_and_blank_rows_are_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + 'a1,"Two\nLines LLC",UZ-1,active,2025-01-01,,,,\n'
                 + " , ,  ,,,,,,\n" + "a2,Bad LLC,UZ-2,active,2025-01-01,,31.02.2026,,\n")
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(4, "expires")]


def test_every_row_with_the_same_bad_cell_is_reported(tmp_path: Path) -> None:
    rows = "".join(f"a{i},N{i},L{i},active,2025-01-01,,01.13.2026,\"KR,KOR\",\n" for i in range(3))
    with pytest.raises(RegistryFileError) as caught:
        read_registry(write(tmp_path, HEADER + rows))
    assert [(p.row, p.column) for p in caught.value.problems] == [
        (row, column) for row in (2, 3, 4) for column in ("expires", "countries")]


def test_rows_that_share_cells_make_equal_agencies(tmp_path: Path) -> None:
    rows = "".join(f"a{i},N{i},L{i},suspended,2025-02-01,2025-01-01,2026-01-01,KR:2025-06-01|DE,inspection\n"
                   for i in range(3))
    agencies = read_registry(write(tmp_path, HEADER + rows))
    assert [(a.destinations, a.history, a.status_since) for a in agencies] == [
        ((Destination("KR", date(2025, 6, 1)), Destination("DE", None)),
         (StatusChange("suspended", date(2025, 2, 1), "inspection"),), date(2025, 2, 1))] * 3


def test_reading_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    good = write(tmp_path, HEADER + "a1,Good LLC,UZ-1,active,2025-01-01,,,,\n")
    bad = write(tmp_path, HEADER + "a1,Bad LLC,UZ-1,closed,2025-01-01,,,,\n", "bad.csv")
    assert gc.isenabled()
    read_registry(good)
    assert gc.isenabled()
    with pytest.raises(RegistryFileError):
        read_registry(bad)
    assert gc.isenabled()
    gc.disable()
    try:
        read_registry(good)
        assert not gc.isenabled()
    finally:
        gc.enable()
