"""FICTIONAL recruitment agencies, for demos, tests and benchmarks.

Every name is built from invented roots, every address is on "Sample street" in
"Sample town" and says it is fictional, every phone starts with +000 and every
website is on ``.example``; each row says ``fictional = yes``, so demo mode can
label it on screen. The licensing authority is a ``[[FILL: ...]]`` placeholder,
never a real body.

Addresses are written the way the licensing country's registry would write
them, in its language (a registry is not translated: an address is how the
office is found on the street), and reasons are the standard reason codes of
:mod:`kiosk.agencies.reasons`, which the kiosk says in every language. One
agency, :data:`LONG_NAME_ID`, has a 60-character official name, so screens are
seen with the longest name a real registry gives.

Names take the shapes real registries give them, around an invented root. Half
the agencies with an Uzbek licence are *private employment agencies*, named as
the Uzbek registry writes them: a brand in quotes (the root, alone or with
English or Uzbek words or digits: ``Zarvin Bright Work``, ``Zarvin4you``) and
the legal form spelt out, in capitals, or as XBA (``"Zarvin Work" xususiy
bandlik agentligi``, ``ZARVIN YAXSHI YO'L XUSUSIY BANDLIK AGENTLIGI``, ``"Zarvin
4 You" XBA``), some also known by a Russian name (``Частное агентство занятости
«Zarvin Work»``). A third of those with a Kyrgyz licence carry English words
written as they sound in Cyrillic, as Kyrgyz registries write them (``ОсОО
«Зарвин Голден Ворк»``), some also known by a Latin name. The others are
``Root Words MChJ``, ``ООО «Root ...»`` and the like. Which agencies get a shape
is drawn apart from everything else, so every column but the name and the
website made from it is what it was before the shapes came.

``python -m kiosk.agencies.sample OUT.csv --count N --seed S`` writes a CSV that
:func:`kiosk.agencies.importer.read_registry` reads.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from kiosk.text.uzbek import latin_to_cyrillic

COLUMNS = ("id", "name", "licence_number", "authority", "status", "status_since", "reason", "issued",
           "expires", "countries", "address", "phone", "website", "branches", "fictional")
DESTINATIONS = ("KR", "DE", "GB", "JP", "RU", "KZ", "TR", "AE", "PL", "IL")
STATUS_WEIGHTS = {"active": 55, "suspended": 12, "revoked": 10, "expired": 13, "rejected": 10}
REASONS = {
    "active": "",
    "suspended": "inspection-pending",
    "revoked": "fees-from-job-seekers",
    "expired": "not-renewed",
    "rejected": "application-incomplete",
}
# Street, avenue, town and the "fictional address" note, as each country's registry writes them.
_ADDRESSES = {
    "Uzbekistan": ("Namuna koʻchasi, {number}-uy, Namunaobod-{town} shahri (toʻqima manzil)",
                   "Namuna shoh koʻchasi, {number}-uy, Namunaobod-{town} shahri (toʻqima manzil)"),
    "Kyrgyzstan": ("Үлгү көчөсү, {number}, Үлгү-{town} шаары (ойдон чыгарылган дарек)",
                   "Үлгү проспекти, {number}, Үлгү-{town} шаары (ойдон чыгарылган дарек)"),
    "Tajikistan": ("кӯчаи Намуна, {number}, шаҳри Намуна-{town} (суроғаи тахайюлӣ)",
                   "хиёбони Намуна, {number}, шаҳри Намуна-{town} (суроғаи тахайюлӣ)"),
}
# An official name as long as a real registry's longest (60 characters, the legal form spelt out),
# on an agency with a Kyrgyz licence; the root is invented like every other.
LONG_NAME_ID = "sample-000019"
LONG_NAME = "Жоопкерчилиги чектелген коому «Бихшу Эмгек Көпүрөсү Борбору»"
assert len(LONG_NAME) == 60

# Invented syllables: roots made from them are not words in any of our languages.
_ONSETS = ("z", "v", "q", "t", "n", "r", "s", "d", "b", "m", "l", "k", "sh", "g", "x", "y", "j")
_VOWELS = ("a", "o", "i", "u", "e", "oʻ")
_CODAS = ("", "", "r", "n", "l", "s", "m", "x")

_UZ_WORDS = ("Xalqaro", "Mehnat", "Ish", "Safar", "Kadrlar", "Yoʻl", "Hamkor", "Servis", "Konsalting")
_RU_WORDS = ("Трудовые Ресурсы", "Кадровый Центр", "Международный Персонал", "Трудовой Мост", "Консалтинг")
_KG_WORDS = ("Жумуш Борбору", "Эмгек Көпүрөсү", "Кадр Тобу", "Эл аралык Жумуш")
_EN_WORDS = ("Global Staffing", "Workforce", "Labour Bridge", "Recruitment", "Careers")


def _root(rng: random.Random) -> str:
    syllables = [rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS) for _ in range(rng.randint(2, 3))]
    word = "".join(syllables)
    return word[0].upper() + word[1:]


def _to_russian(root: str) -> str:
    # Uzbek Cyrillic of an invented root, without the letters Russian lacks.
    return latin_to_cyrillic(root).translate(str.maketrans("ҚқҒғЎўҲҳ", "КкГгУуХх"))


def _names(rng: random.Random) -> tuple[str, list[str]]:
    """An invented root, and the names built on it."""
    root = _root(rng)
    style = rng.choice(("uz-latn", "uz-cyrl", "ru", "kg", "en", "xk"))
    if style in ("uz-latn", "uz-cyrl"):
        latin = f"{root} {' '.join(rng.sample(_UZ_WORDS, 2))} MChJ"
        cyrillic = latin_to_cyrillic(latin)
        return root, [latin, cyrillic] if style == "uz-latn" else [cyrillic, latin]
    if style == "xk":
        latin = f"{root} {rng.choice(_UZ_WORDS)} XK"
        return root, [latin, latin_to_cyrillic(latin)]
    if style == "ru":
        return root, [f"ООО «{_to_russian(root)} {rng.choice(_RU_WORDS)}»", f"{root} LLC"]
    if style == "kg":
        return root, [f"ОсОО «{_to_russian(root)} {rng.choice(_KG_WORDS)}»", f"{root} LLC"]
    return root, [f"{root} {rng.choice(_EN_WORDS)} LLC", f"ООО «{_to_russian(root)}»"]


# English brand words, each with the ways it is written in Cyrillic, the first as registries write it.
ENGLISH_IN_CYRILLIC: dict[str, tuple[str, ...]] = {
    "Work": ("Ворк", "Уорк"), "Bright": ("Брайт",), "Smart": ("Смарт",), "Job": ("Джоб", "Жоб"),
    "Global": ("Глобал",), "Staff": ("Стафф", "Стаф"), "Star": ("Стар",), "Team": ("Тим",),
    "Full": ("Фулл", "Фул"), "Employment": ("Эмплоймент",), "Prime": ("Прайм",),
    "Travel": ("Тревел", "Трэвел", "Травел"), "Skill": ("Скилл", "Скил"), "Way": ("Вэй", "Уэй", "Вей"),
    "Fly": ("Флай",), "Golden": ("Голден",), "Career": ("Карьер", "Кэрриер"), "Human": ("Хьюман", "Хюман"),
    "Resources": ("Ресорсес", "Рисорсиз"), "Force": ("Форс",), "Consulting": ("Консалтинг",),
}  # fmt: skip
# Brands' English and Uzbek words; "HR" is written in Latin letters in any script.
_BRAND_EN = ("Work", "Bright Work", "Smart Job", "Global Staff", "Star Team", "Full Employment", "Prime Travel",
             "Skill Way", "Fly Job", "Golden Work", "Career", "Human Resources", "Work Force", "Consulting",
             "HR")  # fmt: skip
_BRAND_UZ = ("Yaxshi Yoʻl", "Sharq", "Ishonch", "Kelajak", "Baraka")
# Digits joined to the root or apart from it, both as registries write them.
_BRAND_DIGITS = ("{root}4you", "{root} 4 You", "{root}24", "{root} 24", "{root}2work", "{root} 2 Work")
# The longest official name a shape may give: LONG_NAME stays the longest.
_SHAPED_MAX = 58


def _brand(rng: random.Random, root: str) -> str:
    kind = rng.random()
    if kind < 0.35:
        return f"{root} {rng.choice(_BRAND_EN)}"
    if kind < 0.55:
        return rng.choice(_BRAND_DIGITS).format(root=root)
    if kind < 0.75:
        return f"{root} {rng.choice(_BRAND_UZ)}"
    return root


def _employment_agency_names(rng: random.Random, root: str) -> list[str]:
    """An Uzbek private employment agency's names: the brand and "xususiy bandlik agentligi" (XBA)."""
    brand = _brand(rng, root)
    layout = rng.random()
    if layout < 0.45:
        official = f'"{brand}" xususiy bandlik agentligi'
    elif layout < 0.75:
        # Registries in capitals write the apostrophe as typed: YO'L.
        official = f"{brand.upper().replace('ʻ', chr(39))} XUSUSIY BANDLIK AGENTLIGI"
    else:
        official = f'"{brand}" XBA'
    if len(official) > _SHAPED_MAX:
        return _employment_agency_names(rng, root[:8])
    if rng.random() < 0.4:
        return [official, f"{rng.choice(('Частное агентство занятости', 'ЧАЗ'))} «{brand}»"]
    return [official]


