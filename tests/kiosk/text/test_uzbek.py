"""Uzbek Latin <-> Cyrillic transliteration: a word list both ways, then the rules one by one."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.text.uzbek import cyrillic_to_latin, latin_to_cyrillic, unify_apostrophes

OKINA = "\u02bb"  # ʻ in oʻ gʻ
TUTUQ = "\u02bc"  # ʼ, the tutuq belgisi
APOSTROPHE_VARIANTS = ["\u02bb", "\u2018", "\u2019", "'", "`", "\u02bc", "\u00b4"]

WORD_PAIRS_FILE = Path(__file__).with_name("uzbek_word_pairs.tsv")


def read_word_pairs() -> list[tuple[str, str]]:
    pairs = []
    for line in WORD_PAIRS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        latin, cyrillic = line.split("\t")
        pairs.append((latin, cyrillic))
    return pairs


WORD_PAIRS = read_word_pairs()


# -- the word list -----------------------------------------------------------------


def test_word_list_is_large_and_has_no_duplicates() -> None:
    latin = [pair[0] for pair in WORD_PAIRS]
    cyrillic = [pair[1] for pair in WORD_PAIRS]
    assert len(WORD_PAIRS) >= 300
    assert len(set(latin)) == len(latin)
    assert len(set(cyrillic)) == len(cyrillic)


@pytest.mark.parametrize(("latin", "cyrillic"), WORD_PAIRS)
def test_word_list_is_written_in_each_script(latin: str, cyrillic: str) -> None:
    # The Latin column uses our apostrophes, so the list also pins the output form.
    assert all(char in "-" + OKINA + TUTUQ or (char.isascii() and char.isalpha()) for char in latin)
    assert all(char == "-" or "CYRILLIC" in unicodedata.name(char) for char in cyrillic)


@pytest.mark.parametrize(("latin", "cyrillic"), WORD_PAIRS, ids=[pair[0] for pair in WORD_PAIRS])
def test_latin_word_becomes_its_cyrillic(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), WORD_PAIRS, ids=[pair[0] for pair in WORD_PAIRS])
def test_cyrillic_word_becomes_its_latin(latin: str, cyrillic: str) -> None:
    assert cyrillic_to_latin(cyrillic) == latin


# -- apostrophes ---------------------------------------------------------------------


@pytest.mark.parametrize("mark", APOSTROPHE_VARIANTS)
def test_every_apostrophe_variant_is_read_the_same(mark: str) -> None:
    assert latin_to_cyrillic(f"O{mark}zbekiston") == "Ўзбекистон"
    assert latin_to_cyrillic(f"bog{mark}") == "боғ"
    assert latin_to_cyrillic(f"ma{mark}no") == "маъно"
    assert latin_to_cyrillic(f"Is{mark}hoq") == "Исҳоқ"
    assert cyrillic_to_latin(f"ма{mark}но") == f"ma{TUTUQ}no"


@pytest.mark.parametrize("mark", APOSTROPHE_VARIANTS)
def test_unify_apostrophes_writes_okina_after_o_and_g_and_tutuq_elsewhere(mark: str) -> None:
    assert unify_apostrophes(f"O{mark}g{mark}il ma{mark}no") == f"O{OKINA}g{OKINA}il ma{TUTUQ}no"


def test_unify_apostrophes_leaves_text_without_apostrophes_alone() -> None:
    assert unify_apostrophes("Salom, dunyo! Привет 123") == "Salom, dunyo! Привет 123"


def test_latin_output_uses_okina_for_letters_and_tutuq_for_the_hard_sign() -> None:
    assert cyrillic_to_latin("ўғил маъно") == f"o{OKINA}g{OKINA}il ma{TUTUQ}no"


def test_quotation_marks_around_a_latin_word_stay_quotation_marks() -> None:
    assert latin_to_cyrillic("'salom'") == "'салом'"
    assert latin_to_cyrillic("\u2018ming\u2019") == "\u2018минг\u2019"
    assert latin_to_cyrillic("“tong”") == "“тонг”"


# -- case ------------------------------------------------------------------------------

CASES = [
    ("shahar", "шаҳар"),
    ("Shahar", "Шаҳар"),
    ("SHAHAR", "ШАҲАР"),
    (f"O{OKINA}zbekiston", "Ўзбекистон"),
    (f"O{OKINA}ZBEKISTON", "ЎЗБЕКИСТОН"),
    ("Yer", "Ер"),
    ("YER", "ЕР"),
    ("CHIQISH", "ЧИҚИШ"),
    ("Choy", "Чой"),
    ("Sentabr", "Сентябрь"),
    ("SENTABR", "СЕНТЯБРЬ"),
    ("AQSH", "АҚШ"),
    ("ToshDU", "ТошДУ"),
    ("Sh. Rashidov", "Ш. Рашидов"),
]


@pytest.mark.parametrize(("latin", "cyrillic"), CASES)
def test_case_is_kept_latin_to_cyrillic(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(("latin", "cyrillic"), CASES)
def test_case_is_kept_cyrillic_to_latin(latin: str, cyrillic: str) -> None:
    assert cyrillic_to_latin(cyrillic) == latin


def test_a_digraph_is_all_capitals_before_a_capital_even_in_a_mixed_word() -> None:
    assert cyrillic_to_latin("ШАҲАРда") == "SHAHARda"


# -- the rules -------------------------------------------------------------------------


def test_ng_is_two_letters() -> None:
    assert latin_to_cyrillic("tong") == "тонг"
    assert cyrillic_to_latin("тонг") == "tong"
    assert latin_to_cyrillic(f"yong{OKINA}oq") == "ёнғоқ"


def test_s_apostrophe_h_is_s_and_h_not_sh() -> None:
    assert latin_to_cyrillic(f"Is{TUTUQ}hoq") == "Исҳоқ"
    assert latin_to_cyrillic("Ishoq") == "Ишоқ"
    assert cyrillic_to_latin("Исҳоқ") == f"Is{TUTUQ}hoq"


def test_y_before_okina_is_a_consonant_not_yo() -> None:
    assert latin_to_cyrillic(f"yo{OKINA}l") == "йўл"
    assert latin_to_cyrillic("yomon") == "ёмон"


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("ер", "yer"),  # е at the start of a word
        ("қаерда", "qayerda"),  # after a vowel
        ("поезд", "poyezd"),
        ("кел", "kel"),  # after a consonant
        ("эшик", "eshik"),  # э is always e
        ("аэропорт", "aeroport"),
    ],
)
def test_cyrillic_e_is_ye_at_the_start_and_after_vowels(cyrillic: str, latin: str) -> None:
    assert cyrillic_to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [("eshik", "эшик"), ("aeroport", "аэропорт"), ("kel", "кел"), ("yer", "ер"), ("qayer", "қаер")],
)
def test_latin_e_is_e_hard_at_the_start_and_after_vowels(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # Examples given in the appendix to the 1995 spelling rules.
        ("заём", "zayom"),
        ("юрист", "yurist"),
        ("ядро", "yadro"),
        ("плёнка", "plyonka"),
        ("бюджет", "budjet"),
        ("сентябрь", "sentabr"),
        ("октябрь", "oktabr"),
        ("альбом", "albom"),
        ("апрель", "aprel"),
        ("интервью", "intervyu"),
        ("фортепьяно", "fortepyano"),
        ("премьера", "premyera"),
        ("павильон", "pavilyon"),
        ("Ильин", "Ilyin"),
        ("разъезд", "razyezd"),
        ("адъютант", "adyutant"),
        ("маъно", f"ma{TUTUQ}no"),
        ("санъат", f"san{TUTUQ}at"),
        ("кварц", "kvars"),
        ("целлофан", "sellofan"),
        ("конструкция", "konstruksiya"),
        ("глицерин", "glitserin"),
        ("конституция", "konstitutsiya"),
        ("община", "obshina"),
        ("вымпел", "vimpel"),
    ],
)
def test_official_examples_cyrillic_to_latin(cyrillic: str, latin: str) -> None:
    assert cyrillic_to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("цирк", "sirk"),  # start of a word
        ("концерт", "konsert"),  # after a consonant
        ("акция", "aksiya"),
        ("лицей", "litsey"),  # after a vowel inside a word
        ("миграция", "migratsiya"),
        ("абзац", "abzas"),  # end of a word
        ("абзацда", "abzasda"),  # end of the stem, before a suffix
    ],
)
def test_tse_is_s_except_after_a_vowel_inside_a_word(cyrillic: str, latin: str) -> None:
    assert cyrillic_to_latin(cyrillic) == latin


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        (f"o{OKINA}tsa", "ўтса"),  # native t + s: "if it passes"
        ("ketsa", "кетса"),
        ("aytsa", "айтса"),
        ("migratsiya", "миграция"),  # -tsiya after a vowel is -ция
        ("politsiyaga", "полицияга"),
        ("aksiya", "акция"),  # -ksiya is -кция
        ("infeksiyalar", "инфекциялар"),
        ("taksi", "такси"),
        ("pensiya", "пенсия"),  # -nsiya is -нсия unless the table says otherwise
        ("stansiya", "станция"),
        ("litsey", "лицей"),  # loanword table
        ("litseyda", "лицейда"),  # ... with a suffix
        ("sirk", "цирк"),
        ("sirka", "сирка"),  # vinegar, not circus + a
        ("Rossiya", "Россия"),
    ],
)
def test_latin_ts_and_s_become_tse_only_in_known_loanwords(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("aprel", "апрель"),
        ("1-apreldan", "1-апрелдан"),  # the final ь goes before a suffix
        ("Polshada", "Польшада"),  # a ь inside the stem stays
        ("sentyabr", "сентябрь"),  # the common unofficial spelling is understood
        ("oktyabrgacha", "октябргача"),
        ("kompyuterlar", "компьютерлар"),
        ("mebel", "мебель"),
        ("may", "май"),
    ],
)
def test_soft_sign_comes_back_only_for_loanwords_in_the_table(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("obyekt", "объект"),  # ъ after the prefix об-
        ("subyektlar", "субъектлар"),
        ("podyezd", "подъезд"),
        ("kuryer", "курьер"),  # ь after any other consonant
        ("premyera", "премьера"),
        ("dunyo", "дунё"),  # ya yo yu after a consonant need no sign
        ("valyuta", "валюта"),
    ],
)
def test_latin_ye_after_a_consonant_gets_a_hard_or_soft_sign(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic


def test_hard_sign_is_the_tutuq_in_arabic_loans_even_before_yo() -> None:
    assert cyrillic_to_latin("меъёр") == f"me{TUTUQ}yor"
    assert latin_to_cyrillic(f"me{TUTUQ}yor") == "меъёр"


def test_hard_sign_after_o_breve_is_not_written_in_latin() -> None:
    assert cyrillic_to_latin("мўъжиза") == f"mo{OKINA}jiza"


def test_decomposed_cyrillic_letters_are_read_as_their_composed_form() -> None:
    assert cyrillic_to_latin("и\u0306ил") == "yil"  # и + combining breve is й


# -- text that is not Uzbek ----------------------------------------------------------------


@pytest.mark.parametrize("text", ["", "123 !?", "😀👍🏽", "2024-06-01 10:30", "Привет, мир! Как дела?"])
def test_latin_to_cyrillic_leaves_text_without_latin_alone(text: str) -> None:
    assert latin_to_cyrillic(text) == text


@pytest.mark.parametrize("text", ["", "123 !?", "😀👍🏽", "Hello, world! 2024", "don't"])
def test_cyrillic_to_latin_leaves_text_without_cyrillic_alone(text: str) -> None:
    assert cyrillic_to_latin(text) == text


@pytest.mark.parametrize("word", ["WhatsApp", "Coca-Cola", "café", "Türkiye", "Wi-Fi"])
def test_latin_words_with_letters_uzbek_lacks_are_left_alone(word: str) -> None:
    assert latin_to_cyrillic(word) == word


@pytest.mark.parametrize("word", ["Өзбекстан", "Тоҷикистон", "Україна"])
def test_cyrillic_words_with_non_uzbek_letters_are_left_alone(word: str) -> None:
    assert cyrillic_to_latin(word) == word


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Salom, dunyo!", "Салом, дунё!"),
        (
            f"O{OKINA}zbekiston Respublikasi Konstitutsiyasi",
            "Ўзбекистон Республикаси Конституцияси",
        ),
        ("2024-yil 1-sentabrdan", "2024-йил 1-сентябрдан"),
        (
            "Navbat: 14:30 (ertaga). Pasportingizni olib keling \U0001f4d8",
            "Навбат: 14:30 (эртага). Паспортингизни олиб келинг \U0001f4d8",
        ),
    ],
)
def test_sentences_keep_punctuation_digits_and_emoji(latin: str, cyrillic: str) -> None:
    assert latin_to_cyrillic(latin) == cyrillic
    assert cyrillic_to_latin(cyrillic) == latin


# -- properties -----------------------------------------------------------------------------


def is_latin_letter(char: str) -> bool:
    return char.isalpha() and "LATIN" in unicodedata.name(char, "")


def is_cyrillic_letter(char: str) -> bool:
    return char.isalpha() and "CYRILLIC" in unicodedata.name(char, "")


UZBEK_LATIN_TEXT = st.text(alphabet="abdefghijklmnopqrstuvxyzABDEFGHIJKLMNOPQRSTUVXYZ '-" + OKINA + TUTUQ)
UZBEK_CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ"
UZBEK_CYRILLIC_TEXT = st.text(alphabet=UZBEK_CYRILLIC_LETTERS + UZBEK_CYRILLIC_LETTERS.upper() + " -")


@given(st.text())
def test_neither_direction_raises_on_any_text(text: str) -> None:
    assert isinstance(latin_to_cyrillic(text), str)
    assert isinstance(cyrillic_to_latin(text), str)


@given(st.text(alphabet=st.characters().filter(lambda char: not is_latin_letter(char))))
def test_latin_to_cyrillic_is_the_identity_without_latin_letters(text: str) -> None:
    assert latin_to_cyrillic(text) == text
    assert latin_to_cyrillic(latin_to_cyrillic(text)) == latin_to_cyrillic(text)


@given(st.text(alphabet=st.characters().filter(lambda char: not is_cyrillic_letter(char))))
def test_cyrillic_to_latin_is_the_identity_without_cyrillic_letters(text: str) -> None:
    assert cyrillic_to_latin(text) == text
    assert cyrillic_to_latin(cyrillic_to_latin(text)) == cyrillic_to_latin(text)


@given(UZBEK_LATIN_TEXT)
def test_uzbek_latin_text_comes_out_with_no_latin_letters(text: str) -> None:
    assert not any(is_latin_letter(char) for char in latin_to_cyrillic(text))


@given(UZBEK_CYRILLIC_TEXT)
def test_uzbek_cyrillic_text_comes_out_with_no_cyrillic_letters(text: str) -> None:
    assert not any(is_cyrillic_letter(char) for char in cyrillic_to_latin(text))
