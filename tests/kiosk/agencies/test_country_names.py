"""A registry's destination countries: ISO codes, or names in any of the kiosk's six languages."""

from pathlib import Path

import pytest

from kiosk import languages
from kiosk.agencies.countries import COUNTRIES
from kiosk.agencies.importer import RegistryFileError, country_code, read_registry

HEADER = "id,name,licence_number,status,issued,countries\n"


def destinations(tmp_path: Path, cell: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "registry.csv"
    path.write_text(HEADER + f'a1,Zarvin MChJ,UZ-1,active,2025-01-01,"{cell}"\n', encoding="utf-8")
    (agency,) = read_registry(path)
    return [(d.country, d.valid_until.isoformat() if d.valid_until else None) for d in agency.destinations]


@pytest.mark.parametrize("name", ["Россия", "Rossiya", "Русия", "Russia", "RU", "ru", "РОССИЯ", " russia "])
def test_russia_by_any_of_its_names_or_its_code(name: str) -> None:
    assert country_code(name) == "RU"


def test_every_name_in_the_countries_table_in_every_language_is_its_country() -> None:
    for country in COUNTRIES:
        for tag in languages.TAGS:
            assert country_code(country.names[tag]) == country.code, (country.code, tag, country.names[tag])


def test_names_are_read_whatever_the_apostrophe_accent_case_or_yo() -> None:
    assert {country_code(name) for name in ("Qozogʻiston", "Qozog'iston", "Qozog`iston", "Qozogiston",
                                            "Қозоғистон", "ҚОЗОҒИСТОН")} == {"KZ"}
    assert country_code("Türkiye") == country_code("Turkiye") == country_code("Turkey") == "TR"
    assert country_code("Южная   Корея") == country_code("Janubiy Koreya") == "KR"


def test_a_code_not_in_the_table_is_still_a_country_and_other_text_is_not() -> None:
    assert country_code("zz") == "ZZ"  # a registry may permit a country the kiosk has no name for
    assert country_code("KOR") is None and country_code("Narnia") is None and country_code("") is None


def test_a_registry_names_countries_in_russian_uzbek_and_english_with_dates(tmp_path: Path) -> None:
    cell = "Россия:01.05.2027|Janubiy Koreya; Germany, Германия"
    with pytest.raises(RegistryFileError) as caught:
        destinations(tmp_path, cell)
    assert [problem.reason for problem in caught.value.problems] == ["DE is listed twice"]
    assert destinations(tmp_path, "Россия:01.05.2027|Janubiy Koreya; Germany") == [
        ("RU", "2027-05-01"), ("KR", None), ("DE", None)]


def test_an_unknown_country_is_a_problem_that_says_what_is_accepted(tmp_path: Path) -> None:
    with pytest.raises(RegistryFileError) as caught:
        destinations(tmp_path, "Россия|Нарния")
    (problem,) = caught.value.problems
    assert (problem.row, problem.column) == (2, "countries")
    assert problem.reason.startswith('"Нарния" is not a country the kiosk knows: use a two-letter ISO code')
    assert "Russia, Kazakhstan, South Korea" in problem.reason and "Uzbek, Russian, Kyrgyz, Tajik or English" in \
        problem.reason
