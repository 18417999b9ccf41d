"""Reasons for a licence's status, said in the traveller's language; the sample registry that uses them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from kiosk import languages
from kiosk.agencies import reasons, sample
from kiosk.agencies.importer import read_registry
from kiosk.text.uzbek import latin_to_cyrillic


@pytest.mark.parametrize("language", languages.TAGS)
def test_every_standard_reason_is_said_in_every_language(language: str) -> None:
    said = [reasons.text(code, language) for code in reasons.CODES]
    assert all(said) and len(set(said)) == len(said)
    assert not any(text in reasons.CODES for text in said)


def test_uzbek_cyrillic_is_made_from_latin_and_the_registrys_own_words_follow_the_code() -> None:
    assert reasons.text("not-renewed", "uz-Cyrl") == latin_to_cyrillic(reasons.text("not-renewed", "uz-Latn"))
    assert reasons.text("not-renewed: late application", "ru") == "лицензия не продлена: late application"
    # A reason that is not a code is the registry's own words, shown as written.
    assert reasons.text("Решение комиссии № 12", "en") == "Решение комиссии № 12"


@pytest.mark.parametrize(("written", "stored"), [
    ("inspection-pending", "inspection-pending"),
    ("  Лицензия НЕ продлена ", "not-renewed"),
    ("по решению суда", "court-decision"),
    ("Litsenziya uzaytirilmagan", "not-renewed"),
    ("Лицензия узартылган эмес", "not-renewed"),  # Kyrgyz
    ("иҷозатнома тамдид нашудааст", "not-renewed"),
    ("Идёт проверка: по жалобе", "inspection-pending: по жалобе"),
    ("проверка по жалобе", "проверка по жалобе"),
    ("", ""),
])
def test_a_standard_reason_in_any_wording_is_stored_as_its_code(written: str, stored: str) -> None:
    assert reasons.normalise(written) == stored


def test_the_importer_stores_codes(tmp_path: Path) -> None:
    path = tmp_path / "registry.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "licence_number", "status", "status_since", "reason"])
        writer.writerow(["Fictional One LLC", "UZ-1", "приостановлена", "2026-01-02", "Идёт проверка"])
        writer.writerow(["Fictional Two LLC", "UZ-2", "revoked", "2026-01-03", "Решение комиссии"])
    one, two = read_registry(path)
    assert (one.history[0].reason, two.history[0].reason) == ("inspection-pending", "Решение комиссии")


def test_the_sample_registry_uses_codes_local_addresses_and_one_60_character_name() -> None:
    rows = sample.generate(320, 2026)
    assert rows == sample.generate(320, 2026)  # deterministic
    assert {row["reason"] for row in rows} == set(sample.REASONS.values())
    assert set(sample.REASONS.values()) <= {"", *reasons.CODES}
    long = next(row for row in rows if row["id"] == sample.LONG_NAME_ID)
    official = long["name"].split(" | ")[0]
    assert len(official) == 60 and official == sample.LONG_NAME
    assert max(len(row["name"].split(" | ")[0]) for row in rows) == 60
    for row in rows:
        # Written as the licensing country's registry writes it, and plainly fictional, never English.
        assert row["address"].endswith(("(toʻqima manzil)", "(ойдон чыгарылган дарек)", "(суроғаи тахайюлӣ)"))
        assert "Fictional" not in row["address"] + row["branches"] + row["reason"]
        country = {"UZ": "toʻqima", "КР": "ойдон", "TJ": "тахайюлӣ"}[row["licence_number"][:2]]
        assert country in row["address"]


def test_the_bundled_registry_is_the_sample_it_says_it_is() -> None:
    bundled = Path(__file__).resolve().parents[3] / "content" / "agencies" / "registry.csv"
    with bundled.open(encoding="utf-8", newline="") as handle:
        assert list(csv.DictReader(handle)) == sample.generate(320, 2026)