def _english_in_cyrillic_names(rng: random.Random, root: str) -> list[str]:
    """A Kyrgyz licensee with English words written as they sound in Cyrillic, maybe also known in Latin."""
    english = rng.sample(sorted(ENGLISH_IN_CYRILLIC), rng.randint(1, 2))
    cyrillic = " ".join(ENGLISH_IN_CYRILLIC[word][0] for word in english)
    names = [f"ОсОО «{_to_russian(root)} {cyrillic}»"]
    if rng.random() < 0.5:
        names.append(f"{root} {' '.join(english)} LLC")
    return names


def _shaped(serial: int, root: str, country: str, names: list[str]) -> list[str]:
    """The names an agency is registered under, in the shape its licensing country's registry gives.

    Drawn from a generator of its own, seeded by the agency, so the shapes change
    no other column.
    """
    rng = random.Random(f"agency-names-{serial}-{root}")
    if country == "Uzbekistan" and rng.random() < 0.5:
        return _employment_agency_names(rng, root)
    if country == "Kyrgyzstan" and rng.random() < 0.35:
        return _english_in_cyrillic_names(rng, root)
    return names


def _licence(rng: random.Random, serial: int, issued: date) -> tuple[str, str]:
    country = rng.choice(("UZ", "KG", "TJ"))
    if country == "UZ":
        return f"UZ-{issued.year}-{serial:05d}", "Uzbekistan"
    if country == "KG":
        return f"КР №{serial:06d}", "Kyrgyzstan"
    return f"TJ № {serial:05d}/{issued.year % 100:02d}", "Tajikistan"


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, max(0, (end - start).days)))


