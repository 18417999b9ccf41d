"""English words as they sound: one key for the Latin spelling and the Cyrillic one people write."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.text.phonetic import english_key

# English brand words and how they are written in Cyrillic, by registries and by people typing
# (Kyrgyz registries write "Флай Джоб", "Прайм Тревел", "Скилл Вэй Консалтинг", "Голден Ворк Тревел").
SAME_SOUND = [
    ("Bright", "Брайт"), ("Work", "Ворк"), ("Work", "Уорк"), ("Full", "Фулл"), ("Employment", "Эмплоймент"),
    ("Profit", "Профит"), ("Fly", "Флай"), ("Job", "Джоб"), ("Prime", "Прайм"), ("Travel", "Тревел"),
    ("Travel", "Трэвел"), ("Skill", "Скилл"), ("Way", "Вэй"), ("Way", "Уэй"), ("Consulting", "Консалтинг"),
    ("Golden", "Голден"), ("Service", "Сервис"), ("Smart", "Смарт"), ("Global", "Глобал"), ("Team", "Тим"),
    ("Group", "Груп"), ("Human", "Хьюман"), ("Career", "Карьер"), ("Labour", "Лейбор"), ("Express", "Экспресс"),
    ("Quick", "Квик"), ("Center", "Центр"), ("Bridge", "Бридж"), ("Union", "Юнион"), ("Solutions", "Солюшнс"),
    ("Vision", "Вижн"), ("Future", "Фьючер"), ("Agency", "Эдженси"), ("Power", "Пауэр"), ("Knight", "Найт"),
    ("International", "Интернешнл"), ("Recruitment", "Рекрутмент"), ("Staff", "Стафф"), ("White", "Вайт"),
    ("World", "Ворлд"), ("New", "Нью"), ("Sky", "Скай"), ("Alliance", "Альянс"), ("Eagle", "Игл"),
]


@pytest.mark.parametrize(("latin", "cyrillic"), SAME_SOUND)
def test_an_english_word_and_its_cyrillic_spelling_share_a_key(latin: str, cyrillic: str) -> None:
    assert english_key(latin) == english_key(cyrillic) != ""


@pytest.mark.parametrize(("word", "key"), [
    ("Bright", "brt"), ("Work", "vrk"), ("Employment", "amplmnt"), ("Job", "gb"), ("Union", "an"),
    ("Express", "aksprs"), ("Solutions", "slxns"),
])
def test_the_key_is_the_consonants_and_an_opening_vowel(word: str, key: str) -> None:
    assert english_key(word) == key


@pytest.mark.parametrize("word", ["BRIGHT", "bright", "Bright", "ｂｒｉｇｈｔ"])
def test_case_and_compatibility_forms_do_not_matter(word: str) -> None:
    assert english_key(word) == "brt"


@pytest.mark.parametrize(("one", "other"), [
    ("Bright", "Brighton"), ("Work", "Walk"), ("Job", "Jump"), ("Star", "Smart"), ("Travel", "Trouble"),
    ("Prime", "Print"), ("Golden", "Garden"),
])
def test_words_of_other_consonants_stay_apart(one: str, other: str) -> None:
    # Words of the same consonants do share a key ("Full", "Fill"): the lookup never goes by it alone.
    assert english_key(one) != english_key(other)


@pytest.mark.parametrize("word", ["", "4", "2025", "Profit4you", "日本", "—", "ı"])
def test_a_word_with_digits_or_no_letter_it_knows_has_no_key(word: str) -> None:
    assert english_key(word) == ""


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gives_a_key_of_plain_lower_case_letters(text: str) -> None:
    key = english_key(text)
    assert key == "" or (key.isascii() and key.isalpha() and key.islower())
