"""Destination countries, named in each of the kiosk's languages.

The registry stores ISO 3166-1 alpha-2 codes; a traveller reads a name. The list
covers the countries labour migrants from Central Asia most often go to, in
rough order of how often, which is also the order the destination picker shows
them. A code not listed here (a registry may permit any country) is shown as the
code itself rather than hidden.

Uzbek Cyrillic names are made from the Uzbek Latin ones by transliteration, as
everywhere else in the kiosk.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.text.uzbek import latin_to_cyrillic

# English names that take "the" inside a sentence.
_ENGLISH_WITH_THE = frozenset({"AE", "GB", "US"})


@dataclass(frozen=True)
class Country:
    code: str
    names: dict[str, str]  # language tag -> name

    def name(self, language: str, *, in_sentence: bool = False) -> str:
        """``in_sentence``: as it reads inside a sentence ("Not licensed for the United Kingdom")."""
        name = self.names.get(language) or self.names["en"]
        if in_sentence and language == "en" and self.code in _ENGLISH_WITH_THE:
            return "the " + name
        return name


def _country(code: str, en: str, ru: str, ky: str, tg: str, uz: str) -> Country:
    return Country(code, {"en": en, "ru": ru, "ky": ky, "tg": tg, "uz-Latn": uz, "uz-Cyrl": latin_to_cyrillic(uz)})


COUNTRIES: tuple[Country, ...] = (
    _country("RU", "Russia", "Россия", "Россия", "Русия", "Rossiya"),
    _country("KZ", "Kazakhstan", "Казахстан", "Казакстан", "Қазоқистон", "Qozogʻiston"),
    _country("KR", "South Korea", "Южная Корея", "Түштүк Корея", "Кореяи Ҷанубӣ", "Janubiy Koreya"),
    _country("TR", "Türkiye", "Турция", "Түркия", "Туркия", "Turkiya"),
    _country("AE", "United Arab Emirates", "ОАЭ", "Бириккен Араб Эмирликтери", "Аморати Муттаҳидаи Араб",
             "Birlashgan Arab Amirliklari"),
    _country("DE", "Germany", "Германия", "Германия", "Олмон", "Germaniya"),
    _country("GB", "United Kingdom", "Великобритания", "Улуу Британия", "Британияи Кабир", "Buyuk Britaniya"),
    _country("PL", "Poland", "Польша", "Польша", "Лаҳистон", "Polsha"),
    _country("JP", "Japan", "Япония", "Япония", "Ҷопон", "Yaponiya"),
    _country("IL", "Israel", "Израиль", "Израиль", "Исроил", "Isroil"),
    _country("CZ", "Czechia", "Чехия", "Чехия", "Чехия", "Chexiya"),
    _country("LT", "Lithuania", "Литва", "Литва", "Литва", "Litva"),
    _country("LV", "Latvia", "Латвия", "Латвия", "Латвия", "Latviya"),
    _country("HU", "Hungary", "Венгрия", "Венгрия", "Маҷористон", "Vengriya"),
    _country("SK", "Slovakia", "Словакия", "Словакия", "Словакия", "Slovakiya"),
    _country("BG", "Bulgaria", "Болгария", "Болгария", "Булғористон", "Bolgariya"),
    _country("FI", "Finland", "Финляндия", "Финляндия", "Финландия", "Finlyandiya"),
    _country("SA", "Saudi Arabia", "Саудовская Аравия", "Сауд Арабиясы", "Арабистони Саудӣ",
             "Saudiya Arabistoni"),
    _country("QA", "Qatar", "Катар", "Катар", "Қатар", "Qatar"),
    _country("US", "United States", "США", "АКШ", "ИМА", "AQSH"),
    _country("CN", "China", "Китай", "Кытай", "Чин", "Xitoy"),
    _country("BY", "Belarus", "Беларусь", "Беларусь", "Беларус", "Belarus"),
)  # fmt: skip

_BY_CODE = {country.code: country for country in COUNTRIES}


def country_name(code: str, language: str, *, in_sentence: bool = False) -> str:
    """The name of the country with ISO code ``code`` in ``language``; the code itself if it is not listed."""
    country = _BY_CODE.get(code.upper())
    return code.upper() if country is None else country.name(language, in_sentence=in_sentence)


def known(code: str) -> bool:
    return code.upper() in _BY_CODE
