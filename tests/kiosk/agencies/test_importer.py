import gc
import io
import json
import re
from datetime import date
from pathlib import Path

import pytest

from kiosk.agencies import sample
from kiosk.agencies.importer import (
    HeaderMapping,
    MappingFileError,
    RegistryFileError,
    RemovalLimit,
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
    assert str(caught.value.problems[0]).startswith('item 2 (line 1), column "status"')  # one line: all on line 1
    items.pop()
    (agency,) = read_registry(write(tmp_path, json.dumps(items), "registry.json"))
    assert agency.fictional and len(agency.names) == 2 and len(agency.destinations) == 2


def run(store: Store, path: Path, dry_run: bool = False, limit: RemovalLimit | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = main_import(store, path, None, dry_run, out, as_of=date(2026, 11, 20), limit=limit)
    return code, out.getvalue()


ANY_REMOVAL = RemovalLimit(None)  # --allow-removals


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
    assert run(store, second, dry_run=True, limit=ANY_REMOVAL) == (
        0, "dry run: added 1, changed 1, removed 1; nothing was changed\n")
    assert get_agency(store, "a2") is not None and get_agency(store, "a3") is None
    assert store.db.execute("SELECT count(*) FROM agency_status_history").fetchone()[0] == before

    assert run(store, second, limit=ANY_REMOVAL) == (0, "added 1, changed 1, removed 1\n")
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


def test_the_sample_names_take_the_shapes_real_registries_give() -> None:
    rows = sample.generate(320, 2026)
    names = [name for row in rows for name in row["name"].split(" | ")]
    # Uzbek private employment agencies: the legal form spelt out, in capitals, or as XBA; some known in Russian.
    assert any(name.startswith('"') and name.endswith('" xususiy bandlik agentligi') for name in names)
    assert any(name.isupper() and name.endswith(" XUSUSIY BANDLIK AGENTLIGI") for name in names)
    assert any(name.endswith('" XBA') for name in names)
    assert any(name.startswith("Частное агентство занятости «") for name in names)
    assert any(name.startswith("ЧАЗ «") for name in names)
    # Digits joined to a word and apart from it.
    assert any(re.search(r"[^\W\d]\d", name) for name in names) and any(re.search(r" \d+ ", name) for name in names)
    # Kyrgyz licensees with English words written as they sound in Cyrillic, some with no Latin name at all.
    in_cyrillic = {spelling for spellings in sample.ENGLISH_IN_CYRILLIC.values() for spelling in spellings}
    cyrillic_only = [row["name"] for row in rows if " | " not in row["name"] and row["name"].startswith("ОсОО «")]
    assert any(in_cyrillic & set(re.findall(r"\w+", name)) for name in cyrillic_only)
    # Fictional still, every one of them, and no official name longer than the 60-character one.
    assert all(row["fictional"] == "yes" and row["website"].endswith(".example") for row in rows)
    assert max(len(row["name"].split(" | ")[0]) for row in rows) == len(sample.LONG_NAME)


def test_the_name_shapes_change_no_other_column(monkeypatch: pytest.MonkeyPatch) -> None:
    shaped = sample.generate(200, 7)
    monkeypatch.setattr(sample, "_shaped", lambda serial, root, country, names: names)
    plain = sample.generate(200, 7)
    assert any(a["name"] != b["name"] for a, b in zip(shaped, plain, strict=True))
    for a, b in zip(shaped, plain, strict=True):
        assert {k: v for k, v in a.items() if k not in ("name", "website")} == {
            k: v for k, v in b.items() if k not in ("name", "website")}


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


# -- mass removal -----------------------------------------------------------------------------


def ten_agencies(tmp_path: Path, keep: int = 10, name: str = "ten.csv") -> Path:
    rows = "".join(f"a{i},Agency {i} LLC,UZ-{i},active,2025-01-01,,,,\n" for i in range(keep))
    return write(tmp_path, HEADER + rows, name)


def stored_ids(store: Store) -> list[str]:
    return [row[0] for row in store.db.execute("SELECT id FROM agencies ORDER BY id")]


def test_a_header_only_file_stops_instead_of_wiping_the_registry(store: Store, tmp_path: Path) -> None:
    run(store, ten_agencies(tmp_path))
    code, output = run(store, write(tmp_path, HEADER, "header-only.csv"))
    assert code == 1
    assert "would remove 10 of the 10 agencies stored (all)" in output
    assert "nothing was changed" in output and "--allow-removals" in output
    assert len(stored_ids(store)) == 10


def test_removing_more_than_a_fifth_stops_and_a_fifth_goes_through(store: Store, tmp_path: Path) -> None:
    run(store, ten_agencies(tmp_path))
    code, output = run(store, ten_agencies(tmp_path, keep=7, name="seven.csv"))
    assert code == 1
    assert "would remove 3 of the 10 agencies stored (30%), more than the 20%" in output
    assert len(stored_ids(store)) == 10
    assert run(store, ten_agencies(tmp_path, keep=8, name="eight.csv")) == (0, "added 0, changed 0, removed 2\n")


def test_allow_removals_lets_a_deliberate_removal_through(store: Store, tmp_path: Path) -> None:
    run(store, ten_agencies(tmp_path))
    assert run(store, write(tmp_path, HEADER, "empty.csv"), limit=ANY_REMOVAL) == (
        0, "added 0, changed 0, removed 10\n")
    assert stored_ids(store) == []


def test_a_dry_run_shows_the_counts_and_that_the_import_would_stop(store: Store, tmp_path: Path) -> None:
    run(store, ten_agencies(tmp_path))
    code, output = run(store, write(tmp_path, HEADER, "header-only.csv"), dry_run=True)
    assert code == 0
    assert output.splitlines() == [
        "dry run: added 0, changed 0, removed 10; nothing was changed",
        "without --allow-removals this import would stop: this file would remove 10 of the 10 agencies stored "
        "(all), more than the 20% one import may remove (added 0, changed 0, removed 10)",
    ]
    assert len(stored_ids(store)) == 10


def test_the_share_can_be_set(store: Store, tmp_path: Path) -> None:
    run(store, ten_agencies(tmp_path))
    assert run(store, ten_agencies(tmp_path, keep=5, name="five.csv"), limit=RemovalLimit(0.5))[0] == 0
    assert run(store, ten_agencies(tmp_path, keep=1, name="one.csv"), limit=RemovalLimit(0.5))[0] == 1


# -- files that are not what they claim -----------------------------------------------------------


def problems_of(path: Path) -> list[str]:
    with pytest.raises(RegistryFileError) as caught:
        read_registry(path)
    return [str(problem) for problem in caught.value.problems]


def test_a_cell_longer_than_the_csv_limit_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "a1,\"" + "x" * 131_073 + "\",UZ-1,active,2025-01-01,,,,\n", "long.csv")
    assert problems_of(path) == ["line 2: has a cell longer than 131,072 characters"]


def test_json_nested_too_deeply_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert problems_of(path) == ["file: is nested too deeply to be a registry"]


def test_a_number_too_long_to_read_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "digits.json"
    path.write_text('[{"name": "X", "licence_number": ' + "7" * 5000 + ', "status": "active"}]', encoding="utf-8")
    [problem] = problems_of(path)
    assert problem.startswith("file: holds a number too long to read")


@pytest.mark.parametrize(("cell", "shown"), [("\\udcff", "U+DCFF"), ("\\u0000", "U+0000"), ("\\u0007", "U+0007")])
def test_json_cells_that_are_not_text_name_their_row_and_column(tmp_path: Path, cell: str, shown: str) -> None:
    path = tmp_path / "odd.json"
    path.write_text('[{"name": "Good", "licence_number": "1", "status": "active", "issued": "2025-01-01"},'
                    ' {"name": "Bad' + cell + '", "licence_number": "2", "status": "active", "issued": "2025-01-01"}]',
                    encoding="utf-8")
    assert problems_of(path) == [f'item 2 (line 1), column "name": holds {shown}, which is not text a screen can show']


def test_a_nul_in_a_csv_cell_is_a_problem(tmp_path: Path) -> None:
    path = write(tmp_path, HEADER + "a1,Nul\x00 LLC,UZ-1,active,2025-01-01,,,,\n", "nul.csv")
    assert problems_of(path) == ['row 2, column "name": holds U+0000, which is not text a screen can show']


def test_a_mapping_file_nested_too_deeply_is_a_mapping_error(tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.toml"
    mapping.write_text("a = " + "[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(MappingFileError, match="nested too deeply"):
        HeaderMapping.load(mapping)