def _row(rng: random.Random, serial: int, status: str) -> dict[str, str]:
    # A licence that expired must have ended before the data's date (late 2026).
    latest = date(2025, 10, 31) if status == "expired" else date(2026, 6, 30)
    issued = _day(rng, date(2024, 1, 1), latest)
    # Kyrgyz permits run one year; others up to two. Some "active" ones have lapsed by date.
    expires = issued + timedelta(days=365 if status == "expired" else rng.choice((365, 365, 730)))
    licence, country = _licence(rng, serial, issued)
    if status == "active":
        since = issued
    elif status == "expired":
        since = expires
    else:
        since = _day(rng, issued + timedelta(days=30), min(expires, date(2026, 12, 31)))
    countries = []
    for code in rng.sample(DESTINATIONS, 0 if status == "rejected" else rng.randint(1, 4)):
        if rng.random() < 0.3:
            until = _day(rng, issued + timedelta(days=90), expires)
            countries.append(f"{code}:{until.isoformat()}")
        else:
            countries.append(code)
    root, names = _names(rng)
    names = _shaped(serial, root, country, names)
    latin = next((name for name in names if name.replace("ʻ", "").isascii()), root)
    slug = "".join(ch for ch in latin.lower() if ch.isascii() and ch.isalnum())
    street, avenue = _ADDRESSES[country]
    # The draws happen in this order so that every other column stays what it was.
    town = rng.randint(1, 40)
    branches = [avenue.format(number=rng.randint(1, 200), town=rng.randint(1, 40))
                for _ in range(rng.choice((0, 0, 1, 2)))]
    number = rng.randint(1, 300)
    agency_id = f"sample-{serial:06d}"
    if agency_id == LONG_NAME_ID:
        names = [LONG_NAME, *names]
    return {
        "id": agency_id,
        "name": " | ".join(names),
        "licence_number": licence,
        "authority": f"[[FILL: licensing authority, {country}]]",
        "status": status,
        "status_since": since.isoformat(),
        "reason": REASONS[status],
        "issued": "" if status == "rejected" else issued.isoformat(),
        "expires": "" if status == "rejected" else expires.isoformat(),
        "countries": "|".join(countries),
        "address": street.format(number=number, town=town),
        "phone": f"+000 {rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        "website": f"https://{slug[:30]}{serial}.example",
        "branches": " | ".join(branches),
        "fictional": "yes",
    }


def generate(count: int, seed: int) -> list[dict[str, str]]:
    """``count`` fictional agency rows (CSV columns :data:`COLUMNS`); the same seed gives the same rows."""
    rng = random.Random(seed)
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    rows = []
    for index in range(count):
        # The first five cover every status, so even a small sample shows each verdict.
        status = statuses[index] if index < len(statuses) else rng.choices(statuses, weights)[0]
        rows.append(_row(rng, index + 1, status))
    return rows


def write_csv(rows: Sequence[dict[str, str]], path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk.agencies.sample", description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path, help="CSV file to write")
    parser.add_argument("--count", type=int, default=320)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args(argv)
    write_csv(generate(args.count, args.seed), args.out)
    print(f"wrote {args.count} fictional agencies to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
