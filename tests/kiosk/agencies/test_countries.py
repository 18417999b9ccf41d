from kiosk import languages
from kiosk.agencies.countries import COUNTRIES, country_name, known


def test_every_country_is_named_in_every_language() -> None:
    for country in COUNTRIES:
        for tag in languages.TAGS:
            assert country.names[tag].strip(), (country.code, tag)


def test_uzbek_cyrillic_names_are_transliterated_from_latin() -> None:
    assert country_name("KZ", "uz-Latn") == "Qozogʻiston"
    assert country_name("KZ", "uz-Cyrl") == "Қозоғистон"


def test_the_sample_registrys_destinations_are_all_known() -> None:
    for code in ("DE", "TR", "RU", "JP", "PL", "IL", "KZ", "KR", "AE", "GB"):
        assert known(code)


def test_english_takes_the_article_inside_a_sentence_only() -> None:
    assert country_name("GB", "en") == "United Kingdom"
    assert country_name("gb", "en", in_sentence=True) == "the United Kingdom"
    assert country_name("GB", "ru", in_sentence=True) == "Великобритания"


def test_an_unlisted_code_is_shown_as_itself() -> None:
    assert country_name("zz", "ky") == "ZZ"
